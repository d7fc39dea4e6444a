<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="1" symbologyReferenceScale="-1" hasScaleBasedVisibilityFlag="0" minScale="100000000" simplifyDrawingTol="1" simplifyAlgorithm="0" version="3.22.16-Białowieża" maxScale="0" simplifyDrawingHints="1" simplifyLocal="1" styleCategories="Symbology|Labeling|Fields|Rendering|Temporal" simplifyMaxScale="1">
  <temporal startField="" enabled="0" durationUnit="min" fixedDuration="0" mode="0" accumulate="0" endExpression="" endField="" limitMode="0" durationField="" startExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 symbollevels="0" referencescale="-1" enableorderby="1" attr="cov_5g_area_pct" forceraster="0" type="graduatedSymbol" graduatedMethod="GraduatedColor">
    <ranges>
      <range symbol="0" label="0–20 %" upper="20.000000000000000" render="true" lower="0.000000000000000"/>
      <range symbol="1" label="20–40 %" upper="40.000000000000000" render="true" lower="20.000000000000000"/>
      <range symbol="2" label="40–60 %" upper="60.000000000000000" render="true" lower="40.000000000000000"/>
      <range symbol="3" label="60–80 %" upper="80.000000000000000" render="true" lower="60.000000000000000"/>
      <range symbol="4" label="80–100 %" upper="100.000000000000000" render="true" lower="80.000000000000000"/>
    </ranges>
    <symbols>
      <symbol name="0" clip_to_extent="1" force_rhr="0" alpha="1" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="254,229,217,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="64,64,64,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.4" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="254,229,217,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="64,64,64,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="1" clip_to_extent="1" force_rhr="0" alpha="1" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="252,174,145,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="64,64,64,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.4" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="252,174,145,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="64,64,64,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="2" clip_to_extent="1" force_rhr="0" alpha="1" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="251,106,74,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="64,64,64,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.4" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="251,106,74,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="64,64,64,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="3" clip_to_extent="1" force_rhr="0" alpha="1" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="222,45,38,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="64,64,64,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.4" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="222,45,38,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="64,64,64,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="4" clip_to_extent="1" force_rhr="0" alpha="1" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="165,15,21,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="64,64,64,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.4" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="165,15,21,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="64,64,64,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <classificationMethod id="Custom">
      <symmetricMode enabled="0" symmetrypoint="0" astride="0"/>
      <labelFormat labelprecision="4" trimtrailingzeroes="1" format="%1 - %2"/>
      <parameters>
        <Option/>
      </parameters>
      <extraInformation/>
    </classificationMethod>
    <rotation/>
    <sizescale/>
    <orderby>
      <orderByClause asc="0" nullsFirst="1">"level" = 'city'</orderByClause>
    </orderby>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontStrikeout="0" textOpacity="1" fontSizeMapUnitScale="3x:0,0,0,0,0,0" multilineHeight="1" allowHtml="0" fontWordSpacing="0" fontKerning="1" previewBkgrdColor="255,255,255,255" textColor="32,32,32,255" fontUnderline="0" fontLetterSpacing="0" fontSize="9" blendMode="0" capitalization="0" useSubstitutions="0" textOrientation="horizontal" namedStyle="" isExpression="1" fontSizeUnit="Point" fieldName="CASE WHEN &quot;level&quot; &lt;> 'city' THEN &quot;district_name&quot; || '\n' || format_number(&quot;cov_5g_area_pct&quot;, 1) || ' %' END" fontFamily="Noto Sans CJK SC" fontItalic="0" legendString="Aa" fontWeight="50">
        <families/>
        <text-buffer bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferColor="255,255,255,255" bufferJoinStyle="128" bufferSizeUnits="MM" bufferBlendMode="0" bufferDraw="1" bufferNoFill="1" bufferOpacity="1" bufferSize="0.80000000000000004"/>
        <text-mask maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskEnabled="0" maskType="0" maskOpacity="1" maskSize="1.5" maskSizeUnits="MM" maskJoinStyle="128" maskedSymbolLayers=""/>
        <background shapeOffsetUnit="MM" shapeRadiiY="0" shapeType="0" shapeOffsetX="0" shapeSizeType="0" shapeSizeUnit="MM" shapeBlendMode="0" shapeBorderColor="128,128,128,255" shapeRadiiUnit="MM" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiX="0" shapeRotation="0" shapeSVGFile="" shapeBorderWidth="0" shapeOffsetY="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeDraw="0" shapeFillColor="255,255,255,255" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeJoinStyle="64" shapeSizeY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeOpacity="1" shapeRotationType="0" shapeSizeX="0">
          <symbol name="fillSymbol" clip_to_extent="1" force_rhr="0" alpha="1" type="fill">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer enabled="1" locked="0" class="SimpleFill" pass="0">
              <Option type="Map">
                <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
                <Option name="color" value="255,255,255,255" type="QString"/>
                <Option name="joinstyle" value="bevel" type="QString"/>
                <Option name="offset" value="0,0" type="QString"/>
                <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
                <Option name="offset_unit" value="MM" type="QString"/>
                <Option name="outline_color" value="128,128,128,255" type="QString"/>
                <Option name="outline_style" value="no" type="QString"/>
                <Option name="outline_width" value="0" type="QString"/>
                <Option name="outline_width_unit" value="MM" type="QString"/>
                <Option name="style" value="solid" type="QString"/>
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
              <prop v="255,255,255,255" k="color"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="128,128,128,255" k="outline_color"/>
              <prop v="no" k="outline_style"/>
              <prop v="0" k="outline_width"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="solid" k="style"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" value="" type="QString"/>
                  <Option name="properties"/>
                  <Option name="type" value="collection" type="QString"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowColor="0,0,0,255" shadowOffsetAngle="135" shadowRadiusUnit="MM" shadowScale="100" shadowOffsetDist="1" shadowRadius="1.5" shadowRadiusAlphaOnly="0" shadowDraw="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowUnder="0" shadowOffsetUnit="MM" shadowOffsetGlobal="1" shadowBlendMode="6" shadowOpacity="0.69999999999999996"/>
        <dd_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format decimals="3" formatNumbers="0" wrapChar="" autoWrapLength="0" reverseDirectionSymbol="0" plussign="0" useMaxLineLengthForAutoWrap="1" addDirectionSymbol="0" rightDirectionSymbol=">" leftDirectionSymbol="&lt;" placeDirectionSymbol="0" multilineAlign="3"/>
      <placement labelOffsetMapUnitScale="3x:0,0,0,0,0,0" polygonPlacementFlags="2" quadOffset="4" dist="0" layerType="UnknownGeometry" rotationAngle="0" xOffset="0" overrunDistanceUnit="MM" geometryGeneratorType="PointGeometry" placementFlags="10" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" offsetUnits="MM" offsetType="0" distMapUnitScale="3x:0,0,0,0,0,0" yOffset="0" maxCurvedCharAngleOut="-25" lineAnchorPercent="0.5" geometryGenerator="" geometryGeneratorEnabled="0" distUnits="MM" centroidInside="0" repeatDistanceUnits="MM" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorClipping="0" preserveRotation="1" priority="5" placement="0" fitInPolygonOnly="0" maxCurvedCharAngleIn="25" overrunDistance="0" lineAnchorType="0" centroidWhole="0" rotationUnit="AngleDegrees"/>
      <rendering obstacle="1" displayAll="0" fontMaxPixelSize="10000" zIndex="0" drawLabels="1" fontLimitPixelSize="0" scaleMax="0" obstacleFactor="1" labelPerPart="0" unplacedVisibility="0" maxNumLabels="2000" minFeatureSize="0" fontMinPixelSize="0" scaleVisibility="0" mergeLines="0" scaleMin="0" upsidedownLabels="0" obstacleType="1" limitNumLabels="0"/>
      <dd_properties>
        <Option type="Map">
          <Option name="name" value="" type="QString"/>
          <Option name="properties"/>
          <Option name="type" value="collection" type="QString"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" value="pole_of_inaccessibility" type="QString"/>
          <Option name="blendMode" value="0" type="int"/>
          <Option name="ddProperties" type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
          <Option name="drawToAllParts" value="false" type="bool"/>
          <Option name="enabled" value="0" type="QString"/>
          <Option name="labelAnchorPoint" value="point_on_exterior" type="QString"/>
          <Option name="lineSymbol" value="&lt;symbol name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot; alpha=&quot;1&quot; type=&quot;line&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer enabled=&quot;1&quot; locked=&quot;0&quot; class=&quot;SimpleLine&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;align_dash_pattern&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;capstyle&quot; value=&quot;square&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash&quot; value=&quot;5;2&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;draw_inside_polygon&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;joinstyle&quot; value=&quot;bevel&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_color&quot; value=&quot;60,60,60,255&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_style&quot; value=&quot;solid&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_width&quot; value=&quot;0.3&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_width_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;ring_filter&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;use_custom_dash&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString"/>
          <Option name="minLength" value="0" type="double"/>
          <Option name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="minLengthUnit" value="MM" type="QString"/>
          <Option name="offsetFromAnchor" value="0" type="double"/>
          <Option name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offsetFromAnchorUnit" value="MM" type="QString"/>
          <Option name="offsetFromLabel" value="0" type="double"/>
          <Option name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offsetFromLabelUnit" value="MM" type="QString"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <fieldConfiguration>
    <field name="district_code" configurationFlags="None"/>
    <field name="district_name" configurationFlags="None"/>
    <field name="level" configurationFlags="None"/>
    <field name="area_km2" configurationFlags="None"/>
    <field name="bs_active" configurationFlags="None"/>
    <field name="bs_built" configurationFlags="None"/>
    <field name="bs_per_km2" configurationFlags="None"/>
    <field name="bs_per_10k_pop" configurationFlags="None"/>
    <field name="cov_5g_area_pct" configurationFlags="None"/>
    <field name="cov_5g_pop_pct" configurationFlags="None"/>
    <field name="keyplace_reach_pct" configurationFlags="None"/>
    <field name="keyplace_reach_pct_government" configurationFlags="None"/>
    <field name="keyplace_reach_pct_scenic" configurationFlags="None"/>
    <field name="keyplace_reach_pct_business" configurationFlags="None"/>
    <field name="keyplace_reach_pct_transport_hub" configurationFlags="None"/>
    <field name="keyplace_reach_pct_school" configurationFlags="None"/>
    <field name="keyplace_reach_pct_hospital" configurationFlags="None"/>
    <field name="keyplace_reach_pct_sports_venue" configurationFlags="None"/>
    <field name="keyplace_reach_pct_village_committee" configurationFlags="None"/>
    <field name="keyplace_reach_pct_clinic" configurationFlags="None"/>
    <field name="keyplace_reach_pct_town_seat" configurationFlags="None"/>
    <field name="community_smart_pct" configurationFlags="None"/>
    <field name="community_provincial_pct" configurationFlags="None"/>
    <field name="manhole_monitored_pct" configurationFlags="None"/>
    <field name="envmon_automated_pct" configurationFlags="None"/>
    <field name="cov_5g_builtup_pct" configurationFlags="None"/>
    <field name="cov_5g_builtup_pct_urban" configurationFlags="None"/>
    <field name="cov_5g_builtup_pct_town" configurationFlags="None"/>
    <field name="cov_5g_builtup_pct_village" configurationFlags="None"/>
    <field name="town_seat_reach_pct" configurationFlags="None"/>
    <field name="enterprise_reach_pct" configurationFlags="None"/>
    <field name="school_wifi_pct" configurationFlags="None"/>
    <field name="smart_campus_pct" configurationFlags="None"/>
    <field name="demo_5g_n" configurationFlags="None"/>
    <field name="smart_farm_n" configurationFlags="None"/>
    <field name="pipe_monitored_pct" configurationFlags="None"/>
    <field name="forest_watch_pct" configurationFlags="None"/>
  </fieldConfiguration>
  <aliases>
    <alias name="" index="0" field="district_code"/>
    <alias name="" index="1" field="district_name"/>
    <alias name="" index="2" field="level"/>
    <alias name="面积(km²) Area (km²)" index="3" field="area_km2"/>
    <alias name="5G基站(开通) 5G stations active" index="4" field="bs_active"/>
    <alias name="5G基站(建成) 5G stations built" index="5" field="bs_built"/>
    <alias name="每平方公里基站数 Stations per km²" index="6" field="bs_per_km2"/>
    <alias name="每万人基站数 Stations per 10k people" index="7" field="bs_per_10k_pop"/>
    <alias name="5G面积覆盖率(%) 5G area coverage (%)" index="8" field="cov_5g_area_pct"/>
    <alias name="5G人口覆盖率(%) 5G population coverage (%)" index="9" field="cov_5g_pop_pct"/>
    <alias name="重点场所通达率(%) Key places reached (%)" index="10" field="keyplace_reach_pct"/>
    <alias name="通达率·党政机关(%) Reached: government (%)" index="11" field="keyplace_reach_pct_government"/>
    <alias name="通达率·景区(%) Reached: scenic (%)" index="12" field="keyplace_reach_pct_scenic"/>
    <alias name="通达率·商圈(%) Reached: business (%)" index="13" field="keyplace_reach_pct_business"/>
    <alias name="通达率·交通枢纽(%) Reached: transport_hub (%)" index="14" field="keyplace_reach_pct_transport_hub"/>
    <alias name="通达率·学校(%) Reached: school (%)" index="15" field="keyplace_reach_pct_school"/>
    <alias name="通达率·医院(%) Reached: hospital (%)" index="16" field="keyplace_reach_pct_hospital"/>
    <alias name="通达率·体育场馆(%) Reached: sports_venue (%)" index="17" field="keyplace_reach_pct_sports_venue"/>
    <alias name="通达率·村委会(%) Reached: village_committee (%)" index="18" field="keyplace_reach_pct_village_committee"/>
    <alias name="通达率·卫生室(%) Reached: clinic (%)" index="19" field="keyplace_reach_pct_clinic"/>
    <alias name="通达率·乡镇驻地(%) Reached: town_seat (%)" index="20" field="keyplace_reach_pct_town_seat"/>
    <alias name="星级智慧社区占比(%) Star-rated smart communities (%)" index="21" field="community_smart_pct"/>
    <alias name="省级智慧社区覆盖率(%) Provincial smart communities (%)" index="22" field="community_provincial_pct"/>
    <alias name="井盖智能监测率(%) Manholes monitored (%)" index="23" field="manhole_monitored_pct"/>
    <alias name="空气水质自动监测率(%) Automated air/water monitoring (%)" index="24" field="envmon_automated_pct"/>
    <alias name="建成区5G覆盖率(%) 5G coverage of built-up area (%)" index="25" field="cov_5g_builtup_pct"/>
    <alias name="城市建成区5G覆盖率(%) 5G coverage: urban built-up (%)" index="26" field="cov_5g_builtup_pct_urban"/>
    <alias name="乡镇驻地镇区5G覆盖率(%) 5G coverage: town seats' built-up (%)" index="27" field="cov_5g_builtup_pct_town"/>
    <alias name="村庄5G覆盖率(%) 5G coverage: villages (%)" index="28" field="cov_5g_builtup_pct_village"/>
    <alias name="乡镇驻地5G通达率(%) Town seats reached by 5G (%)" index="29" field="town_seat_reach_pct"/>
    <alias name="有需求企业5G通达率(%) Enterprises needing 5G reached (%)" index="30" field="enterprise_reach_pct"/>
    <alias name="学校无线网络覆盖率(%) Schools with Wi-Fi (%)" index="31" field="school_wifi_pct"/>
    <alias name="智慧校园覆盖率(%) Smart campuses (%)" index="32" field="smart_campus_pct"/>
    <alias name="5G示范应用场景数 5G demonstration scenarios" index="33" field="demo_5g_n"/>
    <alias name="智慧农场和智慧海洋牧场数 Smart farms and ocean ranches" index="34" field="smart_farm_n"/>
    <alias name="管网管线智能化监测率(%) Pipe length monitored (%)" index="35" field="pipe_monitored_pct"/>
    <alias name="林区监测覆盖率(%) Forest area watched (%)" index="36" field="forest_watch_pct"/>
  </aliases>
  <defaults>
    <default expression="" field="district_code" applyOnUpdate="0"/>
    <default expression="" field="district_name" applyOnUpdate="0"/>
    <default expression="" field="level" applyOnUpdate="0"/>
    <default expression="" field="area_km2" applyOnUpdate="0"/>
    <default expression="" field="bs_active" applyOnUpdate="0"/>
    <default expression="" field="bs_built" applyOnUpdate="0"/>
    <default expression="" field="bs_per_km2" applyOnUpdate="0"/>
    <default expression="" field="bs_per_10k_pop" applyOnUpdate="0"/>
    <default expression="" field="cov_5g_area_pct" applyOnUpdate="0"/>
    <default expression="" field="cov_5g_pop_pct" applyOnUpdate="0"/>
    <default expression="" field="keyplace_reach_pct" applyOnUpdate="0"/>
    <default expression="" field="keyplace_reach_pct_government" applyOnUpdate="0"/>
    <default expression="" field="keyplace_reach_pct_scenic" applyOnUpdate="0"/>
    <default expression="" field="keyplace_reach_pct_business" applyOnUpdate="0"/>
    <default expression="" field="keyplace_reach_pct_transport_hub" applyOnUpdate="0"/>
    <default expression="" field="keyplace_reach_pct_school" applyOnUpdate="0"/>
    <default expression="" field="keyplace_reach_pct_hospital" applyOnUpdate="0"/>
    <default expression="" field="keyplace_reach_pct_sports_venue" applyOnUpdate="0"/>
    <default expression="" field="keyplace_reach_pct_village_committee" applyOnUpdate="0"/>
    <default expression="" field="keyplace_reach_pct_clinic" applyOnUpdate="0"/>
    <default expression="" field="keyplace_reach_pct_town_seat" applyOnUpdate="0"/>
    <default expression="" field="community_smart_pct" applyOnUpdate="0"/>
    <default expression="" field="community_provincial_pct" applyOnUpdate="0"/>
    <default expression="" field="manhole_monitored_pct" applyOnUpdate="0"/>
    <default expression="" field="envmon_automated_pct" applyOnUpdate="0"/>
    <default expression="" field="cov_5g_builtup_pct" applyOnUpdate="0"/>
    <default expression="" field="cov_5g_builtup_pct_urban" applyOnUpdate="0"/>
    <default expression="" field="cov_5g_builtup_pct_town" applyOnUpdate="0"/>
    <default expression="" field="cov_5g_builtup_pct_village" applyOnUpdate="0"/>
    <default expression="" field="town_seat_reach_pct" applyOnUpdate="0"/>
    <default expression="" field="enterprise_reach_pct" applyOnUpdate="0"/>
    <default expression="" field="school_wifi_pct" applyOnUpdate="0"/>
    <default expression="" field="smart_campus_pct" applyOnUpdate="0"/>
    <default expression="" field="demo_5g_n" applyOnUpdate="0"/>
    <default expression="" field="smart_farm_n" applyOnUpdate="0"/>
    <default expression="" field="pipe_monitored_pct" applyOnUpdate="0"/>
    <default expression="" field="forest_watch_pct" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="district_code" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="district_name" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="level" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="area_km2" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="bs_active" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="bs_built" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="bs_per_km2" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="bs_per_10k_pop" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="cov_5g_area_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="cov_5g_pop_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_government" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_scenic" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_business" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_transport_hub" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_school" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_hospital" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_sports_venue" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_village_committee" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_clinic" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_town_seat" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="community_smart_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="community_provincial_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="manhole_monitored_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="envmon_automated_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="cov_5g_builtup_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="cov_5g_builtup_pct_urban" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="cov_5g_builtup_pct_town" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="cov_5g_builtup_pct_village" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="town_seat_reach_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="enterprise_reach_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="school_wifi_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="smart_campus_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="demo_5g_n" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="smart_farm_n" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="pipe_monitored_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="forest_watch_pct" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="district_code" desc=""/>
    <constraint exp="" field="district_name" desc=""/>
    <constraint exp="" field="level" desc=""/>
    <constraint exp="" field="area_km2" desc=""/>
    <constraint exp="" field="bs_active" desc=""/>
    <constraint exp="" field="bs_built" desc=""/>
    <constraint exp="" field="bs_per_km2" desc=""/>
    <constraint exp="" field="bs_per_10k_pop" desc=""/>
    <constraint exp="" field="cov_5g_area_pct" desc=""/>
    <constraint exp="" field="cov_5g_pop_pct" desc=""/>
    <constraint exp="" field="keyplace_reach_pct" desc=""/>
    <constraint exp="" field="keyplace_reach_pct_government" desc=""/>
    <constraint exp="" field="keyplace_reach_pct_scenic" desc=""/>
    <constraint exp="" field="keyplace_reach_pct_business" desc=""/>
    <constraint exp="" field="keyplace_reach_pct_transport_hub" desc=""/>
    <constraint exp="" field="keyplace_reach_pct_school" desc=""/>
    <constraint exp="" field="keyplace_reach_pct_hospital" desc=""/>
    <constraint exp="" field="keyplace_reach_pct_sports_venue" desc=""/>
    <constraint exp="" field="keyplace_reach_pct_village_committee" desc=""/>
    <constraint exp="" field="keyplace_reach_pct_clinic" desc=""/>
    <constraint exp="" field="keyplace_reach_pct_town_seat" desc=""/>
    <constraint exp="" field="community_smart_pct" desc=""/>
    <constraint exp="" field="community_provincial_pct" desc=""/>
    <constraint exp="" field="manhole_monitored_pct" desc=""/>
    <constraint exp="" field="envmon_automated_pct" desc=""/>
    <constraint exp="" field="cov_5g_builtup_pct" desc=""/>
    <constraint exp="" field="cov_5g_builtup_pct_urban" desc=""/>
    <constraint exp="" field="cov_5g_builtup_pct_town" desc=""/>
    <constraint exp="" field="cov_5g_builtup_pct_village" desc=""/>
    <constraint exp="" field="town_seat_reach_pct" desc=""/>
    <constraint exp="" field="enterprise_reach_pct" desc=""/>
    <constraint exp="" field="school_wifi_pct" desc=""/>
    <constraint exp="" field="smart_campus_pct" desc=""/>
    <constraint exp="" field="demo_5g_n" desc=""/>
    <constraint exp="" field="smart_farm_n" desc=""/>
    <constraint exp="" field="pipe_monitored_pct" desc=""/>
    <constraint exp="" field="forest_watch_pct" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
