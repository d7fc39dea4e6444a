<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingHints="1" simplifyAlgorithm="0" version="3.22.16-Białowieża" maxScale="0" labelsEnabled="1" simplifyLocal="1" simplifyDrawingTol="1" styleCategories="Symbology|Labeling|Fields|Forms|Rendering|Temporal" minScale="100000000" simplifyMaxScale="1" hasScaleBasedVisibilityFlag="0" symbologyReferenceScale="-1">
  <temporal mode="0" startExpression="" startField="" endField="" durationField="" limitMode="0" accumulate="0" endExpression="" enabled="0" durationUnit="min" fixedDuration="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 symbollevels="0" referencescale="-1" graduatedMethod="GraduatedColor" forceraster="0" attr="cov_5g_area_pct" type="graduatedSymbol" enableorderby="1">
    <ranges>
      <range label="0–20 %" symbol="0" lower="0.000000000000000" render="true" upper="20.000000000000000"/>
      <range label="20–40 %" symbol="1" lower="20.000000000000000" render="true" upper="40.000000000000000"/>
      <range label="40–60 %" symbol="2" lower="40.000000000000000" render="true" upper="60.000000000000000"/>
      <range label="60–80 %" symbol="3" lower="60.000000000000000" render="true" upper="80.000000000000000"/>
      <range label="80–100 %" symbol="4" lower="80.000000000000000" render="true" upper="100.000000000000000"/>
    </ranges>
    <symbols>
      <symbol alpha="1" clip_to_extent="1" name="0" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleFill" locked="0" enabled="1">
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
      <symbol alpha="1" clip_to_extent="1" name="1" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleFill" locked="0" enabled="1">
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
      <symbol alpha="1" clip_to_extent="1" name="2" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleFill" locked="0" enabled="1">
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
      <symbol alpha="1" clip_to_extent="1" name="3" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleFill" locked="0" enabled="1">
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
      <symbol alpha="1" clip_to_extent="1" name="4" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleFill" locked="0" enabled="1">
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
      <symmetricMode astride="0" symmetrypoint="0" enabled="0"/>
      <labelFormat trimtrailingzeroes="1" labelprecision="4" format="%1 - %2"/>
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
      <text-style previewBkgrdColor="255,255,255,255" textOpacity="1" fontKerning="1" fontStrikeout="0" useSubstitutions="0" fontWordSpacing="0" fontLetterSpacing="0" allowHtml="0" fieldName="CASE WHEN &quot;level&quot; &lt;> 'city' THEN &quot;district_name&quot; || '\n' || format_number(&quot;cov_5g_area_pct&quot;, 1) || ' %' END" fontWeight="50" textColor="32,32,32,255" legendString="Aa" multilineHeight="1" textOrientation="horizontal" fontSize="9" fontItalic="0" isExpression="1" namedStyle="" fontSizeUnit="Point" capitalization="0" fontFamily="Noto Sans CJK SC" fontUnderline="0" blendMode="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0">
        <families/>
        <text-buffer bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="1" bufferDraw="1" bufferSize="0.80000000000000004" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferNoFill="1" bufferJoinStyle="128" bufferBlendMode="0"/>
        <text-mask maskJoinStyle="128" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskEnabled="0" maskSize="1.5" maskedSymbolLayers="" maskType="0" maskSizeUnits="MM" maskOpacity="1"/>
        <background shapeBorderColor="128,128,128,255" shapeBorderWidth="0" shapeSizeX="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeJoinStyle="64" shapeRadiiUnit="MM" shapeType="0" shapeOffsetY="0" shapeSizeType="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeBlendMode="0" shapeBorderWidthUnit="MM" shapeRotationType="0" shapeRadiiY="0" shapeOffsetX="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeFillColor="255,255,255,255" shapeSizeY="0" shapeSVGFile="" shapeRadiiX="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeDraw="0" shapeOpacity="1" shapeSizeUnit="MM" shapeRotation="0">
          <symbol alpha="1" clip_to_extent="1" name="fillSymbol" force_rhr="0" type="fill">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" class="SimpleFill" locked="0" enabled="1">
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
        <shadow shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowUnder="0" shadowColor="0,0,0,255" shadowOffsetAngle="135" shadowRadius="1.5" shadowOffsetUnit="MM" shadowOffsetGlobal="1" shadowRadiusAlphaOnly="0" shadowRadiusUnit="MM" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowScale="100" shadowOpacity="0.69999999999999996" shadowDraw="0" shadowOffsetDist="1" shadowBlendMode="6"/>
        <dd_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format leftDirectionSymbol="&lt;" addDirectionSymbol="0" decimals="3" reverseDirectionSymbol="0" plussign="0" placeDirectionSymbol="0" wrapChar="" autoWrapLength="0" formatNumbers="0" useMaxLineLengthForAutoWrap="1" multilineAlign="3" rightDirectionSymbol=">"/>
      <placement overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" fitInPolygonOnly="0" distMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" rotationUnit="AngleDegrees" geometryGenerator="" quadOffset="4" priority="5" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" yOffset="0" overrunDistance="0" repeatDistance="0" layerType="UnknownGeometry" distUnits="MM" maxCurvedCharAngleOut="-25" xOffset="0" placement="0" centroidWhole="0" placementFlags="10" offsetUnits="MM" geometryGeneratorType="PointGeometry" rotationAngle="0" dist="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" lineAnchorType="0" lineAnchorClipping="0" geometryGeneratorEnabled="0" polygonPlacementFlags="2" offsetType="0" preserveRotation="1" centroidInside="0" overrunDistanceUnit="MM" maxCurvedCharAngleIn="25" repeatDistanceUnits="MM"/>
      <rendering mergeLines="0" obstacleFactor="1" minFeatureSize="0" obstacle="1" maxNumLabels="2000" scaleVisibility="0" drawLabels="1" unplacedVisibility="0" labelPerPart="0" upsidedownLabels="0" fontMaxPixelSize="10000" scaleMin="0" obstacleType="1" scaleMax="0" fontLimitPixelSize="0" limitNumLabels="0" displayAll="0" fontMinPixelSize="0" zIndex="0"/>
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
          <Option name="lineSymbol" value="&lt;symbol alpha=&quot;1&quot; clip_to_extent=&quot;1&quot; name=&quot;symbol&quot; force_rhr=&quot;0&quot; type=&quot;line&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer pass=&quot;0&quot; class=&quot;SimpleLine&quot; locked=&quot;0&quot; enabled=&quot;1&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;align_dash_pattern&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;capstyle&quot; value=&quot;square&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash&quot; value=&quot;5;2&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;draw_inside_polygon&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;joinstyle&quot; value=&quot;bevel&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_color&quot; value=&quot;60,60,60,255&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_style&quot; value=&quot;solid&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_width&quot; value=&quot;0.3&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_width_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;ring_filter&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;use_custom_dash&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString"/>
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
    <field name="district_code" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="district_name" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="level" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="area_km2" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="bs_active" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="bs_built" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="bs_per_km2" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="bs_per_10k_pop" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cov_5g_area_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cov_5g_pop_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="keyplace_reach_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="keyplace_reach_pct_government" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="keyplace_reach_pct_scenic" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="keyplace_reach_pct_business" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="keyplace_reach_pct_transport_hub" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="keyplace_reach_pct_school" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="keyplace_reach_pct_hospital" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="keyplace_reach_pct_sports_venue" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="keyplace_reach_pct_village_committee" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="keyplace_reach_pct_clinic" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="keyplace_reach_pct_town_seat" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="community_smart_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="community_provincial_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="manhole_monitored_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="envmon_automated_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cov_5g_builtup_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cov_5g_builtup_pct_urban" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cov_5g_builtup_pct_town" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cov_5g_builtup_pct_village" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="town_seat_reach_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="enterprise_reach_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="school_wifi_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="smart_campus_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="demo_5g_n" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="smart_farm_n" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="pipe_monitored_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="forest_watch_pct" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" name="" field="district_code"/>
    <alias index="1" name="" field="district_name"/>
    <alias index="2" name="" field="level"/>
    <alias index="3" name="面积(km²) Area (km²)" field="area_km2"/>
    <alias index="4" name="5G基站(开通) 5G stations active" field="bs_active"/>
    <alias index="5" name="5G基站(建成) 5G stations built" field="bs_built"/>
    <alias index="6" name="每平方公里基站数 Stations per km²" field="bs_per_km2"/>
    <alias index="7" name="每万人基站数 Stations per 10k people" field="bs_per_10k_pop"/>
    <alias index="8" name="5G面积覆盖率(%) 5G area coverage (%)" field="cov_5g_area_pct"/>
    <alias index="9" name="5G人口覆盖率(%) 5G population coverage (%)" field="cov_5g_pop_pct"/>
    <alias index="10" name="重点场所通达率(%) Key places reached (%)" field="keyplace_reach_pct"/>
    <alias index="11" name="通达率·党政机关(%) Reached: government (%)" field="keyplace_reach_pct_government"/>
    <alias index="12" name="通达率·景区(%) Reached: scenic (%)" field="keyplace_reach_pct_scenic"/>
    <alias index="13" name="通达率·商圈(%) Reached: business (%)" field="keyplace_reach_pct_business"/>
    <alias index="14" name="通达率·交通枢纽(%) Reached: transport_hub (%)" field="keyplace_reach_pct_transport_hub"/>
    <alias index="15" name="通达率·学校(%) Reached: school (%)" field="keyplace_reach_pct_school"/>
    <alias index="16" name="通达率·医院(%) Reached: hospital (%)" field="keyplace_reach_pct_hospital"/>
    <alias index="17" name="通达率·体育场馆(%) Reached: sports_venue (%)" field="keyplace_reach_pct_sports_venue"/>
    <alias index="18" name="通达率·村委会(%) Reached: village_committee (%)" field="keyplace_reach_pct_village_committee"/>
    <alias index="19" name="通达率·卫生室(%) Reached: clinic (%)" field="keyplace_reach_pct_clinic"/>
    <alias index="20" name="通达率·乡镇驻地(%) Reached: town_seat (%)" field="keyplace_reach_pct_town_seat"/>
    <alias index="21" name="星级智慧社区占比(%) Star-rated smart communities (%)" field="community_smart_pct"/>
    <alias index="22" name="省级智慧社区覆盖率(%) Provincial smart communities (%)" field="community_provincial_pct"/>
    <alias index="23" name="井盖智能监测率(%) Manholes monitored (%)" field="manhole_monitored_pct"/>
    <alias index="24" name="空气水质自动监测率(%) Automated air/water monitoring (%)" field="envmon_automated_pct"/>
    <alias index="25" name="建成区5G覆盖率(%) 5G coverage of built-up area (%)" field="cov_5g_builtup_pct"/>
    <alias index="26" name="城市建成区5G覆盖率(%) 5G coverage: urban built-up (%)" field="cov_5g_builtup_pct_urban"/>
    <alias index="27" name="乡镇驻地镇区5G覆盖率(%) 5G coverage: town seats' built-up (%)" field="cov_5g_builtup_pct_town"/>
    <alias index="28" name="村庄5G覆盖率(%) 5G coverage: villages (%)" field="cov_5g_builtup_pct_village"/>
    <alias index="29" name="乡镇驻地5G通达率(%) Town seats reached by 5G (%)" field="town_seat_reach_pct"/>
    <alias index="30" name="有需求企业5G通达率(%) Enterprises needing 5G reached (%)" field="enterprise_reach_pct"/>
    <alias index="31" name="学校无线网络覆盖率(%) Schools with Wi-Fi (%)" field="school_wifi_pct"/>
    <alias index="32" name="智慧校园覆盖率(%) Smart campuses (%)" field="smart_campus_pct"/>
    <alias index="33" name="5G示范应用场景数 5G demonstration scenarios" field="demo_5g_n"/>
    <alias index="34" name="智慧农场和智慧海洋牧场数 Smart farms and ocean ranches" field="smart_farm_n"/>
    <alias index="35" name="管网管线智能化监测率(%) Pipe length monitored (%)" field="pipe_monitored_pct"/>
    <alias index="36" name="林区监测覆盖率(%) Forest area watched (%)" field="forest_watch_pct"/>
  </aliases>
  <defaults>
    <default field="district_code" applyOnUpdate="0" expression=""/>
    <default field="district_name" applyOnUpdate="0" expression=""/>
    <default field="level" applyOnUpdate="0" expression=""/>
    <default field="area_km2" applyOnUpdate="0" expression=""/>
    <default field="bs_active" applyOnUpdate="0" expression=""/>
    <default field="bs_built" applyOnUpdate="0" expression=""/>
    <default field="bs_per_km2" applyOnUpdate="0" expression=""/>
    <default field="bs_per_10k_pop" applyOnUpdate="0" expression=""/>
    <default field="cov_5g_area_pct" applyOnUpdate="0" expression=""/>
    <default field="cov_5g_pop_pct" applyOnUpdate="0" expression=""/>
    <default field="keyplace_reach_pct" applyOnUpdate="0" expression=""/>
    <default field="keyplace_reach_pct_government" applyOnUpdate="0" expression=""/>
    <default field="keyplace_reach_pct_scenic" applyOnUpdate="0" expression=""/>
    <default field="keyplace_reach_pct_business" applyOnUpdate="0" expression=""/>
    <default field="keyplace_reach_pct_transport_hub" applyOnUpdate="0" expression=""/>
    <default field="keyplace_reach_pct_school" applyOnUpdate="0" expression=""/>
    <default field="keyplace_reach_pct_hospital" applyOnUpdate="0" expression=""/>
    <default field="keyplace_reach_pct_sports_venue" applyOnUpdate="0" expression=""/>
    <default field="keyplace_reach_pct_village_committee" applyOnUpdate="0" expression=""/>
    <default field="keyplace_reach_pct_clinic" applyOnUpdate="0" expression=""/>
    <default field="keyplace_reach_pct_town_seat" applyOnUpdate="0" expression=""/>
    <default field="community_smart_pct" applyOnUpdate="0" expression=""/>
    <default field="community_provincial_pct" applyOnUpdate="0" expression=""/>
    <default field="manhole_monitored_pct" applyOnUpdate="0" expression=""/>
    <default field="envmon_automated_pct" applyOnUpdate="0" expression=""/>
    <default field="cov_5g_builtup_pct" applyOnUpdate="0" expression=""/>
    <default field="cov_5g_builtup_pct_urban" applyOnUpdate="0" expression=""/>
    <default field="cov_5g_builtup_pct_town" applyOnUpdate="0" expression=""/>
    <default field="cov_5g_builtup_pct_village" applyOnUpdate="0" expression=""/>
    <default field="town_seat_reach_pct" applyOnUpdate="0" expression=""/>
    <default field="enterprise_reach_pct" applyOnUpdate="0" expression=""/>
    <default field="school_wifi_pct" applyOnUpdate="0" expression=""/>
    <default field="smart_campus_pct" applyOnUpdate="0" expression=""/>
    <default field="demo_5g_n" applyOnUpdate="0" expression=""/>
    <default field="smart_farm_n" applyOnUpdate="0" expression=""/>
    <default field="pipe_monitored_pct" applyOnUpdate="0" expression=""/>
    <default field="forest_watch_pct" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint field="district_code" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="district_name" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="level" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="area_km2" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="bs_active" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="bs_built" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="bs_per_km2" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="bs_per_10k_pop" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="cov_5g_area_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="cov_5g_pop_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="keyplace_reach_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="keyplace_reach_pct_government" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="keyplace_reach_pct_scenic" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="keyplace_reach_pct_business" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="keyplace_reach_pct_transport_hub" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="keyplace_reach_pct_school" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="keyplace_reach_pct_hospital" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="keyplace_reach_pct_sports_venue" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="keyplace_reach_pct_village_committee" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="keyplace_reach_pct_clinic" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="keyplace_reach_pct_town_seat" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="community_smart_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="community_provincial_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="manhole_monitored_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="envmon_automated_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="cov_5g_builtup_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="cov_5g_builtup_pct_urban" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="cov_5g_builtup_pct_town" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="cov_5g_builtup_pct_village" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="town_seat_reach_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="enterprise_reach_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="school_wifi_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="smart_campus_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="demo_5g_n" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="smart_farm_n" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="pipe_monitored_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="forest_watch_pct" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="district_code" desc="" exp=""/>
    <constraint field="district_name" desc="" exp=""/>
    <constraint field="level" desc="" exp=""/>
    <constraint field="area_km2" desc="" exp=""/>
    <constraint field="bs_active" desc="" exp=""/>
    <constraint field="bs_built" desc="" exp=""/>
    <constraint field="bs_per_km2" desc="" exp=""/>
    <constraint field="bs_per_10k_pop" desc="" exp=""/>
    <constraint field="cov_5g_area_pct" desc="" exp=""/>
    <constraint field="cov_5g_pop_pct" desc="" exp=""/>
    <constraint field="keyplace_reach_pct" desc="" exp=""/>
    <constraint field="keyplace_reach_pct_government" desc="" exp=""/>
    <constraint field="keyplace_reach_pct_scenic" desc="" exp=""/>
    <constraint field="keyplace_reach_pct_business" desc="" exp=""/>
    <constraint field="keyplace_reach_pct_transport_hub" desc="" exp=""/>
    <constraint field="keyplace_reach_pct_school" desc="" exp=""/>
    <constraint field="keyplace_reach_pct_hospital" desc="" exp=""/>
    <constraint field="keyplace_reach_pct_sports_venue" desc="" exp=""/>
    <constraint field="keyplace_reach_pct_village_committee" desc="" exp=""/>
    <constraint field="keyplace_reach_pct_clinic" desc="" exp=""/>
    <constraint field="keyplace_reach_pct_town_seat" desc="" exp=""/>
    <constraint field="community_smart_pct" desc="" exp=""/>
    <constraint field="community_provincial_pct" desc="" exp=""/>
    <constraint field="manhole_monitored_pct" desc="" exp=""/>
    <constraint field="envmon_automated_pct" desc="" exp=""/>
    <constraint field="cov_5g_builtup_pct" desc="" exp=""/>
    <constraint field="cov_5g_builtup_pct_urban" desc="" exp=""/>
    <constraint field="cov_5g_builtup_pct_town" desc="" exp=""/>
    <constraint field="cov_5g_builtup_pct_village" desc="" exp=""/>
    <constraint field="town_seat_reach_pct" desc="" exp=""/>
    <constraint field="enterprise_reach_pct" desc="" exp=""/>
    <constraint field="school_wifi_pct" desc="" exp=""/>
    <constraint field="smart_campus_pct" desc="" exp=""/>
    <constraint field="demo_5g_n" desc="" exp=""/>
    <constraint field="smart_farm_n" desc="" exp=""/>
    <constraint field="pipe_monitored_pct" desc="" exp=""/>
    <constraint field="forest_watch_pct" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
