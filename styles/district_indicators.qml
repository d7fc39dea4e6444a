<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" styleCategories="Symbology|Labeling|Fields|Forms|Rendering|Temporal" symbologyReferenceScale="-1" minScale="100000000" labelsEnabled="1" simplifyMaxScale="1" simplifyDrawingHints="1" simplifyAlgorithm="0" maxScale="0" version="3.22.16-Białowieża" simplifyLocal="1">
  <temporal endField="" endExpression="" durationField="" enabled="0" mode="0" limitMode="0" fixedDuration="0" startField="" accumulate="0" startExpression="" durationUnit="min">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 graduatedMethod="GraduatedColor" referencescale="-1" enableorderby="1" type="graduatedSymbol" attr="cov_5g_area_pct" forceraster="0" symbollevels="0">
    <ranges>
      <range lower="0.000000000000000" upper="20.000000000000000" label="0–20 %" render="true" symbol="0"/>
      <range lower="20.000000000000000" upper="40.000000000000000" label="20–40 %" render="true" symbol="1"/>
      <range lower="40.000000000000000" upper="60.000000000000000" label="40–60 %" render="true" symbol="2"/>
      <range lower="60.000000000000000" upper="80.000000000000000" label="60–80 %" render="true" symbol="3"/>
      <range lower="80.000000000000000" upper="100.000000000000000" label="80–100 %" render="true" symbol="4"/>
    </ranges>
    <symbols>
      <symbol force_rhr="0" clip_to_extent="1" type="fill" name="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="254,229,217,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="64,64,64,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.4" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
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
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" clip_to_extent="1" type="fill" name="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="252,174,145,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="64,64,64,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.4" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
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
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" clip_to_extent="1" type="fill" name="2" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="251,106,74,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="64,64,64,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.4" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
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
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" clip_to_extent="1" type="fill" name="3" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="222,45,38,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="64,64,64,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.4" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
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
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" clip_to_extent="1" type="fill" name="4" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="165,15,21,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="64,64,64,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.4" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
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
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <classificationMethod id="Custom">
      <symmetricMode symmetrypoint="0" astride="0" enabled="0"/>
      <labelFormat format="%1 - %2" labelprecision="4" trimtrailingzeroes="1"/>
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
      <text-style fontStrikeout="0" fontKerning="1" textOrientation="horizontal" legendString="Aa" blendMode="0" fontSizeUnit="Point" previewBkgrdColor="255,255,255,255" fontSize="9" fontUnderline="0" fieldName="CASE WHEN &quot;level&quot; &lt;> 'city' THEN &quot;district_name&quot; || '\n' || format_number(&quot;cov_5g_area_pct&quot;, 1) || ' %' END" fontWeight="50" isExpression="1" fontItalic="0" useSubstitutions="0" fontFamily="Noto Sans CJK SC" fontWordSpacing="0" multilineHeight="1" fontSizeMapUnitScale="3x:0,0,0,0,0,0" namedStyle="" textColor="32,32,32,255" capitalization="0" textOpacity="1" fontLetterSpacing="0" allowHtml="0">
        <families/>
        <text-buffer bufferSizeUnits="MM" bufferOpacity="1" bufferJoinStyle="128" bufferSize="0.80000000000000004" bufferBlendMode="0" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferColor="255,255,255,255" bufferDraw="1" bufferNoFill="1"/>
        <text-mask maskJoinStyle="128" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskType="0" maskEnabled="0" maskSize="1.5" maskedSymbolLayers="" maskSizeUnits="MM"/>
        <background shapeOffsetX="0" shapeRadiiY="0" shapeType="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeBlendMode="0" shapeSizeUnit="MM" shapeBorderWidth="0" shapeBorderColor="128,128,128,255" shapeOpacity="1" shapeSizeY="0" shapeRotationType="0" shapeSVGFile="" shapeSizeX="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeFillColor="255,255,255,255" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeRadiiUnit="MM" shapeOffsetY="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeDraw="0" shapeBorderWidthUnit="MM" shapeJoinStyle="64" shapeRadiiX="0">
          <symbol force_rhr="0" clip_to_extent="1" type="fill" name="fillSymbol" alpha="1">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" pass="0" enabled="1" locked="0">
              <Option type="Map">
                <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
                <Option value="255,255,255,255" type="QString" name="color"/>
                <Option value="bevel" type="QString" name="joinstyle"/>
                <Option value="0,0" type="QString" name="offset"/>
                <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
                <Option value="MM" type="QString" name="offset_unit"/>
                <Option value="128,128,128,255" type="QString" name="outline_color"/>
                <Option value="no" type="QString" name="outline_style"/>
                <Option value="0" type="QString" name="outline_width"/>
                <Option value="MM" type="QString" name="outline_width_unit"/>
                <Option value="solid" type="QString" name="style"/>
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
                  <Option value="" type="QString" name="name"/>
                  <Option name="properties"/>
                  <Option value="collection" type="QString" name="type"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowOffsetGlobal="1" shadowOffsetAngle="135" shadowRadius="1.5" shadowOpacity="0.69999999999999996" shadowOffsetDist="1" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowScale="100" shadowRadiusAlphaOnly="0" shadowDraw="0" shadowColor="0,0,0,255" shadowBlendMode="6" shadowUnder="0" shadowRadiusUnit="MM"/>
        <dd_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format formatNumbers="0" reverseDirectionSymbol="0" autoWrapLength="0" addDirectionSymbol="0" placeDirectionSymbol="0" plussign="0" wrapChar="" useMaxLineLengthForAutoWrap="1" multilineAlign="3" rightDirectionSymbol=">" leftDirectionSymbol="&lt;" decimals="3"/>
      <placement repeatDistanceUnits="MM" yOffset="0" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" geometryGenerator="" lineAnchorPercent="0.5" preserveRotation="1" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" fitInPolygonOnly="0" maxCurvedCharAngleOut="-25" offsetUnits="MM" offsetType="0" overrunDistance="0" placement="0" geometryGeneratorType="PointGeometry" distUnits="MM" maxCurvedCharAngleIn="25" repeatDistance="0" centroidWhole="0" layerType="UnknownGeometry" geometryGeneratorEnabled="0" rotationAngle="0" rotationUnit="AngleDegrees" priority="5" lineAnchorClipping="0" centroidInside="0" xOffset="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" placementFlags="10" lineAnchorType="0" dist="0" quadOffset="4" distMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM"/>
      <rendering fontMaxPixelSize="10000" scaleMax="0" obstacle="1" obstacleType="1" zIndex="0" displayAll="0" unplacedVisibility="0" upsidedownLabels="0" fontLimitPixelSize="0" scaleVisibility="0" drawLabels="1" maxNumLabels="2000" labelPerPart="0" scaleMin="0" obstacleFactor="1" limitNumLabels="0" fontMinPixelSize="0" minFeatureSize="0" mergeLines="0"/>
      <dd_properties>
        <Option type="Map">
          <Option value="" type="QString" name="name"/>
          <Option name="properties"/>
          <Option value="collection" type="QString" name="type"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option value="pole_of_inaccessibility" type="QString" name="anchorPoint"/>
          <Option value="0" type="int" name="blendMode"/>
          <Option type="Map" name="ddProperties">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
          <Option value="false" type="bool" name="drawToAllParts"/>
          <Option value="0" type="QString" name="enabled"/>
          <Option value="point_on_exterior" type="QString" name="labelAnchorPoint"/>
          <Option value="&lt;symbol force_rhr=&quot;0&quot; clip_to_extent=&quot;1&quot; type=&quot;line&quot; name=&quot;symbol&quot; alpha=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; pass=&quot;0&quot; enabled=&quot;1&quot; locked=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option value=&quot;square&quot; type=&quot;QString&quot; name=&quot;capstyle&quot;/>&lt;Option value=&quot;5;2&quot; type=&quot;QString&quot; name=&quot;customdash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;customdash_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option value=&quot;bevel&quot; type=&quot;QString&quot; name=&quot;joinstyle&quot;/>&lt;Option value=&quot;60,60,60,255&quot; type=&quot;QString&quot; name=&quot;line_color&quot;/>&lt;Option value=&quot;solid&quot; type=&quot;QString&quot; name=&quot;line_style&quot;/>&lt;Option value=&quot;0.3&quot; type=&quot;QString&quot; name=&quot;line_width&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;line_width_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;ring_filter&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;use_custom_dash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString" name="lineSymbol"/>
          <Option value="0" type="double" name="minLength"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="minLengthMapUnitScale"/>
          <Option value="MM" type="QString" name="minLengthUnit"/>
          <Option value="0" type="double" name="offsetFromAnchor"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offsetFromAnchorMapUnitScale"/>
          <Option value="MM" type="QString" name="offsetFromAnchorUnit"/>
          <Option value="0" type="double" name="offsetFromLabel"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offsetFromLabelMapUnitScale"/>
          <Option value="MM" type="QString" name="offsetFromLabelUnit"/>
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
    <alias field="district_code" index="0" name=""/>
    <alias field="district_name" index="1" name=""/>
    <alias field="level" index="2" name=""/>
    <alias field="area_km2" index="3" name="面积(km²) Area (km²)"/>
    <alias field="bs_active" index="4" name="5G基站(开通) 5G stations active"/>
    <alias field="bs_built" index="5" name="5G基站(建成) 5G stations built"/>
    <alias field="bs_per_km2" index="6" name="每平方公里基站数 Stations per km²"/>
    <alias field="bs_per_10k_pop" index="7" name="每万人基站数 Stations per 10k people"/>
    <alias field="cov_5g_area_pct" index="8" name="5G面积覆盖率(%) 5G area coverage (%)"/>
    <alias field="cov_5g_pop_pct" index="9" name="5G人口覆盖率(%) 5G population coverage (%)"/>
    <alias field="keyplace_reach_pct" index="10" name="重点场所通达率(%) Key places reached (%)"/>
    <alias field="keyplace_reach_pct_government" index="11" name="通达率·党政机关(%) Reached: government (%)"/>
    <alias field="keyplace_reach_pct_scenic" index="12" name="通达率·景区(%) Reached: scenic (%)"/>
    <alias field="keyplace_reach_pct_business" index="13" name="通达率·商圈(%) Reached: business (%)"/>
    <alias field="keyplace_reach_pct_transport_hub" index="14" name="通达率·交通枢纽(%) Reached: transport_hub (%)"/>
    <alias field="keyplace_reach_pct_school" index="15" name="通达率·学校(%) Reached: school (%)"/>
    <alias field="keyplace_reach_pct_hospital" index="16" name="通达率·医院(%) Reached: hospital (%)"/>
    <alias field="keyplace_reach_pct_sports_venue" index="17" name="通达率·体育场馆(%) Reached: sports_venue (%)"/>
    <alias field="keyplace_reach_pct_village_committee" index="18" name="通达率·村委会(%) Reached: village_committee (%)"/>
    <alias field="keyplace_reach_pct_clinic" index="19" name="通达率·卫生室(%) Reached: clinic (%)"/>
    <alias field="keyplace_reach_pct_town_seat" index="20" name="通达率·乡镇驻地(%) Reached: town_seat (%)"/>
    <alias field="community_smart_pct" index="21" name="星级智慧社区占比(%) Star-rated smart communities (%)"/>
    <alias field="community_provincial_pct" index="22" name="省级智慧社区覆盖率(%) Provincial smart communities (%)"/>
    <alias field="manhole_monitored_pct" index="23" name="井盖智能监测率(%) Manholes monitored (%)"/>
    <alias field="envmon_automated_pct" index="24" name="空气水质自动监测率(%) Automated air/water monitoring (%)"/>
    <alias field="cov_5g_builtup_pct" index="25" name="建成区5G覆盖率(%) 5G coverage of built-up area (%)"/>
    <alias field="cov_5g_builtup_pct_urban" index="26" name="城市建成区5G覆盖率(%) 5G coverage: urban built-up (%)"/>
    <alias field="cov_5g_builtup_pct_town" index="27" name="乡镇驻地镇区5G覆盖率(%) 5G coverage: town seats' built-up (%)"/>
    <alias field="cov_5g_builtup_pct_village" index="28" name="村庄5G覆盖率(%) 5G coverage: villages (%)"/>
    <alias field="town_seat_reach_pct" index="29" name="乡镇驻地5G通达率(%) Town seats reached by 5G (%)"/>
    <alias field="enterprise_reach_pct" index="30" name="有需求企业5G通达率(%) Enterprises needing 5G reached (%)"/>
    <alias field="school_wifi_pct" index="31" name="学校无线网络覆盖率(%) Schools with Wi-Fi (%)"/>
    <alias field="smart_campus_pct" index="32" name="智慧校园覆盖率(%) Smart campuses (%)"/>
    <alias field="demo_5g_n" index="33" name="5G示范应用场景数 5G demonstration scenarios"/>
    <alias field="smart_farm_n" index="34" name="智慧农场和智慧海洋牧场数 Smart farms and ocean ranches"/>
    <alias field="pipe_monitored_pct" index="35" name="管网管线智能化监测率(%) Pipe length monitored (%)"/>
    <alias field="forest_watch_pct" index="36" name="林区监测覆盖率(%) Forest area watched (%)"/>
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
    <default field="keyplace_reach_pct_town_seat" expression="" applyOnUpdate="0"/>
    <default field="community_smart_pct" expression="" applyOnUpdate="0"/>
    <default field="community_provincial_pct" expression="" applyOnUpdate="0"/>
    <default field="manhole_monitored_pct" expression="" applyOnUpdate="0"/>
    <default field="envmon_automated_pct" expression="" applyOnUpdate="0"/>
    <default field="cov_5g_builtup_pct" expression="" applyOnUpdate="0"/>
    <default field="cov_5g_builtup_pct_urban" expression="" applyOnUpdate="0"/>
    <default field="cov_5g_builtup_pct_town" expression="" applyOnUpdate="0"/>
    <default field="cov_5g_builtup_pct_village" expression="" applyOnUpdate="0"/>
    <default field="town_seat_reach_pct" expression="" applyOnUpdate="0"/>
    <default field="enterprise_reach_pct" expression="" applyOnUpdate="0"/>
    <default field="school_wifi_pct" expression="" applyOnUpdate="0"/>
    <default field="smart_campus_pct" expression="" applyOnUpdate="0"/>
    <default field="demo_5g_n" expression="" applyOnUpdate="0"/>
    <default field="smart_farm_n" expression="" applyOnUpdate="0"/>
    <default field="pipe_monitored_pct" expression="" applyOnUpdate="0"/>
    <default field="forest_watch_pct" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="district_code" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="district_name" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="level" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="area_km2" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="bs_active" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="bs_built" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="bs_per_km2" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="bs_per_10k_pop" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="cov_5g_area_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="cov_5g_pop_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_government" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_scenic" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_business" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_transport_hub" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_school" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_hospital" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_sports_venue" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_village_committee" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_clinic" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="keyplace_reach_pct_town_seat" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="community_smart_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="community_provincial_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="manhole_monitored_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="envmon_automated_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="cov_5g_builtup_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="cov_5g_builtup_pct_urban" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="cov_5g_builtup_pct_town" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="cov_5g_builtup_pct_village" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="town_seat_reach_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="enterprise_reach_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="school_wifi_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="smart_campus_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="demo_5g_n" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="smart_farm_n" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="pipe_monitored_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="forest_watch_pct" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="district_code" exp="" desc=""/>
    <constraint field="district_name" exp="" desc=""/>
    <constraint field="level" exp="" desc=""/>
    <constraint field="area_km2" exp="" desc=""/>
    <constraint field="bs_active" exp="" desc=""/>
    <constraint field="bs_built" exp="" desc=""/>
    <constraint field="bs_per_km2" exp="" desc=""/>
    <constraint field="bs_per_10k_pop" exp="" desc=""/>
    <constraint field="cov_5g_area_pct" exp="" desc=""/>
    <constraint field="cov_5g_pop_pct" exp="" desc=""/>
    <constraint field="keyplace_reach_pct" exp="" desc=""/>
    <constraint field="keyplace_reach_pct_government" exp="" desc=""/>
    <constraint field="keyplace_reach_pct_scenic" exp="" desc=""/>
    <constraint field="keyplace_reach_pct_business" exp="" desc=""/>
    <constraint field="keyplace_reach_pct_transport_hub" exp="" desc=""/>
    <constraint field="keyplace_reach_pct_school" exp="" desc=""/>
    <constraint field="keyplace_reach_pct_hospital" exp="" desc=""/>
    <constraint field="keyplace_reach_pct_sports_venue" exp="" desc=""/>
    <constraint field="keyplace_reach_pct_village_committee" exp="" desc=""/>
    <constraint field="keyplace_reach_pct_clinic" exp="" desc=""/>
    <constraint field="keyplace_reach_pct_town_seat" exp="" desc=""/>
    <constraint field="community_smart_pct" exp="" desc=""/>
    <constraint field="community_provincial_pct" exp="" desc=""/>
    <constraint field="manhole_monitored_pct" exp="" desc=""/>
    <constraint field="envmon_automated_pct" exp="" desc=""/>
    <constraint field="cov_5g_builtup_pct" exp="" desc=""/>
    <constraint field="cov_5g_builtup_pct_urban" exp="" desc=""/>
    <constraint field="cov_5g_builtup_pct_town" exp="" desc=""/>
    <constraint field="cov_5g_builtup_pct_village" exp="" desc=""/>
    <constraint field="town_seat_reach_pct" exp="" desc=""/>
    <constraint field="enterprise_reach_pct" exp="" desc=""/>
    <constraint field="school_wifi_pct" exp="" desc=""/>
    <constraint field="smart_campus_pct" exp="" desc=""/>
    <constraint field="demo_5g_n" exp="" desc=""/>
    <constraint field="smart_farm_n" exp="" desc=""/>
    <constraint field="pipe_monitored_pct" exp="" desc=""/>
    <constraint field="forest_watch_pct" exp="" desc=""/>
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
