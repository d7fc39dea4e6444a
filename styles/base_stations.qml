<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" labelsEnabled="0" simplifyLocal="1" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|Forms|Rendering|Temporal" hasScaleBasedVisibilityFlag="0" maxScale="0">
  <temporal limitMode="1" startField="opened_date" durationField="" enabled="1" endExpression="coalesce(to_datetime(&quot;retired_date&quot;), @map_end_time) - @map_interval" startExpression="CASE WHEN &quot;retired_date&quot; IS NULL AND lower(trim(coalesce(&quot;status&quot;, ''))) IN ('retired') THEN NULL WHEN &quot;opened_date&quot; IS NOT NULL THEN to_datetime(&quot;opened_date&quot;) WHEN lower(trim(coalesce(&quot;status&quot;, ''))) IN ('active') THEN @map_start_time END" durationUnit="min" fixedDuration="0" accumulate="0" mode="4" endField="retired_date">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="categorizedSymbol" referencescale="-1" enableorderby="0" attr="operator" forceraster="0" symbollevels="0">
    <categories>
      <category symbol="0" value="中国移动" render="true" label="中国移动 China Mobile"/>
      <category symbol="1" value="中国电信" render="true" label="中国电信 China Telecom"/>
      <category symbol="2" value="中国联通" render="true" label="中国联通 China Unicom"/>
      <category symbol="3" value="中国广电" render="true" label="中国广电 China Broadnet"/>
    </categories>
    <symbols>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="31,120,180,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="1.8"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="255,127,0,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="1.8"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="227,26,28,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="1.8"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="106,61,154,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="1.8"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
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
                <Option type="QString" name="中国移动" value="中国移动"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="中国电信" value="中国电信"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="中国联通" value="中国联通"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="中国广电" value="中国广电"/>
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
                <Option type="QString" name="n1" value="n1"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="n28" value="n28"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="n41" value="n41"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="n78" value="n78"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="n79" value="n79"/>
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
                <Option type="QString" name="密集城区（dense_urban）" value="dense_urban"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="城区（urban）" value="urban"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="郊区（suburban）" value="suburban"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="农村（rural）" value="rural"/>
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
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="500"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="int" name="Step" value="1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="azimuth_deg" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="360"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="int" name="Step" value="1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="coverage_radius_m" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" name="AllowNull" value="true"/>
            <Option type="int" name="Max" value="50000"/>
            <Option type="int" name="Min" value="0"/>
            <Option type="int" name="Precision" value="1"/>
            <Option type="int" name="Step" value="1"/>
            <Option type="QString" name="Style" value="SpinBox"/>
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
                <Option type="QString" name="规划（planned）" value="planned"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="在建（building）" value="building"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="建成（built）" value="built"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="开通（active）" value="active"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="退网（retired）" value="retired"/>
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
            <Option type="bool" name="allow_null" value="true"/>
            <Option type="bool" name="calendar_popup" value="true"/>
            <Option type="QString" name="display_format" value="yyyy-MM-dd"/>
            <Option type="QString" name="field_format" value="yyyy-MM-dd"/>
            <Option type="bool" name="field_iso_format" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="opened_date" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option type="bool" name="allow_null" value="true"/>
            <Option type="bool" name="calendar_popup" value="true"/>
            <Option type="QString" name="display_format" value="yyyy-MM-dd"/>
            <Option type="QString" name="field_format" value="yyyy-MM-dd"/>
            <Option type="bool" name="field_iso_format" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="retired_date" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option type="bool" name="allow_null" value="true"/>
            <Option type="bool" name="calendar_popup" value="true"/>
            <Option type="QString" name="display_format" value="yyyy-MM-dd"/>
            <Option type="QString" name="field_format" value="yyyy-MM-dd"/>
            <Option type="bool" name="field_iso_format" value="false"/>
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
    <alias name="要素号 Feature id" field="fid" index="0"/>
    <alias name="站点编号 Station ID" field="station_id" index="1"/>
    <alias name="站点名称 Name" field="name" index="2"/>
    <alias name="运营商 Operator" field="operator" index="3"/>
    <alias name="频段 Band" field="band" index="4"/>
    <alias name="场景 Scene" field="scene" index="5"/>
    <alias name="天线挂高(米) Antenna height (m)" field="antenna_height_m" index="6"/>
    <alias name="方位角(度) Azimuth (°)" field="azimuth_deg" index="7"/>
    <alias name="覆盖半径(米) Coverage radius (m)" field="coverage_radius_m" index="8"/>
    <alias name="状态 Status" field="status" index="9"/>
    <alias name="建成日期 Built" field="built_date" index="10"/>
    <alias name="开通日期 Opened" field="opened_date" index="11"/>
    <alias name="退网日期 Retired" field="retired_date" index="12"/>
    <alias name="版本 Version" field="version" index="13"/>
    <alias name="更新时间 Updated at" field="updated_at" index="14"/>
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
    <constraint unique_strength="0" exp_strength="0" field="fid" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="1" exp_strength="1" field="station_id" notnull_strength="1" constraints="7"/>
    <constraint unique_strength="0" exp_strength="1" field="name" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="1" field="operator" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="1" field="band" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="1" field="scene" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="1" field="antenna_height_m" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="1" field="azimuth_deg" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="1" field="coverage_radius_m" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="1" field="status" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="0" field="built_date" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="1" field="opened_date" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="1" field="retired_date" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="0" field="version" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="updated_at" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="fid" exp=""/>
    <constraint desc="5G基站的站点编号（station_id）不能为空。 / Station ID (station_id) of 5G base stations is required.&#xa;5G基站的站点编号（station_id）最多 100 个字符。 / Station ID (station_id) of 5G base stations holds at most 100 characters." field="station_id" exp="(&quot;station_id&quot; IS NOT NULL AND trim(to_string(&quot;station_id&quot;)) &lt;> '') AND (&quot;station_id&quot; IS NULL OR length(&quot;station_id&quot;) &lt;= 100)"/>
    <constraint desc="5G基站的站点名称（name）最多 1000 个字符。 / Name (name) of 5G base stations holds at most 1000 characters." field="name" exp="(&quot;name&quot; IS NULL OR length(&quot;name&quot;) &lt;= 1000)"/>
    <constraint desc="5G基站的运营商（operator）只能取：中国移动、中国电信、中国联通、中国广电。 / Operator (operator) of 5G base stations must be one of: 中国移动, 中国电信, 中国联通, 中国广电.&#xa;5G基站的运营商（operator）最多 1000 个字符。 / Operator (operator) of 5G base stations holds at most 1000 characters." field="operator" exp="(&quot;operator&quot; IS NULL OR &quot;operator&quot; IN ('中国移动', '中国电信', '中国联通', '中国广电')) AND (&quot;operator&quot; IS NULL OR length(&quot;operator&quot;) &lt;= 1000)"/>
    <constraint desc="5G基站的频段（band）只能取：n1、n28、n41、n78、n79。 / Band (band) of 5G base stations must be one of: n1, n28, n41, n78, n79.&#xa;5G基站的频段（band）最多 1000 个字符。 / Band (band) of 5G base stations holds at most 1000 characters." field="band" exp="(&quot;band&quot; IS NULL OR &quot;band&quot; IN ('n1', 'n28', 'n41', 'n78', 'n79')) AND (&quot;band&quot; IS NULL OR length(&quot;band&quot;) &lt;= 1000)"/>
    <constraint desc="5G基站的场景（scene）只能取：dense_urban（密集城区）、urban（城区）、suburban（郊区）、rural（农村）。 / Scene (scene) of 5G base stations must be one of: dense_urban, urban, suburban, rural.&#xa;5G基站的场景（scene）最多 1000 个字符。 / Scene (scene) of 5G base stations holds at most 1000 characters." field="scene" exp="(&quot;scene&quot; IS NULL OR &quot;scene&quot; IN ('dense_urban', 'urban', 'suburban', 'rural')) AND (&quot;scene&quot; IS NULL OR length(&quot;scene&quot;) &lt;= 1000)"/>
    <constraint desc="5G基站的天线挂高(米)（antenna_height_m）必须在 0 到 500 之间，且须为数字。 / Antenna height (m) (antenna_height_m) of 5G base stations must be between 0 and 500, and a number." field="antenna_height_m" exp="(&quot;antenna_height_m&quot; IS NULL OR (&quot;antenna_height_m&quot; >= 0 AND &quot;antenna_height_m&quot; &lt;= 500))"/>
    <constraint desc="5G基站的方位角(度)（azimuth_deg）必须在 0 到 360 之间，且须为数字。 / Azimuth (°) (azimuth_deg) of 5G base stations must be between 0 and 360, and a number." field="azimuth_deg" exp="(&quot;azimuth_deg&quot; IS NULL OR (&quot;azimuth_deg&quot; >= 0 AND &quot;azimuth_deg&quot; &lt;= 360))"/>
    <constraint desc="5G基站的覆盖半径(米)（coverage_radius_m）必须在 0 到 50000 之间，且须为数字。 / Coverage radius (m) (coverage_radius_m) of 5G base stations must be between 0 and 50000, and a number." field="coverage_radius_m" exp="(&quot;coverage_radius_m&quot; IS NULL OR (&quot;coverage_radius_m&quot; >= 0 AND &quot;coverage_radius_m&quot; &lt;= 50000))"/>
    <constraint desc="5G基站的状态（status）只能取：planned（规划）、building（在建）、built（建成）、active（开通）、retired（退网）。 / Status (status) of 5G base stations must be one of: planned, building, built, active, retired.&#xa;5G基站的状态（status）最多 1000 个字符。 / Status (status) of 5G base stations holds at most 1000 characters." field="status" exp="(&quot;status&quot; IS NULL OR &quot;status&quot; IN ('planned', 'building', 'built', 'active', 'retired')) AND (&quot;status&quot; IS NULL OR length(&quot;status&quot;) &lt;= 1000)"/>
    <constraint desc="" field="built_date" exp=""/>
    <constraint desc="5G基站的开通日期（opened_date）不能早于建成日期（built_date）。 / Opened (opened_date) of 5G base stations must not be before Built (built_date)." field="opened_date" exp="(&quot;opened_date&quot; IS NULL OR &quot;built_date&quot; IS NULL OR &quot;opened_date&quot; >= &quot;built_date&quot;)"/>
    <constraint desc="5G基站的退网日期（retired_date）必须晚于开通日期（opened_date）。 / Retired (retired_date) of 5G base stations must be after Opened (opened_date)." field="retired_date" exp="(&quot;retired_date&quot; IS NULL OR &quot;opened_date&quot; IS NULL OR &quot;retired_date&quot; > &quot;opened_date&quot;)"/>
    <constraint desc="" field="version" exp=""/>
    <constraint desc="" field="updated_at" exp=""/>
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
