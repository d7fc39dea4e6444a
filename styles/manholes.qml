<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingHints="1" simplifyLocal="1" version="3.22.16-Białowieża" minScale="100000000" symbologyReferenceScale="-1" simplifyAlgorithm="0" simplifyMaxScale="1" styleCategories="Symbology|Labeling|Fields|Rendering|Temporal" maxScale="0" hasScaleBasedVisibilityFlag="0" simplifyDrawingTol="1" labelsEnabled="0">
  <temporal durationField="" accumulate="0" startField="recorded_date" endExpression="" mode="2" startExpression="" durationUnit="min" enabled="1" fixedDuration="0" limitMode="0" endField="valid_to">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 enableorderby="0" type="categorizedSymbol" forceraster="0" attr="&quot;iot_device_id&quot; IS NOT NULL AND trim(&quot;iot_device_id&quot;) &lt;> ''" referencescale="-1" symbollevels="0">
    <categories>
      <category symbol="0" render="true" value="true" label="已接入监测 IoT monitored"/>
      <category symbol="1" render="true" value="false" label="未监测 not monitored"/>
    </categories>
    <symbols>
      <symbol name="0" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="0,168,132,255"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="circle"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="1.2"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="1" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="158,158,158,255"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="circle"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="1.2"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
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
    <field configurationFlags="None" name="obj_id"/>
    <field configurationFlags="None" name="component_code"/>
    <field configurationFlags="None" name="name"/>
    <field configurationFlags="None" name="state"/>
    <field configurationFlags="None" name="owner_dept"/>
    <field configurationFlags="None" name="recorded_date"/>
    <field configurationFlags="None" name="iot_device_id"/>
    <field configurationFlags="None" name="iot_since"/>
    <field configurationFlags="None" name="valid_to"/>
  </fieldConfiguration>
  <aliases>
    <alias field="obj_id" name="部件标识码 ObjID" index="0"/>
    <alias field="component_code" name="部件小类代码 Component code" index="1"/>
    <alias field="name" name="部件名称 Name" index="2"/>
    <alias field="state" name="部件状态 State" index="3"/>
    <alias field="owner_dept" name="主管部门 Owner department" index="4"/>
    <alias field="recorded_date" name="初始日期 Recorded" index="5"/>
    <alias field="iot_device_id" name="监测设备编号 IoT device" index="6"/>
    <alias field="iot_since" name="接入日期 IoT connected" index="7"/>
    <alias field="valid_to" name="注销日期 Removed" index="8"/>
  </aliases>
  <defaults>
    <default field="obj_id" expression="" applyOnUpdate="0"/>
    <default field="component_code" expression="" applyOnUpdate="0"/>
    <default field="name" expression="" applyOnUpdate="0"/>
    <default field="state" expression="" applyOnUpdate="0"/>
    <default field="owner_dept" expression="" applyOnUpdate="0"/>
    <default field="recorded_date" expression="" applyOnUpdate="0"/>
    <default field="iot_device_id" expression="" applyOnUpdate="0"/>
    <default field="iot_since" expression="" applyOnUpdate="0"/>
    <default field="valid_to" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint constraints="0" field="obj_id" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="component_code" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="name" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="state" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="owner_dept" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="recorded_date" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="iot_device_id" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="iot_since" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="valid_to" unique_strength="0" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="obj_id" desc="" exp=""/>
    <constraint field="component_code" desc="" exp=""/>
    <constraint field="name" desc="" exp=""/>
    <constraint field="state" desc="" exp=""/>
    <constraint field="owner_dept" desc="" exp=""/>
    <constraint field="recorded_date" desc="" exp=""/>
    <constraint field="iot_device_id" desc="" exp=""/>
    <constraint field="iot_since" desc="" exp=""/>
    <constraint field="valid_to" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>0</layerGeometryType>
</qgis>
