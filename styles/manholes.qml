<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" styleCategories="Symbology|Labeling|Fields|Forms|Rendering|Temporal" symbologyReferenceScale="-1" minScale="100000000" labelsEnabled="0" simplifyMaxScale="1" simplifyDrawingHints="1" simplifyAlgorithm="0" maxScale="0" version="3.22.16-Białowieża" simplifyLocal="1">
  <temporal endField="valid_to" endExpression="" durationField="" enabled="1" mode="2" limitMode="0" fixedDuration="0" startField="recorded_date" accumulate="0" startExpression="" durationUnit="min">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 referencescale="-1" enableorderby="0" type="categorizedSymbol" attr="if(&quot;iot_device_id&quot; IS NOT NULL AND trim(&quot;iot_device_id&quot;) &lt;> '', 'true', 'false')" forceraster="0" symbollevels="0">
    <categories>
      <category value="true" label="已接入监测 IoT monitored" render="true" symbol="0"/>
      <category value="false" label="未监测 not monitored" render="true" symbol="1"/>
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
            <Option value="0,168,132,255" type="QString" name="color"/>
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
            <Option value="1.2" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="0,168,132,255" k="color"/>
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
          <prop v="1.2" k="size"/>
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
            <Option value="158,158,158,255" type="QString" name="color"/>
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
            <Option value="1.2" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="158,158,158,255" k="color"/>
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
          <prop v="1.2" k="size"/>
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
                <Option value="0101" type="QString" name="上水井盖（0101）"/>
              </Option>
              <Option type="Map">
                <Option value="0102" type="QString" name="污水井盖（0102）"/>
              </Option>
              <Option type="Map">
                <Option value="0103" type="QString" name="雨水井盖（0103）"/>
              </Option>
              <Option type="Map">
                <Option value="0104" type="QString" name="雨水箅子（0104）"/>
              </Option>
              <Option type="Map">
                <Option value="0105" type="QString" name="电力井盖（0105）"/>
              </Option>
              <Option type="Map">
                <Option value="0106" type="QString" name="路灯井盖（0106）"/>
              </Option>
              <Option type="Map">
                <Option value="0107" type="QString" name="通讯井盖（0107）"/>
              </Option>
              <Option type="Map">
                <Option value="0108" type="QString" name="电视井盖（0108）"/>
              </Option>
              <Option type="Map">
                <Option value="0109" type="QString" name="网络井盖（0109）"/>
              </Option>
              <Option type="Map">
                <Option value="0110" type="QString" name="热力井盖（0110）"/>
              </Option>
              <Option type="Map">
                <Option value="0111" type="QString" name="燃气井盖（0111）"/>
              </Option>
              <Option type="Map">
                <Option value="0112" type="QString" name="公安井盖（0112）"/>
              </Option>
              <Option type="Map">
                <Option value="0199" type="QString" name="其他井盖（0199）"/>
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
                <Option value="intact" type="QString" name="完好（intact）"/>
              </Option>
              <Option type="Map">
                <Option value="damaged" type="QString" name="破损（damaged）"/>
              </Option>
              <Option type="Map">
                <Option value="missing" type="QString" name="丢失（missing）"/>
              </Option>
              <Option type="Map">
                <Option value="occupied" type="QString" name="占用（occupied）"/>
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
            <Option value="true" type="bool" name="allow_null"/>
            <Option value="true" type="bool" name="calendar_popup"/>
            <Option value="yyyy-MM-dd" type="QString" name="display_format"/>
            <Option value="yyyy-MM-dd" type="QString" name="field_format"/>
            <Option value="false" type="bool" name="field_iso_format"/>
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
            <Option value="true" type="bool" name="allow_null"/>
            <Option value="true" type="bool" name="calendar_popup"/>
            <Option value="yyyy-MM-dd" type="QString" name="display_format"/>
            <Option value="yyyy-MM-dd" type="QString" name="field_format"/>
            <Option value="false" type="bool" name="field_iso_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="valid_to" configurationFlags="None">
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
    <alias field="obj_id" index="1" name="部件标识码 ObjID"/>
    <alias field="component_code" index="2" name="部件小类代码 Component code"/>
    <alias field="name" index="3" name="部件名称 Name"/>
    <alias field="state" index="4" name="部件状态 State"/>
    <alias field="owner_dept" index="5" name="主管部门 Owner department"/>
    <alias field="recorded_date" index="6" name="初始日期 Recorded"/>
    <alias field="iot_device_id" index="7" name="监测设备编号 IoT device"/>
    <alias field="iot_since" index="8" name="接入日期 IoT connected"/>
    <alias field="valid_to" index="9" name="注销日期 Removed"/>
    <alias field="version" index="10" name="版本 Version"/>
    <alias field="updated_at" index="11" name="更新时间 Updated at"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="obj_id" expression="" applyOnUpdate="0"/>
    <default field="component_code" expression="" applyOnUpdate="0"/>
    <default field="name" expression="" applyOnUpdate="0"/>
    <default field="state" expression="" applyOnUpdate="0"/>
    <default field="owner_dept" expression="" applyOnUpdate="0"/>
    <default field="recorded_date" expression="" applyOnUpdate="0"/>
    <default field="iot_device_id" expression="" applyOnUpdate="0"/>
    <default field="iot_since" expression="" applyOnUpdate="0"/>
    <default field="valid_to" expression="" applyOnUpdate="0"/>
    <default field="version" expression="" applyOnUpdate="0"/>
    <default field="updated_at" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="fid" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="obj_id" notnull_strength="1" constraints="7" exp_strength="1" unique_strength="1"/>
    <constraint field="component_code" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="name" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="state" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="owner_dept" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="recorded_date" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="iot_device_id" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="iot_since" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="valid_to" notnull_strength="0" constraints="4" exp_strength="1" unique_strength="0"/>
    <constraint field="version" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="updated_at" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="obj_id" exp="(&quot;obj_id&quot; IS NOT NULL AND trim(to_string(&quot;obj_id&quot;)) &lt;> '') AND (&quot;obj_id&quot; IS NULL OR length(&quot;obj_id&quot;) &lt;= 100)" desc="窨井盖的部件标识码（obj_id）不能为空。 / ObjID (obj_id) of Manhole covers is required.&#xa;窨井盖的部件标识码（obj_id）最多 100 个字符。 / ObjID (obj_id) of Manhole covers holds at most 100 characters."/>
    <constraint field="component_code" exp="(&quot;component_code&quot; IS NULL OR length(&quot;component_code&quot;) &lt;= 100)" desc="窨井盖的部件小类代码（component_code）最多 100 个字符。 / Component code (component_code) of Manhole covers holds at most 100 characters."/>
    <constraint field="name" exp="(&quot;name&quot; IS NULL OR length(&quot;name&quot;) &lt;= 1000)" desc="窨井盖的部件名称（name）最多 1000 个字符。 / Name (name) of Manhole covers holds at most 1000 characters."/>
    <constraint field="state" exp="(&quot;state&quot; IS NULL OR &quot;state&quot; IN ('intact', 'damaged', 'missing', 'occupied')) AND (&quot;state&quot; IS NULL OR length(&quot;state&quot;) &lt;= 1000)" desc="窨井盖的部件状态（state）只能取：intact（完好）、damaged（破损）、missing（丢失）、occupied（占用）。 / State (state) of Manhole covers must be one of: intact, damaged, missing, occupied.&#xa;窨井盖的部件状态（state）最多 1000 个字符。 / State (state) of Manhole covers holds at most 1000 characters."/>
    <constraint field="owner_dept" exp="(&quot;owner_dept&quot; IS NULL OR length(&quot;owner_dept&quot;) &lt;= 1000)" desc="窨井盖的主管部门（owner_dept）最多 1000 个字符。 / Owner department (owner_dept) of Manhole covers holds at most 1000 characters."/>
    <constraint field="recorded_date" exp="" desc=""/>
    <constraint field="iot_device_id" exp="(&quot;iot_device_id&quot; IS NULL OR length(&quot;iot_device_id&quot;) &lt;= 100)" desc="窨井盖的监测设备编号（iot_device_id）最多 100 个字符。 / IoT device (iot_device_id) of Manhole covers holds at most 100 characters."/>
    <constraint field="iot_since" exp="" desc=""/>
    <constraint field="valid_to" exp="(&quot;valid_to&quot; IS NULL OR &quot;recorded_date&quot; IS NULL OR &quot;valid_to&quot; > &quot;recorded_date&quot;)" desc="窨井盖的注销日期（valid_to）必须晚于初始日期（recorded_date）。 / Removed (valid_to) of Manhole covers must be after Recorded (recorded_date)."/>
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
