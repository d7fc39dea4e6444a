<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingHints="1" simplifyAlgorithm="0" version="3.22.16-Białowieża" maxScale="0" labelsEnabled="0" simplifyLocal="1" simplifyDrawingTol="1" styleCategories="Symbology|Labeling|Fields|Forms|Rendering|Temporal" minScale="100000000" simplifyMaxScale="1" hasScaleBasedVisibilityFlag="0" symbologyReferenceScale="-1">
  <temporal mode="4" startExpression="coalesce(to_datetime(&quot;recorded_date&quot;), @map_start_time)" startField="recorded_date" endField="valid_to" durationField="" limitMode="1" accumulate="0" endExpression="coalesce(to_datetime(&quot;valid_to&quot;), @map_end_time) - @map_interval" enabled="1" durationUnit="min" fixedDuration="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 symbollevels="0" referencescale="-1" forceraster="0" attr="if(&quot;iot_device_id&quot; IS NOT NULL AND trim(&quot;iot_device_id&quot;) &lt;> '', 'true', 'false')" type="categorizedSymbol" enableorderby="0">
    <categories>
      <category label="已接入监测 IoT monitored" symbol="0" value="true" render="true"/>
      <category label="未监测 not monitored" symbol="1" value="false" render="true"/>
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
            <Option name="color" value="0,168,132,255" type="QString"/>
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
            <Option name="size" value="1.2" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
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
            <Option name="color" value="158,158,158,255" type="QString"/>
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
            <Option name="size" value="1.2" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
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
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="上水井盖（0101）" value="0101" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="污水井盖（0102）" value="0102" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="雨水井盖（0103）" value="0103" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="雨水箅子（0104）" value="0104" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="电力井盖（0105）" value="0105" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="路灯井盖（0106）" value="0106" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="通讯井盖（0107）" value="0107" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="电视井盖（0108）" value="0108" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="网络井盖（0109）" value="0109" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="热力井盖（0110）" value="0110" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="燃气井盖（0111）" value="0111" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="公安井盖（0112）" value="0112" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="其他井盖（0199）" value="0199" type="QString"/>
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
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="完好（intact）" value="intact" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="破损（damaged）" value="damaged" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="丢失（missing）" value="missing" type="QString"/>
              </Option>
              <Option type="Map">
                <Option name="占用（occupied）" value="occupied" type="QString"/>
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
            <Option name="allow_null" value="true" type="bool"/>
            <Option name="calendar_popup" value="true" type="bool"/>
            <Option name="display_format" value="yyyy-MM-dd" type="QString"/>
            <Option name="field_format" value="yyyy-MM-dd" type="QString"/>
            <Option name="field_iso_format" value="false" type="bool"/>
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
            <Option name="allow_null" value="true" type="bool"/>
            <Option name="calendar_popup" value="true" type="bool"/>
            <Option name="display_format" value="yyyy-MM-dd" type="QString"/>
            <Option name="field_format" value="yyyy-MM-dd" type="QString"/>
            <Option name="field_iso_format" value="false" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="valid_to" configurationFlags="None">
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
    <alias index="1" name="部件标识码 ObjID" field="obj_id"/>
    <alias index="2" name="部件小类代码 Component code" field="component_code"/>
    <alias index="3" name="部件名称 Name" field="name"/>
    <alias index="4" name="部件状态 State" field="state"/>
    <alias index="5" name="主管部门 Owner department" field="owner_dept"/>
    <alias index="6" name="初始日期 Recorded" field="recorded_date"/>
    <alias index="7" name="监测设备编号 IoT device" field="iot_device_id"/>
    <alias index="8" name="接入日期 IoT connected" field="iot_since"/>
    <alias index="9" name="注销日期 Removed" field="valid_to"/>
    <alias index="10" name="版本 Version" field="version"/>
    <alias index="11" name="更新时间 Updated at" field="updated_at"/>
  </aliases>
  <defaults>
    <default field="fid" applyOnUpdate="0" expression=""/>
    <default field="obj_id" applyOnUpdate="0" expression=""/>
    <default field="component_code" applyOnUpdate="0" expression=""/>
    <default field="name" applyOnUpdate="0" expression=""/>
    <default field="state" applyOnUpdate="0" expression=""/>
    <default field="owner_dept" applyOnUpdate="0" expression=""/>
    <default field="recorded_date" applyOnUpdate="0" expression=""/>
    <default field="iot_device_id" applyOnUpdate="0" expression=""/>
    <default field="iot_since" applyOnUpdate="0" expression=""/>
    <default field="valid_to" applyOnUpdate="0" expression=""/>
    <default field="version" applyOnUpdate="0" expression=""/>
    <default field="updated_at" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint field="fid" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="obj_id" notnull_strength="1" unique_strength="1" exp_strength="1" constraints="7"/>
    <constraint field="component_code" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="name" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="state" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="owner_dept" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="recorded_date" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="iot_device_id" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="iot_since" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="valid_to" notnull_strength="0" unique_strength="0" exp_strength="1" constraints="4"/>
    <constraint field="version" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="updated_at" notnull_strength="0" unique_strength="0" exp_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" desc="" exp=""/>
    <constraint field="obj_id" desc="窨井盖的部件标识码（obj_id）不能为空。 / ObjID (obj_id) of Manhole covers is required.&#xa;窨井盖的部件标识码（obj_id）最多 100 个字符。 / ObjID (obj_id) of Manhole covers holds at most 100 characters." exp="(&quot;obj_id&quot; IS NOT NULL AND trim(to_string(&quot;obj_id&quot;)) &lt;> '') AND (&quot;obj_id&quot; IS NULL OR length(&quot;obj_id&quot;) &lt;= 100)"/>
    <constraint field="component_code" desc="窨井盖的部件小类代码（component_code）最多 100 个字符。 / Component code (component_code) of Manhole covers holds at most 100 characters." exp="(&quot;component_code&quot; IS NULL OR length(&quot;component_code&quot;) &lt;= 100)"/>
    <constraint field="name" desc="窨井盖的部件名称（name）最多 1000 个字符。 / Name (name) of Manhole covers holds at most 1000 characters." exp="(&quot;name&quot; IS NULL OR length(&quot;name&quot;) &lt;= 1000)"/>
    <constraint field="state" desc="窨井盖的部件状态（state）只能取：intact（完好）、damaged（破损）、missing（丢失）、occupied（占用）。 / State (state) of Manhole covers must be one of: intact, damaged, missing, occupied.&#xa;窨井盖的部件状态（state）最多 1000 个字符。 / State (state) of Manhole covers holds at most 1000 characters." exp="(&quot;state&quot; IS NULL OR &quot;state&quot; IN ('intact', 'damaged', 'missing', 'occupied')) AND (&quot;state&quot; IS NULL OR length(&quot;state&quot;) &lt;= 1000)"/>
    <constraint field="owner_dept" desc="窨井盖的主管部门（owner_dept）最多 1000 个字符。 / Owner department (owner_dept) of Manhole covers holds at most 1000 characters." exp="(&quot;owner_dept&quot; IS NULL OR length(&quot;owner_dept&quot;) &lt;= 1000)"/>
    <constraint field="recorded_date" desc="" exp=""/>
    <constraint field="iot_device_id" desc="窨井盖的监测设备编号（iot_device_id）最多 100 个字符。 / IoT device (iot_device_id) of Manhole covers holds at most 100 characters." exp="(&quot;iot_device_id&quot; IS NULL OR length(&quot;iot_device_id&quot;) &lt;= 100)"/>
    <constraint field="iot_since" desc="" exp=""/>
    <constraint field="valid_to" desc="窨井盖的注销日期（valid_to）必须晚于初始日期（recorded_date）。 / Removed (valid_to) of Manhole covers must be after Recorded (recorded_date)." exp="(&quot;valid_to&quot; IS NULL OR &quot;recorded_date&quot; IS NULL OR &quot;valid_to&quot; > &quot;recorded_date&quot;)"/>
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
