<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" styleCategories="Symbology|Labeling|Fields|Forms|Rendering|Temporal" symbologyReferenceScale="-1" minScale="100000000" labelsEnabled="0" simplifyMaxScale="1" simplifyDrawingHints="1" simplifyAlgorithm="0" maxScale="0" version="3.22.16-Białowieża" simplifyLocal="1">
  <temporal endField="retired_date" endExpression="" durationField="" enabled="1" mode="2" limitMode="0" fixedDuration="0" startField="opened_date" accumulate="0" startExpression="" durationUnit="min">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 referencescale="-1" enableorderby="0" type="categorizedSymbol" attr="operator" forceraster="0" symbollevels="0">
    <categories>
      <category value="中国移动" label="中国移动 China Mobile" render="true" symbol="0"/>
      <category value="中国电信" label="中国电信 China Telecom" render="true" symbol="1"/>
      <category value="中国联通" label="中国联通 China Unicom" render="true" symbol="2"/>
      <category value="中国广电" label="中国广电 China Broadnet" render="true" symbol="3"/>
    </categories>
    <symbols>
      <symbol force_rhr="0" clip_to_extent="1" type="marker" name="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="square" type="QString" name="cap_style"/>
            <Option value="31,120,180,255" type="QString" name="color"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="circle" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.2" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="1.8" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="31,120,180,255" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="1.8" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" clip_to_extent="1" type="marker" name="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="square" type="QString" name="cap_style"/>
            <Option value="255,127,0,255" type="QString" name="color"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="circle" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.2" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="1.8" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="255,127,0,255" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="1.8" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" clip_to_extent="1" type="marker" name="2" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="square" type="QString" name="cap_style"/>
            <Option value="227,26,28,255" type="QString" name="color"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="circle" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.2" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="1.8" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="227,26,28,255" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="1.8" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" clip_to_extent="1" type="marker" name="3" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="square" type="QString" name="cap_style"/>
            <Option value="106,61,154,255" type="QString" name="color"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="circle" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.2" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="1.8" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="106,61,154,255" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="1.8" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
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
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="station_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="name" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="operator" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option value="中国移动" type="QString" name="中国移动"/>
              </Option>
              <Option type="Map">
                <Option value="中国电信" type="QString" name="中国电信"/>
              </Option>
              <Option type="Map">
                <Option value="中国联通" type="QString" name="中国联通"/>
              </Option>
              <Option type="Map">
                <Option value="中国广电" type="QString" name="中国广电"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="band" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option value="n1" type="QString" name="n1"/>
              </Option>
              <Option type="Map">
                <Option value="n28" type="QString" name="n28"/>
              </Option>
              <Option type="Map">
                <Option value="n41" type="QString" name="n41"/>
              </Option>
              <Option type="Map">
                <Option value="n78" type="QString" name="n78"/>
              </Option>
              <Option type="Map">
                <Option value="n79" type="QString" name="n79"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="scene" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option value="dense_urban" type="QString" name="密集城区（dense_urban）"/>
              </Option>
              <Option type="Map">
                <Option value="urban" type="QString" name="城区（urban）"/>
              </Option>
              <Option type="Map">
                <Option value="suburban" type="QString" name="郊区（suburban）"/>
              </Option>
              <Option type="Map">
                <Option value="rural" type="QString" name="农村（rural）"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="antenna_height_m" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" type="bool" name="AllowNull"/>
            <Option value="500" type="int" name="Max"/>
            <Option value="0" type="int" name="Min"/>
            <Option value="1" type="int" name="Precision"/>
            <Option value="1" type="int" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="azimuth_deg" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" type="bool" name="AllowNull"/>
            <Option value="360" type="int" name="Max"/>
            <Option value="0" type="int" name="Min"/>
            <Option value="1" type="int" name="Precision"/>
            <Option value="1" type="int" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="coverage_radius_m" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" type="bool" name="AllowNull"/>
            <Option value="50000" type="int" name="Max"/>
            <Option value="0" type="int" name="Min"/>
            <Option value="1" type="int" name="Precision"/>
            <Option value="1" type="int" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="status" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option value="planned" type="QString" name="规划（planned）"/>
              </Option>
              <Option type="Map">
                <Option value="building" type="QString" name="在建（building）"/>
              </Option>
              <Option type="Map">
                <Option value="built" type="QString" name="建成（built）"/>
              </Option>
              <Option type="Map">
                <Option value="active" type="QString" name="开通（active）"/>
              </Option>
              <Option type="Map">
                <Option value="retired" type="QString" name="退网（retired）"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="built_date" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option value="true" type="bool" name="allow_null"/>
            <Option value="true" type="bool" name="calendar_popup"/>
            <Option value="yyyy-MM-dd" type="QString" name="display_format"/>
            <Option value="yyyy-MM-dd" type="QString" name="field_format"/>
            <Option value="false" type="bool" name="field_iso_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="opened_date" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option value="true" type="bool" name="allow_null"/>
            <Option value="true" type="bool" name="calendar_popup"/>
            <Option value="yyyy-MM-dd" type="QString" name="display_format"/>
            <Option value="yyyy-MM-dd" type="QString" name="field_format"/>
            <Option value="false" type="bool" name="field_iso_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="retired_date" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option value="true" type="bool" name="allow_null"/>
            <Option value="true" type="bool" name="calendar_popup"/>
            <Option value="yyyy-MM-dd" type="QString" name="display_format"/>
            <Option value="yyyy-MM-dd" type="QString" name="field_format"/>
            <Option value="false" type="bool" name="field_iso_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="version" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="updated_at" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="fid" index="0" name="要素号 Feature id"/>
    <alias field="station_id" index="1" name="站点编号 Station ID"/>
    <alias field="name" index="2" name="站点名称 Name"/>
    <alias field="operator" index="3" name="运营商 Operator"/>
    <alias field="band" index="4" name="频段 Band"/>
    <alias field="scene" index="5" name="场景 Scene"/>
    <alias field="antenna_height_m" index="6" name="天线挂高(米) Antenna height (m)"/>
    <alias field="azimuth_deg" index="7" name="方位角(度) Azimuth (°)"/>
    <alias field="coverage_radius_m" index="8" name="覆盖半径(米) Coverage radius (m)"/>
    <alias field="status" index="9" name="状态 Status"/>
    <alias field="built_date" index="10" name="建成日期 Built"/>
    <alias field="opened_date" index="11" name="开通日期 Opened"/>
    <alias field="retired_date" index="12" name="退网日期 Retired"/>
    <alias field="version" index="13" name="版本 Version"/>
    <alias field="updated_at" index="14" name="更新时间 Updated at"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="station_id" expression="" applyOnUpdate="0"/>
    <default field="name" expression="" applyOnUpdate="0"/>
    <default field="operator" expression="" applyOnUpdate="0"/>
    <default field="band" expression="" applyOnUpdate="0"/>
    <default field="scene" expression="" applyOnUpdate="0"/>
    <default field="antenna_height_m" expression="" applyOnUpdate="0"/>
    <default field="azimuth_deg" expression="" applyOnUpdate="0"/>
    <default field="coverage_radius_m" expression="" applyOnUpdate="0"/>
    <default field="status" expression="" applyOnUpdate="0"/>
    <default field="built_date" expression="" applyOnUpdate="0"/>
    <default field="opened_date" expression="" applyOnUpdate="0"/>
    <default field="retired_date" expression="" applyOnUpdate="0"/>
    <default field="version" expression="" applyOnUpdate="0"/>
    <default field="updated_at" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="fid" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="station_id" notnull_strength="1" constraints="7" exp_strength="1" unique_strength="1"/>
    <constraint field="name" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="operator" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="band" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="scene" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="antenna_height_m" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="azimuth_deg" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="coverage_radius_m" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="status" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="built_date" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="opened_date" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="retired_date" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="version" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="updated_at" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
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
