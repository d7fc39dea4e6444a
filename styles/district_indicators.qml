<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingHints="1" simplifyLocal="1" version="3.22.16-Białowieża" minScale="100000000" symbologyReferenceScale="-1" simplifyAlgorithm="0" simplifyMaxScale="1" styleCategories="Symbology|Labeling|Fields|Rendering|Temporal" maxScale="0" hasScaleBasedVisibilityFlag="0" simplifyDrawingTol="1" labelsEnabled="1">
  <temporal durationField="" accumulate="0" startField="" endExpression="" mode="0" startExpression="" durationUnit="min" enabled="0" fixedDuration="0" limitMode="0" endField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 enableorderby="1" type="graduatedSymbol" graduatedMethod="GraduatedColor" forceraster="0" attr="cov_5g_area_pct" referencescale="-1" symbollevels="0">
    <ranges>
      <range symbol="0" render="true" upper="20.000000000000000" label="0–20 %" lower="0.000000000000000"/>
      <range symbol="1" render="true" upper="40.000000000000000" label="20–40 %" lower="20.000000000000000"/>
      <range symbol="2" render="true" upper="60.000000000000000" label="40–60 %" lower="40.000000000000000"/>
      <range symbol="3" render="true" upper="80.000000000000000" label="60–80 %" lower="60.000000000000000"/>
      <range symbol="4" render="true" upper="100.000000000000000" label="80–100 %" lower="80.000000000000000"/>
    </ranges>
    <symbols>
      <symbol name="0" type="fill" force_rhr="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" enabled="1" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="254,229,217,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="64,64,64,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.4"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="1" type="fill" force_rhr="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" enabled="1" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="252,174,145,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="64,64,64,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.4"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="2" type="fill" force_rhr="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" enabled="1" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="251,106,74,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="64,64,64,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.4"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="3" type="fill" force_rhr="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" enabled="1" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="222,45,38,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="64,64,64,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.4"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="4" type="fill" force_rhr="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" enabled="1" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="165,15,21,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="64,64,64,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.4"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <classificationMethod id="Custom">
      <symmetricMode astride="0" enabled="0" symmetrypoint="0"/>
      <labelFormat format="%1 - %2" trimtrailingzeroes="1" labelprecision="4"/>
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
      <text-style fontWordSpacing="0" blendMode="0" legendString="Aa" capitalization="0" isExpression="1" textOpacity="1" fontFamily="Noto Sans CJK SC" textColor="32,32,32,255" fontSizeUnit="Point" allowHtml="0" fontUnderline="0" previewBkgrdColor="255,255,255,255" namedStyle="" fontLetterSpacing="0" fontStrikeout="0" fieldName="CASE WHEN &quot;level&quot; &lt;> 'city' THEN &quot;district_name&quot; || '\n' || format_number(&quot;cov_5g_area_pct&quot;, 1) || ' %' END" fontWeight="50" fontItalic="0" textOrientation="horizontal" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontKerning="1" useSubstitutions="0" multilineHeight="1" fontSize="9">
        <families/>
        <text-buffer bufferSize="0.80000000000000004" bufferBlendMode="0" bufferJoinStyle="128" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferNoFill="1" bufferOpacity="1" bufferDraw="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <text-mask maskSize="1.5" maskSizeUnits="MM" maskedSymbolLayers="" maskEnabled="0" maskOpacity="1" maskJoinStyle="128" maskType="0" maskSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <background shapeOpacity="1" shapeFillColor="255,255,255,255" shapeDraw="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeBorderColor="128,128,128,255" shapeRadiiX="0" shapeOffsetY="0" shapeRotation="0" shapeBorderWidth="0" shapeSizeType="0" shapeRotationType="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeJoinStyle="64" shapeSizeX="0" shapeOffsetX="0" shapeType="0" shapeSVGFile="" shapeSizeUnit="MM" shapeBlendMode="0" shapeSizeY="0" shapeRadiiUnit="MM" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiY="0">
          <symbol name="fillSymbol" type="fill" force_rhr="0" alpha="1" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value=""/>
                <Option name="properties"/>
                <Option name="type" type="QString" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer locked="0" class="SimpleFill" enabled="1" pass="0">
              <Option type="Map">
                <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
                <Option name="color" type="QString" value="255,255,255,255"/>
                <Option name="joinstyle" type="QString" value="bevel"/>
                <Option name="offset" type="QString" value="0,0"/>
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
                <Option name="offset_unit" type="QString" value="MM"/>
                <Option name="outline_color" type="QString" value="128,128,128,255"/>
                <Option name="outline_style" type="QString" value="no"/>
                <Option name="outline_width" type="QString" value="0"/>
                <Option name="outline_width_unit" type="QString" value="MM"/>
                <Option name="style" type="QString" value="solid"/>
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
                  <Option name="name" type="QString" value=""/>
                  <Option name="properties"/>
                  <Option name="type" type="QString" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowDraw="0" shadowRadius="1.5" shadowScale="100" shadowOpacity="0.69999999999999996" shadowColor="0,0,0,255" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowUnder="0" shadowOffsetUnit="MM" shadowOffsetAngle="135" shadowRadiusAlphaOnly="0" shadowBlendMode="6" shadowOffsetGlobal="1" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetDist="1"/>
        <dd_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format addDirectionSymbol="0" leftDirectionSymbol="&lt;" wrapChar="" rightDirectionSymbol=">" decimals="3" formatNumbers="0" reverseDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" multilineAlign="3" autoWrapLength="0" placeDirectionSymbol="0" plussign="0"/>
      <placement priority="5" lineAnchorPercent="0.5" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" dist="0" polygonPlacementFlags="2" xOffset="0" overrunDistanceUnit="MM" offsetType="0" centroidWhole="0" lineAnchorType="0" lineAnchorClipping="0" distUnits="MM" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorEnabled="0" repeatDistance="0" yOffset="0" maxCurvedCharAngleIn="25" fitInPolygonOnly="0" preserveRotation="1" centroidInside="0" repeatDistanceUnits="MM" maxCurvedCharAngleOut="-25" distMapUnitScale="3x:0,0,0,0,0,0" offsetUnits="MM" overrunDistance="0" geometryGenerator="" placementFlags="10" layerType="UnknownGeometry" geometryGeneratorType="PointGeometry" quadOffset="4" rotationAngle="0" placement="0" rotationUnit="AngleDegrees"/>
      <rendering fontMaxPixelSize="10000" scaleMax="0" fontLimitPixelSize="0" minFeatureSize="0" labelPerPart="0" obstacle="1" scaleVisibility="0" obstacleType="1" unplacedVisibility="0" scaleMin="0" limitNumLabels="0" mergeLines="0" drawLabels="1" fontMinPixelSize="0" displayAll="0" upsidedownLabels="0" obstacleFactor="1" zIndex="0" maxNumLabels="2000"/>
      <dd_properties>
        <Option type="Map">
          <Option name="name" type="QString" value=""/>
          <Option name="properties"/>
          <Option name="type" type="QString" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility"/>
          <Option name="blendMode" type="int" value="0"/>
          <Option name="ddProperties" type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
          <Option name="drawToAllParts" type="bool" value="false"/>
          <Option name="enabled" type="QString" value="0"/>
          <Option name="labelAnchorPoint" type="QString" value="point_on_exterior"/>
          <Option name="lineSymbol" type="QString" value="&lt;symbol name=&quot;symbol&quot; type=&quot;line&quot; force_rhr=&quot;0&quot; alpha=&quot;1&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; class=&quot;SimpleLine&quot; enabled=&quot;1&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;align_dash_pattern&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;capstyle&quot; type=&quot;QString&quot; value=&quot;square&quot;/>&lt;Option name=&quot;customdash&quot; type=&quot;QString&quot; value=&quot;5;2&quot;/>&lt;Option name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;customdash_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;joinstyle&quot; type=&quot;QString&quot; value=&quot;bevel&quot;/>&lt;Option name=&quot;line_color&quot; type=&quot;QString&quot; value=&quot;60,60,60,255&quot;/>&lt;Option name=&quot;line_style&quot; type=&quot;QString&quot; value=&quot;solid&quot;/>&lt;Option name=&quot;line_width&quot; type=&quot;QString&quot; value=&quot;0.3&quot;/>&lt;Option name=&quot;line_width_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;offset&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;ring_filter&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_end&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;trim_distance_start&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;use_custom_dash&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option name="minLength" type="double" value="0"/>
          <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="minLengthUnit" type="QString" value="MM"/>
          <Option name="offsetFromAnchor" type="double" value="0"/>
          <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="offsetFromAnchorUnit" type="QString" value="MM"/>
          <Option name="offsetFromLabel" type="double" value="0"/>
          <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="offsetFromLabelUnit" type="QString" value="MM"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <fieldConfiguration>
    <field configurationFlags="None" name="district_code"/>
    <field configurationFlags="None" name="district_name"/>
    <field configurationFlags="None" name="level"/>
    <field configurationFlags="None" name="area_km2"/>
    <field configurationFlags="None" name="bs_active"/>
    <field configurationFlags="None" name="bs_built"/>
    <field configurationFlags="None" name="bs_per_km2"/>
    <field configurationFlags="None" name="bs_per_10k_pop"/>
    <field configurationFlags="None" name="cov_5g_area_pct"/>
    <field configurationFlags="None" name="cov_5g_pop_pct"/>
    <field configurationFlags="None" name="keyplace_reach_pct"/>
    <field configurationFlags="None" name="keyplace_reach_pct_government"/>
    <field configurationFlags="None" name="keyplace_reach_pct_scenic"/>
    <field configurationFlags="None" name="keyplace_reach_pct_business"/>
    <field configurationFlags="None" name="keyplace_reach_pct_transport_hub"/>
    <field configurationFlags="None" name="keyplace_reach_pct_school"/>
    <field configurationFlags="None" name="keyplace_reach_pct_hospital"/>
    <field configurationFlags="None" name="keyplace_reach_pct_sports_venue"/>
    <field configurationFlags="None" name="keyplace_reach_pct_village_committee"/>
    <field configurationFlags="None" name="keyplace_reach_pct_clinic"/>
    <field configurationFlags="None" name="community_smart_pct"/>
    <field configurationFlags="None" name="community_provincial_pct"/>
    <field configurationFlags="None" name="manhole_monitored_pct"/>
    <field configurationFlags="None" name="envmon_automated_pct"/>
  </fieldConfiguration>
  <aliases>
    <alias field="district_code" name="" index="0"/>
    <alias field="district_name" name="" index="1"/>
    <alias field="level" name="" index="2"/>
    <alias field="area_km2" name="面积(km²) Area (km²)" index="3"/>
    <alias field="bs_active" name="5G基站(开通) 5G stations active" index="4"/>
    <alias field="bs_built" name="5G基站(建成) 5G stations built" index="5"/>
    <alias field="bs_per_km2" name="每平方公里基站数 Stations per km²" index="6"/>
    <alias field="bs_per_10k_pop" name="每万人基站数 Stations per 10k people" index="7"/>
    <alias field="cov_5g_area_pct" name="5G面积覆盖率(%) 5G area coverage (%)" index="8"/>
    <alias field="cov_5g_pop_pct" name="5G人口覆盖率(%) 5G population coverage (%)" index="9"/>
    <alias field="keyplace_reach_pct" name="重点场所通达率(%) Key places reached (%)" index="10"/>
    <alias field="keyplace_reach_pct_government" name="通达率·党政机关(%) Reached: government (%)" index="11"/>
    <alias field="keyplace_reach_pct_scenic" name="通达率·景区(%) Reached: scenic (%)" index="12"/>
    <alias field="keyplace_reach_pct_business" name="通达率·商圈(%) Reached: business (%)" index="13"/>
    <alias field="keyplace_reach_pct_transport_hub" name="通达率·交通枢纽(%) Reached: transport_hub (%)" index="14"/>
    <alias field="keyplace_reach_pct_school" name="通达率·学校(%) Reached: school (%)" index="15"/>
    <alias field="keyplace_reach_pct_hospital" name="通达率·医院(%) Reached: hospital (%)" index="16"/>
    <alias field="keyplace_reach_pct_sports_venue" name="通达率·体育场馆(%) Reached: sports_venue (%)" index="17"/>
    <alias field="keyplace_reach_pct_village_committee" name="通达率·村委会(%) Reached: village_committee (%)" index="18"/>
    <alias field="keyplace_reach_pct_clinic" name="通达率·卫生室(%) Reached: clinic (%)" index="19"/>
    <alias field="community_smart_pct" name="星级智慧社区占比(%) Star-rated smart communities (%)" index="20"/>
    <alias field="community_provincial_pct" name="省级智慧社区覆盖率(%) Provincial smart communities (%)" index="21"/>
    <alias field="manhole_monitored_pct" name="井盖智能监测率(%) Manholes monitored (%)" index="22"/>
    <alias field="envmon_automated_pct" name="空气水质自动监测率(%) Automated air/water monitoring (%)" index="23"/>
  </aliases>
  <defaults>
    <default field="district_code" expression="" applyOnUpdate="0"/>
    <default field="district_name" expression="" applyOnUpdate="0"/>
    <default field="level" expression="" applyOnUpdate="0"/>
    <default field="area_km2" expression="" applyOnUpdate="0"/>
    <default field="bs_active" expression="" applyOnUpdate="0"/>
    <default field="bs_built" expression="" applyOnUpdate="0"/>
    <default field="bs_per_km2" expression="" applyOnUpdate="0"/>
    <default field="bs_per_10k_pop" expression="" applyOnUpdate="0"/>
    <default field="cov_5g_area_pct" expression="" applyOnUpdate="0"/>
    <default field="cov_5g_pop_pct" expression="" applyOnUpdate="0"/>
    <default field="keyplace_reach_pct" expression="" applyOnUpdate="0"/>
    <default field="keyplace_reach_pct_government" expression="" applyOnUpdate="0"/>
    <default field="keyplace_reach_pct_scenic" expression="" applyOnUpdate="0"/>
    <default field="keyplace_reach_pct_business" expression="" applyOnUpdate="0"/>
    <default field="keyplace_reach_pct_transport_hub" expression="" applyOnUpdate="0"/>
    <default field="keyplace_reach_pct_school" expression="" applyOnUpdate="0"/>
    <default field="keyplace_reach_pct_hospital" expression="" applyOnUpdate="0"/>
    <default field="keyplace_reach_pct_sports_venue" expression="" applyOnUpdate="0"/>
    <default field="keyplace_reach_pct_village_committee" expression="" applyOnUpdate="0"/>
    <default field="keyplace_reach_pct_clinic" expression="" applyOnUpdate="0"/>
    <default field="community_smart_pct" expression="" applyOnUpdate="0"/>
    <default field="community_provincial_pct" expression="" applyOnUpdate="0"/>
    <default field="manhole_monitored_pct" expression="" applyOnUpdate="0"/>
    <default field="envmon_automated_pct" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint constraints="0" field="district_code" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="district_name" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="level" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="area_km2" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="bs_active" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="bs_built" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="bs_per_km2" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="bs_per_10k_pop" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cov_5g_area_pct" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cov_5g_pop_pct" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="keyplace_reach_pct" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="keyplace_reach_pct_government" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="keyplace_reach_pct_scenic" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="keyplace_reach_pct_business" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="keyplace_reach_pct_transport_hub" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="keyplace_reach_pct_school" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="keyplace_reach_pct_hospital" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="keyplace_reach_pct_sports_venue" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="keyplace_reach_pct_village_committee" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="keyplace_reach_pct_clinic" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="community_smart_pct" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="community_provincial_pct" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="manhole_monitored_pct" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="envmon_automated_pct" unique_strength="0" exp_strength="0" notnull_strength="0"/>
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
    <constraint field="community_smart_pct" desc="" exp=""/>
    <constraint field="community_provincial_pct" desc="" exp=""/>
    <constraint field="manhole_monitored_pct" desc="" exp=""/>
    <constraint field="envmon_automated_pct" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
