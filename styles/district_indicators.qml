<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" labelsEnabled="1" simplifyLocal="1" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|Forms|Rendering|Temporal" hasScaleBasedVisibilityFlag="0" maxScale="0">
  <temporal limitMode="0" startField="" durationField="" enabled="0" endExpression="" startExpression="" durationUnit="min" fixedDuration="0" accumulate="0" mode="0" endField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="graduatedSymbol" referencescale="-1" enableorderby="1" attr="cov_5g_area_pct" graduatedMethod="GraduatedColor" forceraster="0" symbollevels="0">
    <ranges>
      <range lower="0.000000000000000" symbol="0" upper="20.000000000000000" render="true" label="0–20 %"/>
      <range lower="20.000000000000000" symbol="1" upper="40.000000000000000" render="true" label="20–40 %"/>
      <range lower="40.000000000000000" symbol="2" upper="60.000000000000000" render="true" label="40–60 %"/>
      <range lower="60.000000000000000" symbol="3" upper="80.000000000000000" render="true" label="60–80 %"/>
      <range lower="80.000000000000000" symbol="4" upper="100.000000000000000" render="true" label="80–100 %"/>
    </ranges>
    <symbols>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="254,229,217,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="64,64,64,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.4"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="254,229,217,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="64,64,64,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="252,174,145,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="64,64,64,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.4"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="252,174,145,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="64,64,64,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="251,106,74,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="64,64,64,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.4"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="251,106,74,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="64,64,64,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="222,45,38,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="64,64,64,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.4"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="222,45,38,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="64,64,64,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="4">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="165,15,21,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="64,64,64,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.4"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="165,15,21,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="64,64,64,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <classificationMethod id="Custom">
      <symmetricMode symmetrypoint="0" astride="0" enabled="0"/>
      <labelFormat labelprecision="4" trimtrailingzeroes="1" format="%1 - %2"/>
      <parameters>
        <Option/>
      </parameters>
      <extraInformation/>
    </classificationMethod>
    <rotation/>
    <sizescale/>
    <orderby>
      <orderByClause nullsFirst="1" asc="0">"level" = 'city'</orderByClause>
    </orderby>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="CASE WHEN &quot;level&quot; &lt;> 'city' THEN &quot;district_name&quot; || '\n' || format_number(&quot;cov_5g_area_pct&quot;, 1) || ' %' END" fontWeight="50" useSubstitutions="0" capitalization="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" textOrientation="horizontal" legendString="Aa" textColor="32,32,32,255" fontSize="9" fontUnderline="0" fontStrikeout="0" fontLetterSpacing="0" textOpacity="1" blendMode="0" fontItalic="0" fontWordSpacing="0" fontSizeUnit="Point" previewBkgrdColor="255,255,255,255" fontKerning="1" fontFamily="Noto Sans CJK SC" allowHtml="0" isExpression="1" namedStyle="" multilineHeight="1">
        <families/>
        <text-buffer bufferJoinStyle="128" bufferSize="0.80000000000000004" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferDraw="1" bufferBlendMode="0" bufferNoFill="1" bufferColor="255,255,255,255" bufferOpacity="1" bufferSizeUnits="MM"/>
        <text-mask maskOpacity="1" maskedSymbolLayers="" maskSizeUnits="MM" maskJoinStyle="128" maskType="0" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskEnabled="0" maskSize="1.5"/>
        <background shapeDraw="0" shapeRadiiX="0" shapeOpacity="1" shapeRadiiY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255" shapeBorderWidth="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeRotationType="0" shapeSVGFile="" shapeJoinStyle="64" shapeBorderColor="128,128,128,255" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeType="0" shapeOffsetUnit="MM" shapeRadiiUnit="MM" shapeOffsetX="0" shapeSizeX="0" shapeOffsetY="0" shapeSizeY="0" shapeBlendMode="0" shapeSizeUnit="MM" shapeSizeType="0">
          <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="fillSymbol">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="color" value="255,255,255,255"/>
                <Option type="QString" name="joinstyle" value="bevel"/>
                <Option type="QString" name="offset" value="0,0"/>
                <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="offset_unit" value="MM"/>
                <Option type="QString" name="outline_color" value="128,128,128,255"/>
                <Option type="QString" name="outline_style" value="no"/>
                <Option type="QString" name="outline_width" value="0"/>
                <Option type="QString" name="outline_width_unit" value="MM"/>
                <Option type="QString" name="style" value="solid"/>
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="color" v="255,255,255,255"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="128,128,128,255"/>
              <prop k="outline_style" v="no"/>
              <prop k="outline_width" v="0"/>
              <prop k="outline_width_unit" v="MM"/>
              <prop k="style" v="solid"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusAlphaOnly="0" shadowOffsetUnit="MM" shadowOffsetGlobal="1" shadowUnder="0" shadowOpacity="0.69999999999999996" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadius="1.5" shadowScale="100" shadowOffsetAngle="135" shadowBlendMode="6" shadowOffsetDist="1" shadowRadiusUnit="MM"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format placeDirectionSymbol="0" plussign="0" formatNumbers="0" rightDirectionSymbol=">" multilineAlign="3" reverseDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" decimals="3" wrapChar="" autoWrapLength="0" leftDirectionSymbol="&lt;" addDirectionSymbol="0"/>
      <placement placementFlags="10" rotationUnit="AngleDegrees" rotationAngle="0" yOffset="0" xOffset="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistance="0" geometryGeneratorEnabled="0" layerType="UnknownGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" lineAnchorClipping="0" placement="4" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" geometryGenerator="" maxCurvedCharAngleIn="25" geometryGeneratorType="PointGeometry" preserveRotation="1" distMapUnitScale="3x:0,0,0,0,0,0" quadOffset="4" centroidInside="0" maxCurvedCharAngleOut="-25" overrunDistanceUnit="MM" polygonPlacementFlags="2" distUnits="MM" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" lineAnchorType="0" offsetType="0" repeatDistanceUnits="MM" repeatDistance="0" fitInPolygonOnly="0" centroidWhole="0" dist="0" offsetUnits="MM" priority="8"/>
      <rendering upsidedownLabels="0" unplacedVisibility="0" obstacleType="1" displayAll="0" scaleMin="0" zIndex="0" scaleVisibility="0" minFeatureSize="0" fontLimitPixelSize="0" drawLabels="1" limitNumLabels="0" labelPerPart="0" maxNumLabels="2000" obstacle="1" fontMaxPixelSize="10000" scaleMax="0" obstacleFactor="1" fontMinPixelSize="0" mergeLines="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option name="properties"/>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" name="anchorPoint" value="pole_of_inaccessibility"/>
          <Option type="int" name="blendMode" value="0"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
          <Option type="bool" name="drawToAllParts" value="false"/>
          <Option type="QString" name="enabled" value="0"/>
          <Option type="QString" name="labelAnchorPoint" value="point_on_exterior"/>
          <Option type="QString" name="lineSymbol" value="&lt;symbol type=&quot;line&quot; force_rhr=&quot;0&quot; clip_to_extent=&quot;1&quot; alpha=&quot;1&quot; name=&quot;symbol&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;align_dash_pattern&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;capstyle&quot; value=&quot;square&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash&quot; value=&quot;5;2&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;joinstyle&quot; value=&quot;bevel&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_color&quot; value=&quot;60,60,60,255&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_style&quot; value=&quot;solid&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width&quot; value=&quot;0.3&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;ring_filter&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;use_custom_dash&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option type="double" name="minLength" value="0"/>
          <Option type="QString" name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="minLengthUnit" value="MM"/>
          <Option type="double" name="offsetFromAnchor" value="0"/>
          <Option type="QString" name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromAnchorUnit" value="MM"/>
          <Option type="double" name="offsetFromLabel" value="0"/>
          <Option type="QString" name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromLabelUnit" value="MM"/>
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
    <alias name="" field="district_code" index="0"/>
    <alias name="" field="district_name" index="1"/>
    <alias name="" field="level" index="2"/>
    <alias name="面积(km²) Area (km²)" field="area_km2" index="3"/>
    <alias name="5G基站(开通) 5G stations active" field="bs_active" index="4"/>
    <alias name="5G基站(建成) 5G stations built" field="bs_built" index="5"/>
    <alias name="每平方公里基站数 Stations per km²" field="bs_per_km2" index="6"/>
    <alias name="每万人基站数 Stations per 10k people" field="bs_per_10k_pop" index="7"/>
    <alias name="5G面积覆盖率(%) 5G area coverage (%)" field="cov_5g_area_pct" index="8"/>
    <alias name="5G人口覆盖率(%) 5G population coverage (%)" field="cov_5g_pop_pct" index="9"/>
    <alias name="重点场所通达率(%) Key places reached (%)" field="keyplace_reach_pct" index="10"/>
    <alias name="通达率·党政机关(%) Reached: government (%)" field="keyplace_reach_pct_government" index="11"/>
    <alias name="通达率·景区(%) Reached: scenic (%)" field="keyplace_reach_pct_scenic" index="12"/>
    <alias name="通达率·商圈(%) Reached: business (%)" field="keyplace_reach_pct_business" index="13"/>
    <alias name="通达率·交通枢纽(%) Reached: transport_hub (%)" field="keyplace_reach_pct_transport_hub" index="14"/>
    <alias name="通达率·学校(%) Reached: school (%)" field="keyplace_reach_pct_school" index="15"/>
    <alias name="通达率·医院(%) Reached: hospital (%)" field="keyplace_reach_pct_hospital" index="16"/>
    <alias name="通达率·体育场馆(%) Reached: sports_venue (%)" field="keyplace_reach_pct_sports_venue" index="17"/>
    <alias name="通达率·村委会(%) Reached: village_committee (%)" field="keyplace_reach_pct_village_committee" index="18"/>
    <alias name="通达率·卫生室(%) Reached: clinic (%)" field="keyplace_reach_pct_clinic" index="19"/>
    <alias name="通达率·乡镇驻地(%) Reached: town_seat (%)" field="keyplace_reach_pct_town_seat" index="20"/>
    <alias name="星级智慧社区占比(%) Star-rated smart communities (%)" field="community_smart_pct" index="21"/>
    <alias name="省级智慧社区覆盖率(%) Provincial smart communities (%)" field="community_provincial_pct" index="22"/>
    <alias name="井盖智能监测率(%) Manholes monitored (%)" field="manhole_monitored_pct" index="23"/>
    <alias name="空气水质自动监测率(%) Automated air/water monitoring (%)" field="envmon_automated_pct" index="24"/>
    <alias name="建成区5G覆盖率(%) 5G coverage of built-up area (%)" field="cov_5g_builtup_pct" index="25"/>
    <alias name="城市建成区5G覆盖率(%) 5G coverage: urban built-up (%)" field="cov_5g_builtup_pct_urban" index="26"/>
    <alias name="乡镇驻地镇区5G覆盖率(%) 5G coverage: town seats' built-up (%)" field="cov_5g_builtup_pct_town" index="27"/>
    <alias name="村庄5G覆盖率(%) 5G coverage: villages (%)" field="cov_5g_builtup_pct_village" index="28"/>
    <alias name="乡镇驻地5G通达率(%) Town seats reached by 5G (%)" field="town_seat_reach_pct" index="29"/>
    <alias name="有需求企业5G通达率(%) Enterprises needing 5G reached (%)" field="enterprise_reach_pct" index="30"/>
    <alias name="学校无线网络覆盖率(%) Schools with Wi-Fi (%)" field="school_wifi_pct" index="31"/>
    <alias name="智慧校园覆盖率(%) Smart campuses (%)" field="smart_campus_pct" index="32"/>
    <alias name="5G示范应用场景数 5G demonstration scenarios" field="demo_5g_n" index="33"/>
    <alias name="智慧农场和智慧海洋牧场数 Smart farms and ocean ranches" field="smart_farm_n" index="34"/>
    <alias name="管网管线智能化监测率(%) Pipe length monitored (%)" field="pipe_monitored_pct" index="35"/>
    <alias name="林区监测覆盖率(%) Forest area watched (%)" field="forest_watch_pct" index="36"/>
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
    <constraint unique_strength="0" exp_strength="0" field="district_code" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="district_name" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="level" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="area_km2" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="bs_active" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="bs_built" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="bs_per_km2" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="bs_per_10k_pop" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cov_5g_area_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cov_5g_pop_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="keyplace_reach_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="keyplace_reach_pct_government" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="keyplace_reach_pct_scenic" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="keyplace_reach_pct_business" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="keyplace_reach_pct_transport_hub" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="keyplace_reach_pct_school" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="keyplace_reach_pct_hospital" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="keyplace_reach_pct_sports_venue" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="keyplace_reach_pct_village_committee" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="keyplace_reach_pct_clinic" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="keyplace_reach_pct_town_seat" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="community_smart_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="community_provincial_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="manhole_monitored_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="envmon_automated_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cov_5g_builtup_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cov_5g_builtup_pct_urban" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cov_5g_builtup_pct_town" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cov_5g_builtup_pct_village" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="town_seat_reach_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="enterprise_reach_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="school_wifi_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="smart_campus_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="demo_5g_n" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="smart_farm_n" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="pipe_monitored_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="forest_watch_pct" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="district_code" exp=""/>
    <constraint desc="" field="district_name" exp=""/>
    <constraint desc="" field="level" exp=""/>
    <constraint desc="" field="area_km2" exp=""/>
    <constraint desc="" field="bs_active" exp=""/>
    <constraint desc="" field="bs_built" exp=""/>
    <constraint desc="" field="bs_per_km2" exp=""/>
    <constraint desc="" field="bs_per_10k_pop" exp=""/>
    <constraint desc="" field="cov_5g_area_pct" exp=""/>
    <constraint desc="" field="cov_5g_pop_pct" exp=""/>
    <constraint desc="" field="keyplace_reach_pct" exp=""/>
    <constraint desc="" field="keyplace_reach_pct_government" exp=""/>
    <constraint desc="" field="keyplace_reach_pct_scenic" exp=""/>
    <constraint desc="" field="keyplace_reach_pct_business" exp=""/>
    <constraint desc="" field="keyplace_reach_pct_transport_hub" exp=""/>
    <constraint desc="" field="keyplace_reach_pct_school" exp=""/>
    <constraint desc="" field="keyplace_reach_pct_hospital" exp=""/>
    <constraint desc="" field="keyplace_reach_pct_sports_venue" exp=""/>
    <constraint desc="" field="keyplace_reach_pct_village_committee" exp=""/>
    <constraint desc="" field="keyplace_reach_pct_clinic" exp=""/>
    <constraint desc="" field="keyplace_reach_pct_town_seat" exp=""/>
    <constraint desc="" field="community_smart_pct" exp=""/>
    <constraint desc="" field="community_provincial_pct" exp=""/>
    <constraint desc="" field="manhole_monitored_pct" exp=""/>
    <constraint desc="" field="envmon_automated_pct" exp=""/>
    <constraint desc="" field="cov_5g_builtup_pct" exp=""/>
    <constraint desc="" field="cov_5g_builtup_pct_urban" exp=""/>
    <constraint desc="" field="cov_5g_builtup_pct_town" exp=""/>
    <constraint desc="" field="cov_5g_builtup_pct_village" exp=""/>
    <constraint desc="" field="town_seat_reach_pct" exp=""/>
    <constraint desc="" field="enterprise_reach_pct" exp=""/>
    <constraint desc="" field="school_wifi_pct" exp=""/>
    <constraint desc="" field="smart_campus_pct" exp=""/>
    <constraint desc="" field="demo_5g_n" exp=""/>
    <constraint desc="" field="smart_farm_n" exp=""/>
    <constraint desc="" field="pipe_monitored_pct" exp=""/>
    <constraint desc="" field="forest_watch_pct" exp=""/>
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
