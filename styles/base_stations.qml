<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingHints="1" simplifyAlgorithm="0" version="3.22.16-Białowieża" maxScale="0" labelsEnabled="0" simplifyLocal="1" simplifyDrawingTol="1" styleCategories="Symbology|Labeling|Fields|Forms|Rendering|Temporal" minScale="100000000" simplifyMaxScale="1" hasScaleBasedVisibilityFlag="0" symbologyReferenceScale="-1">
  <temporal mode="4" startExpression="CASE WHEN &quot;retired_date&quot; IS NULL AND lower(trim(coalesce(&quot;status&quot;, ''))) IN ('retired') THEN NULL WHEN &quot;opened_date&quot; IS NOT NULL THEN to_datetime(&quot;opened_date&quot;) WHEN lower(trim(coalesce(&quot;status&quot;, ''))) IN ('active') THEN @map_start_time END" startField="opened_date" endField="retired_date" durationField="" limitMode="1" accumulate="0" endExpression="coalesce(to_datetime(&quot;retired_date&quot;), @map_end_time) - @map_interval" enabled="1" durationUnit="min" fixedDuration="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 symbollevels="0" referencescale="-1" forceraster="0" attr="operator" type="categorizedSymbol" enableorderby="0">
    <categories>
      <category label="中国移动 China Mobile" symbol="0" value="中国移动" render="true"/>
      <category label="中国电信 China Telecom" symbol="1" value="中国电信" render="true"/>
      <category label="中国联通 China Unicom" symbol="2" value="中国联通" render="true"/>
      <category label="中国广电 China Broadnet" symbol="3" value="中国广电" render="true"/>
    </categories>
    <symbols>
      <symbol alpha="1" clip_to_extent="1" name="0" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="31,120,180,255" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="circle" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="255,255,255,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.2" type="QString"/>
            <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="size" value="1.8" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
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
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" name="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="255,127,0,255" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="circle" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="255,255,255,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.2" type="QString"/>
            <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="size" value="1.8" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
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
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" name="2" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="227,26,28,255" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="circle" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="255,255,255,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.2" type="QString"/>
            <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="size" value="1.8" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
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
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" name="3" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="106,61,154,255" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="circle" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="255,255,255,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.2" type="QString"/>
            <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="size" value="1.8" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
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
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
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
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="中国移动" value="中国移动" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="中国电信" value="中国电信" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="中国联通" value="中国联通" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="中国广电" value="中国广电" type="QString"/>
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
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="n1" value="n1" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="n28" value="n28" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="n41" value="n41" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="n78" value="n78" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="n79" value="n79" type="QString"/>
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
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="密集城区（dense_urban）" value="dense_urban" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="城区（urban）" value="urban" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="郊区（suburban）" value="suburban" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="农村（rural）" value="rural" type="QString"/>
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
            <Option name="AllowNull" value="true" type="bool"/>
            <Option name="Max" value="500" type="int"/>
            <Option name="Min" value="0" type="int"/>
            <Option name="Precision" value="1" type="int"/>
            <Option name="Step" value="1" type="int"/>
            <Option name="Style" value="SpinBox" type="QString"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="azimuth_deg" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option name="AllowNull" value="true" type="bool"/>
            <Option name="Max" value="360" type="int"/>
            <Option name="Min" value="0" type="int"/>
            <Option name="Precision" value="1" type="int"/>
            <Option name="Step" value="1" type="int"/>
            <Option name="Style" value="SpinBox" type="QString"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="coverage_radius_m" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option name="AllowNull" value="true" type="bool"/>
            <Option name="Max" value="50000" type="int"/>
            <Option name="Min" value="0" type="int"/>
            <Option name="Precision" value="1" type="int"/>
            <Option name="Step" value="1" type="int"/>
            <Option name="Style" value="SpinBox" type="QString"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="status" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="规划（planned）" value="planned" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="在建（building）" value="building" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="建成（built）" value="built" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="开通（active）" value="active" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="退网（retired）" value="retired" type="QString"/>
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
            <Option name="allow_null" value="true" type="bool"/>
            <Option name="calendar_popup" value="true" type="bool"/>
            <Option name="display_format" value="yyyy-MM-dd" type="QString"/>
            <Option name="field_format" value="yyyy-MM-dd" type="QString"/>
            <Option name="field_iso_format" value="false" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="opened_date" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" value="true" type="bool"/>
            <Option name="calendar_popup" value="true" type="bool"/>
            <Option name="display_format" value="yyyy-MM-dd" type="QString"/>
            <Option name="field_format" value="yyyy-MM-dd" type="QString"/>
            <Option name="field_iso_format" value="false" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="retired_date" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" value="true" type="bool"/>
            <Option name="calendar_popup" value="true" type="bool"/>
            <Option name="display_format" value="yyyy-MM-dd" type="QString"/>
            <Option name="field_format" value="yyyy-MM-dd" type="QString"/>
            <Option name="field_iso_format" value="false" type="bool"/>
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
    <alias index="0" name="要素号 Feature id" field="fid"/>
    <alias index="1" name="站点编号 Station ID" field="station_id"/>
    <alias index="2" name="站点名称 Name" field="name"/>
    <alias index="3" name="运营商 Operator" field="operator"/>
    <alias index="4" name="频段 Band" field="band"/>
    <alias index="5" name="场景 Scene" field="scene"/>
    <alias index="6" name="天线挂高(米) Antenna height (m)" field="antenna_height_m"/>
    <alias index="7" name="方位角(度) Azimuth (°)" field="azimuth_deg"/>
    <alias index="8" name="覆盖半径(米) Coverage radius (m)" field="coverage_radius_m"/>
    <alias index="9" name="状态 Status" field="status"/>
    <alias index="10" name="建成日期 Built" field="built_date"/>
    <alias index="11" name="开通日期 Opened" field="opened_date"/>
    <alias index="12" name="退网日期 Retired" field="retired_date"/>
    <alias index="13" name="版本 Version" field="version"/>
    <alias index="14" name="更新时间 Updated at" field="updated_at"/>
  </aliases>
  <defaults>
    <default field="fid" applyOnUpdate="0" expression=""/>
    <default field="station_id" applyOnUpdate="0" expression=""/>
    <default field="name" applyOnUpdate="0" expression=""/>
    <default field="operator" applyOnUpdate="0" expression=""/>
    <default field="band" applyOnUpdate="0" expression=""/>
    <default field="scene" applyOnUpdate="0" expression=""/>
    <default field="antenna_height_m" applyOnUpdate="0" expression=""/>
    <default field="azimuth_deg" applyOnUpdate="0" expression=""/>
    <default field="coverage_radius_m" applyOnUpdate="0" expression=""/>
    <default field="status" applyOnUpdate="0" expression=""/>
    <default field="built_date" applyOnUpdate="0" expression=""/>
    <default field="opened_date" applyOnUpdate="0" expression=""/>
    <default field="retired_date" applyOnUpdate="0" expression=""/>
    <default field="version" applyOnUpdate="0" expression=""/>
    <default field="updated_at" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint field="fid" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="station_id" notnull_strength="1" unique_strength="1" exp_strength="1" constraints="7"/>
    <constraint field="name" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="operator" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="band" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="scene" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="antenna_height_m" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="azimuth_deg" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="coverage_radius_m" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="status" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="built_date" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="opened_date" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="retired_date" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="version" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="updated_at" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" desc="" exp=""/>
    <constraint field="station_id" desc="5G基站的站点编号（station_id）不能为空。 / Station ID (station_id) of 5G base stations is required.&#xa;5G基站的站点编号（station_id）最多 100 个字符。 / Station ID (station_id) of 5G base stations holds at most 100 characters." exp="(&quot;station_id&quot; IS NOT NULL AND trim(to_string(&quot;station_id&quot;)) &lt;> '') AND (&quot;station_id&quot; IS NULL OR length(&quot;station_id&quot;) &lt;= 100)"/>
    <constraint field="name" desc="5G基站的站点名称（name）最多 1000 个字符。 / Name (name) of 5G base stations holds at most 1000 characters." exp="(&quot;name&quot; IS NULL OR length(&quot;name&quot;) &lt;= 1000)"/>
    <constraint field="operator" desc="5G基站的运营商（operator）只能取：中国移动、中国电信、中国联通、中国广电。 / Operator (operator) of 5G base stations must be one of: 中国移动, 中国电信, 中国联通, 中国广电.&#xa;5G基站的运营商（operator）最多 1000 个字符。 / Operator (operator) of 5G base stations holds at most 1000 characters." exp="(&quot;operator&quot; IS NULL OR &quot;operator&quot; IN ('中国移动', '中国电信', '中国联通', '中国广电')) AND (&quot;operator&quot; IS NULL OR length(&quot;operator&quot;) &lt;= 1000)"/>
    <constraint field="band" desc="5G基站的频段（band）只能取：n1、n28、n41、n78、n79。 / Band (band) of 5G base stations must be one of: n1, n28, n41, n78, n79.&#xa;5G基站的频段（band）最多 1000 个字符。 / Band (band) of 5G base stations holds at most 1000 characters." exp="(&quot;band&quot; IS NULL OR &quot;band&quot; IN ('n1', 'n28', 'n41', 'n78', 'n79')) AND (&quot;band&quot; IS NULL OR length(&quot;band&quot;) &lt;= 1000)"/>
    <constraint field="scene" desc="5G基站的场景（scene）只能取：dense_urban（密集城区）、urban（城区）、suburban（郊区）、rural（农村）。 / Scene (scene) of 5G base stations must be one of: dense_urban, urban, suburban, rural.&#xa;5G基站的场景（scene）最多 1000 个字符。 / Scene (scene) of 5G base stations holds at most 1000 characters." exp="(&quot;scene&quot; IS NULL OR &quot;scene&quot; IN ('dense_urban', 'urban', 'suburban', 'rural')) AND (&quot;scene&quot; IS NULL OR length(&quot;scene&quot;) &lt;= 1000)"/>
    <constraint field="antenna_height_m" desc="5G基站的天线挂高(米)（antenna_height_m）必须在 0 到 500 之间，且须为数字。 / Antenna height (m) (antenna_height_m) of 5G base stations must be between 0 and 500, and a number." exp="(&quot;antenna_height_m&quot; IS NULL OR (&quot;antenna_height_m&quot; >= 0 AND &quot;antenna_height_m&quot; &lt;= 500))"/>
    <constraint field="azimuth_deg" desc="5G基站的方位角(度)（azimuth_deg）必须在 0 到 360 之间，且须为数字。 / Azimuth (°) (azimuth_deg) of 5G base stations must be between 0 and 360, and a number." exp="(&quot;azimuth_deg&quot; IS NULL OR (&quot;azimuth_deg&quot; >= 0 AND &quot;azimuth_deg&quot; &lt;= 360))"/>
    <constraint field="coverage_radius_m" desc="5G基站的覆盖半径(米)（coverage_radius_m）必须在 0 到 50000 之间，且须为数字。 / Coverage radius (m) (coverage_radius_m) of 5G base stations must be between 0 and 50000, and a number." exp="(&quot;coverage_radius_m&quot; IS NULL OR (&quot;coverage_radius_m&quot; >= 0 AND &quot;coverage_radius_m&quot; &lt;= 50000))"/>
    <constraint field="status" desc="5G基站的状态（status）只能取：planned（规划）、building（在建）、built（建成）、active（开通）、retired（退网）。 / Status (status) of 5G base stations must be one of: planned, building, built, active, retired.&#xa;5G基站的状态（status）最多 1000 个字符。 / Status (status) of 5G base stations holds at most 1000 characters." exp="(&quot;status&quot; IS NULL OR &quot;status&quot; IN ('planned', 'building', 'built', 'active', 'retired')) AND (&quot;status&quot; IS NULL OR length(&quot;status&quot;) &lt;= 1000)"/>
    <constraint field="built_date" desc="" exp=""/>
    <constraint field="opened_date" desc="5G基站的开通日期（opened_date）不能早于建成日期（built_date）。 / Opened (opened_date) of 5G base stations must not be before Built (built_date)." exp="(&quot;opened_date&quot; IS NULL OR &quot;built_date&quot; IS NULL OR &quot;opened_date&quot; >= &quot;built_date&quot;)"/>
    <constraint field="retired_date" desc="5G基站的退网日期（retired_date）必须晚于开通日期（opened_date）。 / Retired (retired_date) of 5G base stations must be after Opened (opened_date)." exp="(&quot;retired_date&quot; IS NULL OR &quot;opened_date&quot; IS NULL OR &quot;retired_date&quot; > &quot;opened_date&quot;)"/>
    <constraint field="version" desc="" exp=""/>
    <constraint field="updated_at" desc="" exp=""/>
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
