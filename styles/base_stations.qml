<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="Symbology|Labeling|Fields|Forms|Rendering|Temporal" symbologyReferenceScale="-1" minScale="100000000" labelsEnabled="0" simplifyDrawingHints="1" simplifyAlgorithm="0">
  <temporal fixedDuration="0" mode="2" startExpression="" limitMode="0" enabled="1" startField="opened_date" endField="retired_date" endExpression="" accumulate="0" durationField="" durationUnit="min">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" type="categorizedSymbol" symbollevels="0" attr="operator" referencescale="-1" enableorderby="0">
    <categories>
      <category render="true" label="中国移动 China Mobile" symbol="0" value="中国移动"/>
      <category render="true" label="中国电信 China Telecom" symbol="1" value="中国电信"/>
      <category render="true" label="中国联通 China Unicom" symbol="2" value="中国联通"/>
      <category render="true" label="中国广电 China Broadnet" symbol="3" value="中国广电"/>
    </categories>
    <symbols>
      <symbol force_rhr="0" alpha="1" clip_to_extent="1" type="marker" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="31,120,180,255" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="1.8" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="31,120,180,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="1.8"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" alpha="1" clip_to_extent="1" type="marker" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="255,127,0,255" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="1.8" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="255,127,0,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="1.8"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" alpha="1" clip_to_extent="1" type="marker" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="227,26,28,255" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="1.8" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="227,26,28,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="1.8"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" alpha="1" clip_to_extent="1" type="marker" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="106,61,154,255" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="1.8" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="106,61,154,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="1.8"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <fieldConfiguration>
    <field configurationFlags="None" name="fid">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="station_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="operator">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="中国移动" name="中国移动"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="中国电信" name="中国电信"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="中国联通" name="中国联通"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="中国广电" name="中国广电"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="band">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="n1" name="n1"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="n28" name="n28"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="n41" name="n41"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="n78" name="n78"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="n79" name="n79"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="scene">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="dense_urban" name="密集城区（dense_urban）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="urban" name="城区（urban）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="suburban" name="郊区（suburban）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="rural" name="农村（rural）"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="antenna_height_m">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="500" name="Max"/>
            <Option type="int" value="0" name="Min"/>
            <Option type="int" value="1" name="Precision"/>
            <Option type="int" value="1" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="azimuth_deg">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="360" name="Max"/>
            <Option type="int" value="0" name="Min"/>
            <Option type="int" value="1" name="Precision"/>
            <Option type="int" value="1" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="coverage_radius_m">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="50000" name="Max"/>
            <Option type="int" value="0" name="Min"/>
            <Option type="int" value="1" name="Precision"/>
            <Option type="int" value="1" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="status">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="planned" name="规划（planned）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="building" name="在建（building）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="built" name="建成（built）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="active" name="开通（active）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="retired" name="退网（retired）"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="built_date">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="allow_null"/>
            <Option type="bool" value="true" name="calendar_popup"/>
            <Option type="QString" value="yyyy-MM-dd" name="display_format"/>
            <Option type="QString" value="yyyy-MM-dd" name="field_format"/>
            <Option type="bool" value="false" name="field_iso_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="opened_date">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="allow_null"/>
            <Option type="bool" value="true" name="calendar_popup"/>
            <Option type="QString" value="yyyy-MM-dd" name="display_format"/>
            <Option type="QString" value="yyyy-MM-dd" name="field_format"/>
            <Option type="bool" value="false" name="field_iso_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="retired_date">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="allow_null"/>
            <Option type="bool" value="true" name="calendar_popup"/>
            <Option type="QString" value="yyyy-MM-dd" name="display_format"/>
            <Option type="QString" value="yyyy-MM-dd" name="field_format"/>
            <Option type="bool" value="false" name="field_iso_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="version">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="updated_at">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="fid" name="要素号 Feature id"/>
    <alias index="1" field="station_id" name="站点编号 Station ID"/>
    <alias index="2" field="name" name="站点名称 Name"/>
    <alias index="3" field="operator" name="运营商 Operator"/>
    <alias index="4" field="band" name="频段 Band"/>
    <alias index="5" field="scene" name="场景 Scene"/>
    <alias index="6" field="antenna_height_m" name="天线挂高(米) Antenna height (m)"/>
    <alias index="7" field="azimuth_deg" name="方位角(度) Azimuth (°)"/>
    <alias index="8" field="coverage_radius_m" name="覆盖半径(米) Coverage radius (m)"/>
    <alias index="9" field="status" name="状态 Status"/>
    <alias index="10" field="built_date" name="建成日期 Built"/>
    <alias index="11" field="opened_date" name="开通日期 Opened"/>
    <alias index="12" field="retired_date" name="退网日期 Retired"/>
    <alias index="13" field="version" name="版本 Version"/>
    <alias index="14" field="updated_at" name="更新时间 Updated at"/>
  </aliases>
  <defaults>
    <default expression="" field="fid" applyOnUpdate="0"/>
    <default expression="" field="station_id" applyOnUpdate="0"/>
    <default expression="" field="name" applyOnUpdate="0"/>
    <default expression="" field="operator" applyOnUpdate="0"/>
    <default expression="" field="band" applyOnUpdate="0"/>
    <default expression="" field="scene" applyOnUpdate="0"/>
    <default expression="" field="antenna_height_m" applyOnUpdate="0"/>
    <default expression="" field="azimuth_deg" applyOnUpdate="0"/>
    <default expression="" field="coverage_radius_m" applyOnUpdate="0"/>
    <default expression="" field="status" applyOnUpdate="0"/>
    <default expression="" field="built_date" applyOnUpdate="0"/>
    <default expression="" field="opened_date" applyOnUpdate="0"/>
    <default expression="" field="retired_date" applyOnUpdate="0"/>
    <default expression="" field="version" applyOnUpdate="0"/>
    <default expression="" field="updated_at" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint constraints="0" field="fid" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="7" field="station_id" unique_strength="1" exp_strength="1" notnull_strength="1"/>
    <constraint constraints="4" field="name" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="4" field="operator" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="4" field="band" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="4" field="scene" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="4" field="antenna_height_m" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="4" field="azimuth_deg" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="4" field="coverage_radius_m" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="4" field="status" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="0" field="built_date" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="4" field="opened_date" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="4" field="retired_date" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="0" field="version" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="updated_at" unique_strength="0" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="station_id" exp="(&quot;station_id&quot; IS NOT NULL AND trim(to_string(&quot;station_id&quot;)) &lt;> '') AND (&quot;station_id&quot; IS NULL OR length(&quot;station_id&quot;) &lt;= 100)" desc="5G基站的站点编号（station_id）不能为空。 / Station ID (station_id) of 5G base stations is required.&#xa;5G基站的站点编号（station_id）最多 100 个字符。 / Station ID (station_id) of 5G base stations holds at most 100 characters."/>
    <constraint field="name" exp="(&quot;name&quot; IS NULL OR length(&quot;name&quot;) &lt;= 1000)" desc="5G基站的站点名称（name）最多 1000 个字符。 / Name (name) of 5G base stations holds at most 1000 characters."/>
    <constraint field="operator" exp="(&quot;operator&quot; IS NULL OR &quot;operator&quot; IN ('中国移动', '中国电信', '中国联通', '中国广电')) AND (&quot;operator&quot; IS NULL OR length(&quot;operator&quot;) &lt;= 1000)" desc="5G基站的运营商（operator）只能取：中国移动、中国电信、中国联通、中国广电。 / Operator (operator) of 5G base stations must be one of: 中国移动, 中国电信, 中国联通, 中国广电.&#xa;5G基站的运营商（operator）最多 1000 个字符。 / Operator (operator) of 5G base stations holds at most 1000 characters."/>
    <constraint field="band" exp="(&quot;band&quot; IS NULL OR &quot;band&quot; IN ('n1', 'n28', 'n41', 'n78', 'n79')) AND (&quot;band&quot; IS NULL OR length(&quot;band&quot;) &lt;= 1000)" desc="5G基站的频段（band）只能取：n1、n28、n41、n78、n79。 / Band (band) of 5G base stations must be one of: n1, n28, n41, n78, n79.&#xa;5G基站的频段（band）最多 1000 个字符。 / Band (band) of 5G base stations holds at most 1000 characters."/>
    <constraint field="scene" exp="(&quot;scene&quot; IS NULL OR &quot;scene&quot; IN ('dense_urban', 'urban', 'suburban', 'rural')) AND (&quot;scene&quot; IS NULL OR length(&quot;scene&quot;) &lt;= 1000)" desc="5G基站的场景（scene）只能取：dense_urban（密集城区）、urban（城区）、suburban（郊区）、rural（农村）。 / Scene (scene) of 5G base stations must be one of: dense_urban, urban, suburban, rural.&#xa;5G基站的场景（scene）最多 1000 个字符。 / Scene (scene) of 5G base stations holds at most 1000 characters."/>
    <constraint field="antenna_height_m" exp="(&quot;antenna_height_m&quot; IS NULL OR (&quot;antenna_height_m&quot; >= 0 AND &quot;antenna_height_m&quot; &lt;= 500))" desc="5G基站的天线挂高(米)（antenna_height_m）必须在 0 到 500 之间，且须为数字。 / Antenna height (m) (antenna_height_m) of 5G base stations must be between 0 and 500, and a number."/>
    <constraint field="azimuth_deg" exp="(&quot;azimuth_deg&quot; IS NULL OR (&quot;azimuth_deg&quot; >= 0 AND &quot;azimuth_deg&quot; &lt;= 360))" desc="5G基站的方位角(度)（azimuth_deg）必须在 0 到 360 之间，且须为数字。 / Azimuth (°) (azimuth_deg) of 5G base stations must be between 0 and 360, and a number."/>
    <constraint field="coverage_radius_m" exp="(&quot;coverage_radius_m&quot; IS NULL OR (&quot;coverage_radius_m&quot; >= 0 AND &quot;coverage_radius_m&quot; &lt;= 50000))" desc="5G基站的覆盖半径(米)（coverage_radius_m）必须在 0 到 50000 之间，且须为数字。 / Coverage radius (m) (coverage_radius_m) of 5G base stations must be between 0 and 50000, and a number."/>
    <constraint field="status" exp="(&quot;status&quot; IS NULL OR &quot;status&quot; IN ('planned', 'building', 'built', 'active', 'retired')) AND (&quot;status&quot; IS NULL OR length(&quot;status&quot;) &lt;= 1000)" desc="5G基站的状态（status）只能取：planned（规划）、building（在建）、built（建成）、active（开通）、retired（退网）。 / Status (status) of 5G base stations must be one of: planned, building, built, active, retired.&#xa;5G基站的状态（status）最多 1000 个字符。 / Status (status) of 5G base stations holds at most 1000 characters."/>
    <constraint field="built_date" exp="" desc=""/>
    <constraint field="opened_date" exp="(&quot;opened_date&quot; IS NULL OR &quot;built_date&quot; IS NULL OR &quot;opened_date&quot; >= &quot;built_date&quot;)" desc="5G基站的开通日期（opened_date）不能早于建成日期（built_date）。 / Opened (opened_date) of 5G base stations must not be before Built (built_date)."/>
    <constraint field="retired_date" exp="(&quot;retired_date&quot; IS NULL OR &quot;opened_date&quot; IS NULL OR &quot;retired_date&quot; > &quot;opened_date&quot;)" desc="5G基站的退网日期（retired_date）必须晚于开通日期（opened_date）。 / Retired (retired_date) of 5G base stations must be after Opened (opened_date)."/>
    <constraint field="version" exp="" desc=""/>
    <constraint field="updated_at" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field editable="0" name="fid"/>
    <field editable="0" name="updated_at"/>
    <field editable="0" name="version"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <layerGeometryType>0</layerGeometryType>
</qgis>
