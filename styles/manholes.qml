<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" labelsEnabled="0" simplifyLocal="1" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|Forms|Rendering|Temporal" hasScaleBasedVisibilityFlag="0" maxScale="0">
  <temporal limitMode="1" startField="recorded_date" durationField="" enabled="1" endExpression="coalesce(to_datetime(&quot;valid_to&quot;), @map_end_time) - @map_interval" startExpression="coalesce(to_datetime(&quot;recorded_date&quot;), @map_start_time)" durationUnit="min" fixedDuration="0" accumulate="0" mode="4" endField="valid_to">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="categorizedSymbol" referencescale="-1" enableorderby="0" attr="if(&quot;iot_device_id&quot; IS NOT NULL AND trim(&quot;iot_device_id&quot;) &lt;> '', 'true', 'false')" forceraster="0" symbollevels="0">
    <categories>
      <category symbol="0" value="true" render="true" label="已接入监测 IoT monitored"/>
      <category symbol="1" value="false" render="true" label="未监测 not monitored"/>
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
            <Option type="QString" name="color" value="0,168,132,255"/>
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
            <Option type="QString" name="size" value="1.2"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="0,168,132,255"/>
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
          <prop k="size" v="1.2"/>
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
            <Option type="QString" name="color" value="158,158,158,255"/>
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
            <Option type="QString" name="size" value="1.2"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="158,158,158,255"/>
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
          <prop k="size" v="1.2"/>
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
    <field name="obj_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="component_code" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="上水井盖（0101）" value="0101"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="污水井盖（0102）" value="0102"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="雨水井盖（0103）" value="0103"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="雨水箅子（0104）" value="0104"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="电力井盖（0105）" value="0105"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="路灯井盖（0106）" value="0106"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="通讯井盖（0107）" value="0107"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="电视井盖（0108）" value="0108"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="网络井盖（0109）" value="0109"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="热力井盖（0110）" value="0110"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="燃气井盖（0111）" value="0111"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="公安井盖（0112）" value="0112"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="其他井盖（0199）" value="0199"/>
              </Option>
            </Option>
          </Option>
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
    <field name="state" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="完好（intact）" value="intact"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="破损（damaged）" value="damaged"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="丢失（missing）" value="missing"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="占用（occupied）" value="occupied"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="owner_dept" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="recorded_date" configurationFlags="None">
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
    <field name="iot_device_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="iot_since" configurationFlags="None">
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
    <field name="valid_to" configurationFlags="None">
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
    <alias name="部件标识码 ObjID" field="obj_id" index="1"/>
    <alias name="部件小类代码 Component code" field="component_code" index="2"/>
    <alias name="部件名称 Name" field="name" index="3"/>
    <alias name="部件状态 State" field="state" index="4"/>
    <alias name="主管部门 Owner department" field="owner_dept" index="5"/>
    <alias name="初始日期 Recorded" field="recorded_date" index="6"/>
    <alias name="监测设备编号 IoT device" field="iot_device_id" index="7"/>
    <alias name="接入日期 IoT connected" field="iot_since" index="8"/>
    <alias name="注销日期 Removed" field="valid_to" index="9"/>
    <alias name="版本 Version" field="version" index="10"/>
    <alias name="更新时间 Updated at" field="updated_at" index="11"/>
  </aliases>
  <defaults>
    <default expression="" field="fid" applyOnUpdate="0"/>
    <default expression="" field="obj_id" applyOnUpdate="0"/>
    <default expression="" field="component_code" applyOnUpdate="0"/>
    <default expression="" field="name" applyOnUpdate="0"/>
    <default expression="" field="state" applyOnUpdate="0"/>
    <default expression="" field="owner_dept" applyOnUpdate="0"/>
    <default expression="" field="recorded_date" applyOnUpdate="0"/>
    <default expression="" field="iot_device_id" applyOnUpdate="0"/>
    <default expression="" field="iot_since" applyOnUpdate="0"/>
    <default expression="" field="valid_to" applyOnUpdate="0"/>
    <default expression="" field="version" applyOnUpdate="0"/>
    <default expression="" field="updated_at" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="fid" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="1" exp_strength="1" field="obj_id" notnull_strength="1" constraints="7"/>
    <constraint unique_strength="0" exp_strength="1" field="component_code" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="1" field="name" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="1" field="state" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="1" field="owner_dept" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="0" field="recorded_date" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="1" field="iot_device_id" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="0" field="iot_since" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="1" field="valid_to" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" exp_strength="0" field="version" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="updated_at" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="fid" exp=""/>
    <constraint desc="窨井盖的部件标识码（obj_id）不能为空。 / ObjID (obj_id) of Manhole covers is required.&#xa;窨井盖的部件标识码（obj_id）最多 100 个字符。 / ObjID (obj_id) of Manhole covers holds at most 100 characters." field="obj_id" exp="(&quot;obj_id&quot; IS NOT NULL AND trim(to_string(&quot;obj_id&quot;)) &lt;> '') AND (&quot;obj_id&quot; IS NULL OR length(&quot;obj_id&quot;) &lt;= 100)"/>
    <constraint desc="窨井盖的部件小类代码（component_code）最多 100 个字符。 / Component code (component_code) of Manhole covers holds at most 100 characters." field="component_code" exp="(&quot;component_code&quot; IS NULL OR length(&quot;component_code&quot;) &lt;= 100)"/>
    <constraint desc="窨井盖的部件名称（name）最多 1000 个字符。 / Name (name) of Manhole covers holds at most 1000 characters." field="name" exp="(&quot;name&quot; IS NULL OR length(&quot;name&quot;) &lt;= 1000)"/>
    <constraint desc="窨井盖的部件状态（state）只能取：intact（完好）、damaged（破损）、missing（丢失）、occupied（占用）。 / State (state) of Manhole covers must be one of: intact, damaged, missing, occupied.&#xa;窨井盖的部件状态（state）最多 1000 个字符。 / State (state) of Manhole covers holds at most 1000 characters." field="state" exp="(&quot;state&quot; IS NULL OR &quot;state&quot; IN ('intact', 'damaged', 'missing', 'occupied')) AND (&quot;state&quot; IS NULL OR length(&quot;state&quot;) &lt;= 1000)"/>
    <constraint desc="窨井盖的主管部门（owner_dept）最多 1000 个字符。 / Owner department (owner_dept) of Manhole covers holds at most 1000 characters." field="owner_dept" exp="(&quot;owner_dept&quot; IS NULL OR length(&quot;owner_dept&quot;) &lt;= 1000)"/>
    <constraint desc="" field="recorded_date" exp=""/>
    <constraint desc="窨井盖的监测设备编号（iot_device_id）最多 100 个字符。 / IoT device (iot_device_id) of Manhole covers holds at most 100 characters." field="iot_device_id" exp="(&quot;iot_device_id&quot; IS NULL OR length(&quot;iot_device_id&quot;) &lt;= 100)"/>
    <constraint desc="" field="iot_since" exp=""/>
    <constraint desc="窨井盖的注销日期（valid_to）必须晚于初始日期（recorded_date）。 / Removed (valid_to) of Manhole covers must be after Recorded (recorded_date)." field="valid_to" exp="(&quot;valid_to&quot; IS NULL OR &quot;recorded_date&quot; IS NULL OR &quot;valid_to&quot; > &quot;recorded_date&quot;)"/>
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
