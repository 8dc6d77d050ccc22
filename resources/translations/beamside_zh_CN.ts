<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChildRecordList</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>e.g. Medical physicist</source>
        <translation>例如：物理师</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Everything you saved is safe. The details were written to %2.</source>
        <translation>出现了问题：%1

已保存的内容都不会丢失。详细信息已写入 %2。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>New hospital</source>
        <translation>新建医院</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Department / room</source>
        <translation>科室 / 机房</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>科室与机房</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Delete this site?</source>
        <translation>删除此科室/机房？</translation>
    </message>
    <message>
        <source>Delete this contact?</source>
        <translation>删除此联系人？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Field engineer</source>
        <translation>技术工程师</translation>
    </message>
    <message>
        <source>Repair technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>Parts administrator</source>
        <translation>配件管理员</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>售后服务经理</translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation>质量控制</translation>
    </message>
    <message>
        <source>Linear accelerator</source>
        <translation>直线加速器</translation>
    </message>
    <message>
        <source>CT simulator</source>
        <translation>CT 模拟定位机</translation>
    </message>
    <message>
        <source>Afterloader</source>
        <translation>后装治疗机</translation>
    </message>
    <message>
        <source>Treatment planning system</source>
        <translation>治疗计划系统</translation>
    </message>
    <message>
        <source>QA instrument</source>
        <translation>质控设备</translation>
    </message>
    <message>
        <source>Grade III-A</source>
        <translation>三级甲等</translation>
    </message>
    <message>
        <source>Grade III-B</source>
        <translation>三级乙等</translation>
    </message>
    <message>
        <source>Grade II-A</source>
        <translation>二级甲等</translation>
    </message>
    <message>
        <source>Grade II-B</source>
        <translation>二级乙等</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>民营</translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修期内</translation>
    </message>
    <message>
        <source>Full service</source>
        <translation>全保合同</translation>
    </message>
    <message>
        <source>Parts only</source>
        <translation>仅配件</translation>
    </message>
    <message>
        <source>Labour only</source>
        <translation>仅人工</translation>
    </message>
    <message>
        <source>Time and materials</source>
        <translation>按次计费</translation>
    </message>
    <message>
        <source>Being installed</source>
        <translation>安装中</translation>
    </message>
    <message>
        <source>In clinical use</source>
        <translation>临床使用中</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停机</translation>
    </message>
    <message>
        <source>Limited use</source>
        <translation>限制使用</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>已退役</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>Preventive maintenance</source>
        <translation>预防性维护</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>技术升级</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报修</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation>待配件</translation>
    </message>
    <message>
        <source>Trial run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Signed by customer</source>
        <translation>客户已签字</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>EquipmentDetailDialog</name>
    <message>
        <source>Unit</source>
        <translation>设备信息</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务信息</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform></translation>
    </message>
    <message>
        <source>&amp;Edit unit…</source>
        <translation>编辑设备(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New work order…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Service history</source>
        <translation>服务档案</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>NMPA registration no.</source>
        <translation>注册证号</translation>
    </message>
    <message>
        <source>UDI</source>
        <translation>UDI</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>科室 / 机房</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation>服务合同</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>Clinical hours Mon–Sun</source>
        <translation>临床时间（周一至周日）</translation>
    </message>
    <message>
        <source>Last service finished</source>
        <translation>最近一次服务完成</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 个未完成</numerusform></translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>New equipment</source>
        <translation>新建设备</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Hospital and site</source>
        <translation>医院与科室</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>NMPA registration no.</source>
        <translation>注册证号</translation>
    </message>
    <message>
        <source>UDI</source>
        <translation>UDI</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation>服务合同</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clinical hours per day</source>
        <translation>每日临床时间（小时）</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>搜索（Ctrl+F）…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>科室 / 机房</translation>
    </message>
    <message>
        <source>NMPA reg. no.</source>
        <translation>注册证号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>科室数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Beamside</source>
        <translation>Beamside</translation>
    </message>
    <message>
        <source>Work-order prefix %1 · data in %2</source>
        <translation>工单编号前缀 %1 · 数据位置 %2</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Delete the selected work order? It will be hidden from all lists.</source>
        <translation>删除所选工单？删除后将不再出现在任何列表中。</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 台设备</numerusform></translation>
    </message>
    <message>
        <source>Delete the selected unit? Its service history is kept.</source>
        <translation>删除所选设备？其服务档案将保留。</translation>
    </message>
    <message>
        <source>Hospitals and sites</source>
        <translation>医院与科室</translation>
    </message>
    <message numerus="yes">
        <source>%n hospital(s)</source>
        <translation>
            <numerusform>%n 家医院</numerusform></translation>
    </message>
    <message>
        <source>Delete the selected hospital?</source>
        <translation>删除所选医院？</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Beamside</source>
        <translation>关于 Beamside(&amp;A)</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies when Beamside restarts.</source>
        <translation>重新启动 Beamside 后新语言生效。</translation>
    </message>
    <message>
        <source>About Beamside</source>
        <translation>关于 Beamside</translation>
    </message>
    <message>
        <source>Beamside %1
Service records for radiotherapy equipment, offline first.</source>
        <translation>Beamside %1
放疗设备售后服务记录，离线优先。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This record was deleted meanwhile; your changes were not saved.</source>
        <translation>该记录已在此期间被删除，您的修改未保存。</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Site</source>
        <translation>科室 / 机房</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>新建科室 / 机房</translation>
    </message>
    <message>
        <source>e.g. Radiotherapy, linac room 2</source>
        <translation>例如：放疗科 2 号加速器机房</translation>
    </message>
    <message>
        <source>Department / room</source>
        <translation>科室 / 机房</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Beamside cannot open its database</source>
        <translation>Beamside 无法打开数据库</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Beamside (schema %2). Install that version or newer; the file has not been changed.</source>
        <translation>%1 由更新版本的 Beamside 创建（数据库版本 %2）。请安装该版本或更新版本；文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is not a Beamside database; it has not been changed.</source>
        <translation>%1 不是 Beamside 数据库；文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>没有可恢复的备份。</translation>
    </message>
    <message>
        <source>Restore the latest backup with: main.py --data-dir %1 restore-backup</source>
        <translation>可用以下命令恢复最新备份：main.py --data-dir %1 restore-backup</translation>
    </message>
    <message>
        <source>Restore the latest backup (%1)? The damaged file is kept beside it, renamed.</source>
        <translation>是否恢复最新备份（%1）？损坏的文件将改名后保留在原处。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Enter a phone number: digits, spaces, + ( ) -.</source>
        <translation>请输入电话号码：数字、空格及 + ( ) -。</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@host.cn.</source>
        <translation>请输入电子邮件地址，例如 name@host.cn。</translation>
    </message>
    <message>
        <source>Choose the equipment model.</source>
        <translation>请选择设备型号。</translation>
    </message>
    <message>
        <source>Choose the site.</source>
        <translation>请选择科室 / 机房。</translation>
    </message>
    <message>
        <source>Use 2-40 letters, digits and . / _ - only.</source>
        <translation>只能使用 2–40 个字母、数字及 . / _ -。</translation>
    </message>
    <message>
        <source>Not an NMPA certificate number, e.g. 国械注进20173301234.</source>
        <translation>不是有效的注册证号，例如：国械注进20173301234。</translation>
    </message>
    <message>
        <source>Acceptance cannot be before installation.</source>
        <translation>验收日期不能早于安装日期。</translation>
    </message>
    <message>
        <source>Warranty cannot end before installation.</source>
        <translation>保修截止日期不能早于安装日期。</translation>
    </message>
    <message>
        <source>Clinical hours must be between 0 and 24 for each day.</source>
        <translation>每日临床时间必须在 0 到 24 小时之间。</translation>
    </message>
    <message>
        <source>Choose the equipment.</source>
        <translation>请选择设备。</translation>
    </message>
    <message>
        <source>A report cannot be in the future.</source>
        <translation>报修时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Another unit of this model already has this serial number.</source>
        <translation>该型号已有设备使用此序列号。</translation>
    </message>
    <message>
        <source>Equipment still stands here; move or delete it first.</source>
        <translation>此处仍有设备，请先移走或删除设备。</translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>(assigned when saved)</source>
        <translation>（保存时分配）</translation>
    </message>
    <message>
        <source>What the customer reported, or what is to be done</source>
        <translation>客户报告的问题，或需要完成的工作</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
</TS>