<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SmartCity</name>
    <message>
      <source>5G coverage (yearly)</source>
      <translation>5G覆盖范围（逐年）</translation>
    </message>
    <message>
      <source>Could not read {path}</source>
      <translation>无法读取 {path}</translation>
    </message>
    <message>
      <source>Smart City</source>
      <translation>智慧城市</translation>
    </message>
    <message>
      <source>The yearly coverage could not be computed: {}</source>
      <translation>无法计算逐年覆盖范围：{}</translation>
    </message>
    <message>
      <source>Smart City dashboard</source>
      <translation>智慧城市仪表板</translation>
    </message>
    <message>
      <source>Follow the Temporal Controller</source>
      <translation>跟随时间控制器</translation>
    </message>
    <message>
      <source>Click a district to select it and zoom to it on the map.</source>
      <translation>单击一个区县，在地图上选中并缩放到它。</translation>
    </message>
    <message>
      <source>now {actual} · at due {at_due} · goal {goal} · due {due}</source>
      <translation>现状 {actual} · 期限日 {at_due} · 目标 {goal} · 期限 {due}</translation>
    </message>
    <message>
      <source>No values to chart</source>
      <translation>没有可绘制的数值</translation>
    </message>
    <message>
      <source>Store</source>
      <translation>项目库</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Chart</source>
      <translation>图表</translation>
    </message>
    <message>
      <source>District</source>
      <translation>区县</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>现状</translation>
    </message>
    <message>
      <source>Open a project store (Smart City menu) to see its indicators.</source>
      <translation>请打开一个项目库（智慧城市菜单）以查看其指标。</translation>
    </message>
    <message>
      <source>{date}: computing the indicators…</source>
      <translation>{date}：正在计算指标…</translation>
    </message>
    <message>
      <source>{target}: the city's value at each year end; dashed: the goal {goal}</source>
      <translation>{target}：全市每年年末的值；虚线：目标 {goal}</translation>
    </message>
    <message>
      <source>{date}: {on_time} met on time, {late} met late, {missed} missed, {progress} in progress, of {measured} measured targets.</source>
      <translation>{date}：可测算的 {measured} 项目标中，按期达成 {on_time} 项，逾期达成 {late} 项，未达成 {missed} 项，进行中 {progress} 项。</translation>
    </message>
    <message>
      <source>{store}: the indicators could not be computed: {error}</source>
      <translation>{store}：无法计算指标：{error}</translation>
    </message>
    <message>
      <source>Feature history</source>
      <translation>要素历史</translation>
    </message>
    <message>
      <source>Select a feature of a store layer.</source>
      <translation>请在项目库图层中选择一个要素。</translation>
    </message>
    <message>
      <source>Restore the selected version as a new one</source>
      <translation>将所选版本恢复为新版本</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>变更</translation>
    </message>
    <message>
      <source>Recorded (UTC)</source>
      <translation>记录时间（UTC）</translation>
    </message>
    <message>
      <source>By</source>
      <translation>编辑者</translation>
    </message>
    <message>
      <source>How</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>What changed</source>
      <translation>改动内容</translation>
    </message>
    <message>
      <source>New project store</source>
      <translation>新建项目库</translation>
    </message>
    <message>
      <source>Open project store</source>
      <translation>打开项目库</translation>
    </message>
    <message>
      <source>Install now</source>
      <translation>立即安装</translation>
    </message>
    <message>
      <source>How to install</source>
      <translation>如何安装</translation>
    </message>
    <message>
      <source>New project store…</source>
      <translation>新建项目库…</translation>
    </message>
    <message>
      <source>Open project store…</source>
      <translation>打开项目库…</translation>
    </message>
    <message>
      <source>Import into the store…</source>
      <translation>导入项目库…</translation>
    </message>
    <message>
      <source>Coverage per district…</source>
      <translation>分区覆盖率…</translation>
    </message>
    <message>
      <source>Yearly series…</source>
      <translation>年度序列…</translation>
    </message>
    <message>
      <source>Progress against targets…</source>
      <translation>目标进度…</translation>
    </message>
    <message>
      <source>Snapshot as of a date…</source>
      <translation>按日期生成快照…</translation>
    </message>
    <message>
      <source>Plan new sites…</source>
      <translation>规划新建站址…</translation>
    </message>
    <message>
      <source>Map sheets and atlas…</source>
      <translation>专题图与图集…</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>仪表板</translation>
    </message>
    <message>
      <source>Check dependencies</source>
      <translation>检查依赖包</translation>
    </message>
    <message>
      <source>All the Python packages the plugin needs are installed.</source>
      <translation>插件所需的 Python 包均已安装。</translation>
    </message>
    <message>
      <source>Loaded {}</source>
      <translation>已加载 {}</translation>
    </message>
    <message>
      <source>The Python packages are installed.</source>
      <translation>Python 包已安装。</translation>
    </message>
    <message>
      <source>Install now runs pip in the background (the status bar shows it) and puts the packages into {}, a folder of this QGIS profile that the plugin adds to QGIS's Python; nothing else is changed. Or run this yourself, then restart QGIS:</source>
      <translation>“立即安装”在后台运行 pip（状态栏显示进度），把这些包装到 {}：本 QGIS 用户配置中的一个文件夹，插件会把它加入 QGIS 的 Python 路径，其他内容不作改动。也可以自己运行下面的命令，然后重启 QGIS：</translation>
    </message>
    <message>
      <source>The installation failed; the log panel (Smart City) has pip's messages:</source>
      <translation>安装失败；日志面板（Smart City）中有 pip 的输出：</translation>
    </message>
    <message>
      <source>Could not load {}</source>
      <translation>无法加载 {}</translation>
    </message>
    <message>
      <source>points</source>
      <translation>点</translation>
    </message>
    <message>
      <source>areas</source>
      <translation>面</translation>
    </message>
    <message>
      <source>Smart City: preparing the coverage engine</source>
      <translation>智慧城市：正在准备覆盖计算引擎</translation>
    </message>
    <message>
      <source>Smart City: installing Python packages</source>
      <translation>智慧城市：正在安装 Python 包</translation>
    </message>
    <message>
      <source>Smart City: opening the project store</source>
      <translation>智慧城市：正在打开项目库</translation>
    </message>
    <message>
      <source>The computing process ended unexpectedly.</source>
      <translation>计算进程意外退出。</translation>
    </message>
    <message>
      <source>The computing process is not running: {}</source>
      <translation>计算进程未运行：{}</translation>
    </message>
    <message>
      <source>Coverage and indicators per district</source>
      <translation>分区覆盖率与指标</translation>
    </message>
    <message>
      <source>Yearly indicator series</source>
      <translation>年度指标序列</translation>
    </message>
    <message>
      <source>Progress against the plan's targets</source>
      <translation>规划目标进度</translation>
    </message>
    <message>
      <source>District indicators</source>
      <translation>区县指标</translation>
    </message>
    <message>
      <source>5G coverage</source>
      <translation>5G覆盖范围</translation>
    </message>
    <message>
      <source>From year</source>
      <translation>起始年</translation>
    </message>
    <message>
      <source>To year</source>
      <translation>结束年</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步长</translation>
    </message>
    <message>
      <source>Also the counts behind the rates</source>
      <translation>同时输出比率背后的计数</translation>
    </message>
    <message>
      <source>Indicator series</source>
      <translation>指标序列</translation>
    </message>
    <message>
      <source>Targets file (.toml, .json, .csv)</source>
      <translation>目标文件（.toml、.json、.csv）</translation>
    </message>
    <message>
      <source>Trend from year (0 = the plan's)</source>
      <translation>趋势起始年（0 = 规划文件设定）</translation>
    </message>
    <message>
      <source>Targets</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Indicators as of {} ({}).</source>
      <translation>{} 的指标（{}）。</translation>
    </message>
    <message>
      <source>City: {} stations active, 5G area coverage {:.2f} %.</source>
      <translation>全市：开通基站 {} 个，5G面积覆盖率 {:.2f} %。</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <source>The last year ({}) is before the first ({}); give the first year first.</source>
      <translation>结束年（{}）早于起始年（{}）；请先填起始年。</translation>
    </message>
    <message>
      <source>Map sheets (atlas) of an indicator</source>
      <translation>指标专题图集（地图册）</translation>
    </message>
    <message>
      <source>Map sheets</source>
      <translation>专题图</translation>
    </message>
    <message>
      <source>Theme (indicator)</source>
      <translation>专题（指标）</translation>
    </message>
    <message>
      <source>Districts: all, city, or a district code</source>
      <translation>区县：all（全部）、city（全市）或区划代码</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>纸张</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>方向</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <source>PNG resolution (dpi)</source>
      <translation>PNG 分辨率（dpi）</translation>
    </message>
    <message>
      <source>Output folder</source>
      <translation>输出文件夹</translation>
    </message>
    <message>
      <source>Also add the print layouts and the atlas to the project</source>
      <translation>同时把打印布局和图集加入项目</translation>
    </message>
    <message>
      <source>Files written</source>
      <translation>已写入文件</translation>
    </message>
    <message>
      <source>Layouts added to the project</source>
      <translation>加入项目的布局</translation>
    </message>
    <message>
      <source>Map sheets of {} as of {}.</source>
      <translation>{} 的专题图（截至 {}）。</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>横向</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>纵向</translation>
    </message>
    <message>
      <source>Layout added to the project: {}</source>
      <translation>已加入项目的布局：{}</translation>
    </message>
    <message>
      <source>Site planning: stations to reach a coverage target</source>
      <translation>选址规划：达到覆盖目标的新建站点</translation>
    </message>
    <message>
      <source>Planning</source>
      <translation>规划</translation>
    </message>
    <message>
      <source>Could not write the output features.</source>
      <translation>无法写入输出要素。</translation>
    </message>
    <message>
      <source>Date of the existing network</source>
      <translation>现网日期</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>Target value (%, 0 = none)</source>
      <translation>目标值（%，0 = 不设）</translation>
    </message>
    <message>
      <source>District code (empty = city or each county)</source>
      <translation>区县代码（空 = 全市或各区县）</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>范围</translation>
    </message>
    <message>
      <source>At most this many sites (0 = no limit)</source>
      <translation>最多站点数（0 = 不限）</translation>
    </message>
    <message>
      <source>Budget (0 = none)</source>
      <translation>预算（0 = 不设）</translation>
    </message>
    <message>
      <source>Candidate sites</source>
      <translation>候选站址</translation>
    </message>
    <message>
      <source>Or a grid of candidates, spacing (m, 0 = none)</source>
      <translation>或候选网格间距（米，0 = 不用网格）</translation>
    </message>
    <message>
      <source>Scene of new stations that give none</source>
      <translation>未给场景的新建站点的场景</translation>
    </message>
    <message>
      <source>Band of new stations that give none</source>
      <translation>未给频段的新建站点的频段</translation>
    </message>
    <message>
      <source>Operator of the new stations</source>
      <translation>新建站点的运营商</translation>
    </message>
    <message>
      <source>Also solve exactly (MILP, HiGHS; small instances)</source>
      <translation>同时精确求解（MILP，HiGHS；适用于小规模）</translation>
    </message>
    <message>
      <source>New sites</source>
      <translation>新建站点</translation>
    </message>
    <message>
      <source>Coverage added</source>
      <translation>新增覆盖范围</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>预测指标</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Give a candidate sites layer or a grid spacing, one of them.</source>
      <translation>请给出候选站址图层或网格间距，二者选一。</translation>
    </message>
    <message>
      <source>The target is not reached with these candidates: add candidates or use a finer grid.</source>
      <translation>这些候选站址达不到目标：请增加候选站址或加密网格。</translation>
    </message>
    <message>
      <source>The whole city</source>
      <translation>全市</translation>
    </message>
    <message>
      <source>Each county</source>
      <translation>各区县分别达到</translation>
    </message>
    <message>
      <source>Import a file or layer into the store</source>
      <translation>导入文件或图层到项目库</translation>
    </message>
    <message>
      <source>Project store</source>
      <translation>项目库</translation>
    </message>
    <message>
      <source>Snapshot of the store as of a date</source>
      <translation>项目库某日快照</translation>
    </message>
    <message>
      <source>Create the store if it does not exist</source>
      <translation>项目库不存在时新建</translation>
    </message>
    <message>
      <source>Target layer</source>
      <translation>目标图层</translation>
    </message>
    <message>
      <source>Input layer</source>
      <translation>输入图层</translation>
    </message>
    <message>
      <source>Input file (instead of a layer)</source>
      <translation>输入文件（代替图层）</translation>
    </message>
    <message>
      <source>Coordinates are</source>
      <translation>坐标系统</translation>
    </message>
    <message>
      <source>CRS of the input (overrides the file's)</source>
      <translation>输入的坐标参考系（覆盖文件自带的）</translation>
    </message>
    <message>
      <source>Encoding</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Layer inside a multi-layer file</source>
      <translation>多图层文件中的图层</translation>
    </message>
    <message>
      <source>Rows that differ from edits made in the store since</source>
      <translation>与入库后在项目库中所做编辑不一致的行</translation>
    </message>
    <message>
      <source>Rejects file</source>
      <translation>拒绝记录文件</translation>
    </message>
    <message>
      <source>Rows read</source>
      <translation>读取行数</translation>
    </message>
    <message>
      <source>Features inserted</source>
      <translation>新增要素</translation>
    </message>
    <message>
      <source>Features updated</source>
      <translation>更新要素</translation>
    </message>
    <message>
      <source>Features unchanged</source>
      <translation>未变要素</translation>
    </message>
    <message>
      <source>Rows rejected</source>
      <translation>拒绝行数</translation>
    </message>
    <message>
      <source>Rows flagged</source>
      <translation>标记行数</translation>
    </message>
    <message>
      <source>Give an input layer or an input file.</source>
      <translation>请给出输入图层或输入文件。</translation>
    </message>
    <message>
      <source>Give an input layer or an input file, not both.</source>
      <translation>请只给出输入图层或输入文件之一。</translation>
    </message>
    <message>
      <source>Give the project store (a .gpkg file or a postgresql:// URL).</source>
      <translation>请给出项目库（.gpkg 文件或 postgresql:// 地址）。</translation>
    </message>
    <message>
      <source>Snapshot store</source>
      <translation>快照项目库</translation>
    </message>
    <message>
      <source>Features written</source>
      <translation>写入要素数</translation>
    </message>
    <message>
      <source>{layer}: {read} rows read, {inserted} inserted, {updated} updated, {unchanged} unchanged, {rejected} rejected, {flagged} flagged.</source>
      <translation>{layer}：读取 {read} 行，新增 {inserted}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}，标记 {flagged}。</translation>
    </message>
    <message>
      <source>The output is the store itself; choose another file.</source>
      <translation>输出文件就是项目库本身；请选择其他文件。</translation>
    </message>
    <message>
      <source>GCJ-02 (AMap, Tencent)</source>
      <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
      <source>BD-09 (Baidu)</source>
      <translation>BD-09（百度）</translation>
    </message>
    <message>
      <source>Automatic (WGS84; GCJ-02 for DataV.GeoAtlas files)</source>
      <translation>自动（WGS84；DataV.GeoAtlas 文件按 GCJ-02）</translation>
    </message>
    <message>
      <source>Keep the newer (edit or file)</source>
      <translation>保留较新者（编辑或文件）</translation>
    </message>
    <message>
      <source>Keep the store's edit</source>
      <translation>保留项目库中的编辑</translation>
    </message>
    <message>
      <source>Take the file's row</source>
      <translation>采用文件中的行</translation>
    </message>
    <message>
      <source>Import nothing</source>
      <translation>不导入任何内容</translation>
    </message>
    <message>
      <source>{n} rows differ from edits made in the store since; the store's edit was kept for {kept}.</source>
      <translation>{n} 行与入库后在项目库中所做的编辑不一致；其中 {kept} 行保留了项目库中的编辑。</translation>
    </message>
    <message>
      <source>Rejected and flagged rows, with reasons: {}</source>
      <translation>被拒绝和标记的行及原因：{}</translation>
    </message>
    <message>
      <source>Copying {} features of {} …</source>
      <translation>正在复制 {} 个要素（{}）…</translation>
    </message>
    <message>
      <source>Created the project store {}.</source>
      <translation>已新建项目库 {}。</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>Districts layer (instead of the store's)</source>
      <translation>行政区划图层（代替项目库中的）</translation>
    </message>
    <message>
      <source>5G base stations layer (instead of the store's)</source>
      <translation>5G基站图层（代替项目库中的）</translation>
    </message>
    <message>
      <source>Communities layer (instead of the store's)</source>
      <translation>社区图层（代替项目库中的）</translation>
    </message>
    <message>
      <source>Manholes layer (instead of the store's)</source>
      <translation>窨井盖图层（代替项目库中的）</translation>
    </message>
    <message>
      <source>Monitoring points layer (instead of the store's)</source>
      <translation>监测点图层（代替项目库中的）</translation>
    </message>
    <message>
      <source>Key places layer (instead of the store's)</source>
      <translation>重点场所图层（代替项目库中的）</translation>
    </message>
    <message>
      <source>Built-up areas layer (instead of the store's)</source>
      <translation>建成区图层（代替项目库中的）</translation>
    </message>
    <message>
      <source>Enterprises layer (instead of the store's)</source>
      <translation>企业图层（代替项目库中的）</translation>
    </message>
    <message>
      <source>Sites layer (instead of the store's)</source>
      <translation>示范场景与智慧农牧场图层（代替项目库中的）</translation>
    </message>
    <message>
      <source>Pipelines layer (instead of the store's)</source>
      <translation>市政管线图层（代替项目库中的）</translation>
    </message>
    <message>
      <source>Forests layer (instead of the store's)</source>
      <translation>林区图层（代替项目库中的）</translation>
    </message>
    <message>
      <source>Project store (GeoPackage or postgresql:// URL)</source>
      <translation>项目库（GeoPackage 或 postgresql:// 地址）</translation>
    </message>
    <message>
      <source>Districts to report</source>
      <translation>统计范围</translation>
    </message>
    <message>
      <source>Population raster (for population coverage)</source>
      <translation>人口栅格（用于人口覆盖率）</translation>
    </message>
    <message>
      <source>Coverage radius table (CSV: band, scene, radius_m)</source>
      <translation>覆盖半径表（CSV：band, scene, radius_m）</translation>
    </message>
    <message>
      <source>As recorded at (optional: what the store said at that time)</source>
      <translation>记录时间（可选：项目库在该时刻的记录）</translation>
    </message>
    <message>
      <source>Give a project store, or at least a districts layer and a base stations layer.</source>
      <translation>请给出项目库，或至少给出行政区划图层和基站图层。</translation>
    </message>
    <message>
      <source>Counties (GB/T 2260)</source>
      <translation>区县（GB/T 2260）</translation>
    </message>
    <message>
      <source>Functional zones</source>
      <translation>功能区</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Using the store loaded in the project: {}</source>
      <translation>使用项目中已加载的项目库：{}</translation>
    </message>
    <message>
      <source>As the store recorded it at {} (UTC).</source>
      <translation>按项目库在 {}（UTC）的记录。</translation>
    </message>
    <message>
      <source>Using the layer {} instead of the store's {}.</source>
      <translation>使用图层 {} 代替项目库中的 {}。</translation>
    </message>
    <message>
      <source>Cancelled: nothing was written.</source>
      <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
      <source>The date is not valid; give it as 2021-12-31.</source>
      <translation>日期无效；请写成 2021-12-31 的形式。</translation>
    </message>
    <message>
      <source>Cannot write a temporary copy of the input layer: </source>
      <translation>无法写入输入图层的临时副本：</translation>
    </message>
    <message>
      <source>Could not write {path}: {error}</source>
      <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
      <source>At due</source>
      <translation>期限日值</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>目标值</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>期限</translation>
    </message>
  </context>
</TS>
