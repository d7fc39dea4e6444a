<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="Symbology|Labeling|Fields|Forms|Rendering|Temporal" symbologyReferenceScale="-1" minScale="100000000" labelsEnabled="0" simplifyDrawingHints="1" simplifyAlgorithm="0">
  <temporal fixedDuration="0" mode="2" startExpression="" limitMode="0" enabled="1" startField="recorded_date" endField="valid_to" endExpression="" accumulate="0" durationField="" durationUnit="min">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" type="categorizedSymbol" symbollevels="0" attr="if(&quot;iot_device_id&quot; IS NOT NULL AND trim(&quot;iot_device_id&quot;) &lt;> '', 'true', 'false')" referencescale="-1" enableorderby="0">
    <categories>
      <category render="true" label="已接入监测 IoT monitored" symbol="0" value="true"/>
      <category render="true" label="未监测 not monitored" symbol="1" value="false"/>
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
            <Option type="QString" value="0,168,132,255" name="color"/>
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
            <Option type="QString" value="1.2" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
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
            <Option type="QString" value="158,158,158,255" name="color"/>
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
            <Option type="QString" value="1.2" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
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
    <field configurationFlags="None" name="obj_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="component_code">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="0101" name="上水井盖（0101）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="0102" name="污水井盖（0102）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="0103" name="雨水井盖（0103）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="0104" name="雨水箅子（0104）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="0105" name="电力井盖（0105）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="0106" name="路灯井盖（0106）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="0107" name="通讯井盖（0107）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="0108" name="电视井盖（0108）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="0109" name="网络井盖（0109）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="0110" name="热力井盖（0110）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="0111" name="燃气井盖（0111）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="0112" name="公安井盖（0112）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="0199" name="其他井盖（0199）"/>
              </Option>
            </Option>
          </Option>
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
    <field configurationFlags="None" name="state">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="intact" name="完好（intact）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="damaged" name="破损（damaged）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="missing" name="丢失（missing）"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="occupied" name="占用（occupied）"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="owner_dept">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="recorded_date">
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
    <field configurationFlags="None" name="iot_device_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="iot_since">
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
    <field configurationFlags="None" name="valid_to">
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
    <alias index="1" field="obj_id" name="部件标识码 ObjID"/>
    <alias index="2" field="component_code" name="部件小类代码 Component code"/>
    <alias index="3" field="name" name="部件名称 Name"/>
    <alias index="4" field="state" name="部件状态 State"/>
    <alias index="5" field="owner_dept" name="主管部门 Owner department"/>
    <alias index="6" field="recorded_date" name="初始日期 Recorded"/>
    <alias index="7" field="iot_device_id" name="监测设备编号 IoT device"/>
    <alias index="8" field="iot_since" name="接入日期 IoT connected"/>
    <alias index="9" field="valid_to" name="注销日期 Removed"/>
    <alias index="10" field="version" name="版本 Version"/>
    <alias index="11" field="updated_at" name="更新时间 Updated at"/>
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
    <constraint constraints="0" field="fid" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="7" field="obj_id" unique_strength="1" exp_strength="1" notnull_strength="1"/>
    <constraint constraints="4" field="component_code" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="4" field="name" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="4" field="state" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="4" field="owner_dept" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="0" field="recorded_date" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="4" field="iot_device_id" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="0" field="iot_since" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="4" field="valid_to" unique_strength="0" exp_strength="1" notnull_strength="0"/>
    <constraint constraints="0" field="version" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="updated_at" unique_strength="0" exp_strength="0" notnull_strength="0"/>
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
