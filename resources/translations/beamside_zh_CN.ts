<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptanceSpecs</name>
    <message>
        <source>Only a service manager may enter a model&apos;s acceptance specification.</source>
        <translation>只有服务经理可录入型号的验收规格。</translation>
    </message>
    <message>
        <source>This item&apos;s limit is not taken from the model&apos;s ATP.</source>
        <translation>此项的限值不取自该型号的验收规程。</translation>
    </message>
    <message>
        <source>Enter the specification as a number, e.g. 2 (in the item&apos;s unit) or 1% (of the nominal).</source>
        <translation>请以数字录入规格，例如 2（按此项单位）或 1%（相对标称值）。</translation>
    </message>
    <message>
        <source>This item cannot take that value (e.g. a percent without a nominal).</source>
        <translation>此项不能采用该值（例如无标称值时不能用百分比）。</translation>
    </message>
    <message>
        <source>Name the ATP document the value comes from (number, revision and clause).</source>
        <translation>请注明该值出自的验收规程文件（编号、版本及条款）。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>文本过长。</translation>
    </message>
    <message>
        <source>No example specification ships for this checklist.</source>
        <translation>此检查表未附带示例规格。</translation>
    </message>
</context>
<context>
    <name>AcceptanceSpecsDialog</name>
    <message>
        <source>Acceptance specification — %1</source>
        <translation>验收规格 — %1</translation>
    </message>
    <message>
        <source>Acceptance tests judge a unit by its model&apos;s specification, not by TG-142 constancy limits. Enter each value from the contract&apos;s acceptance test procedure (ATP) with the document it comes from; an acceptance run cannot start while a value is missing. The general value is the standard&apos;s (IEC 60976 / GB 15213), shown for comparison.</source>
        <translation>验收测试按设备型号的规格判定，而非 TG-142 稳定性限值。请按合同的验收测试规程（ATP）逐项录入数值并注明出处文件；缺少任一数值时不能开始验收测试。通用值为标准值（IEC 60976 / GB 15213），仅供对照。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>General value</source>
        <translation>通用值</translation>
    </message>
    <message>
        <source>Model specification</source>
        <translation>型号规格</translation>
    </message>
    <message>
        <source>ATP document</source>
        <translation>验收规程文件</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>e.g. 1 (in the item&apos;s unit) or 1%</source>
        <translation>例如 1（按此项单位）或 1%</translation>
    </message>
    <message>
        <source>e.g. ATP-TB-001 Rev C §4.2</source>
        <translation>例如 ATP-TB-001 Rev C §4.2</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>&amp;Enter value</source>
        <translation>录入数值(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Take the value back</source>
        <translation>撤回数值(&amp;T)</translation>
    </message>
    <message>
        <source>Take over the shipped &amp;example…</source>
        <translation>采用随附示例(&amp;E)…</translation>
    </message>
    <message>
        <source>Fills the items without a value with the shipped template&apos;s values.</source>
        <translation>用随附模板的数值填写尚无数值的项目。</translation>
    </message>
    <message>
        <source>Only a service manager may enter a model&apos;s acceptance specification.</source>
        <translation>只有服务经理可录入型号的验收规格。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(not entered)</source>
        <translation>（未录入）</translation>
    </message>
    <message>
        <source>No acceptance checklist of this model takes an ATP value.</source>
        <translation>此型号的验收检查表无需录入验收规程数值。</translation>
    </message>
    <message>
        <source>%1 of %2 values still to enter: acceptance runs cannot start yet.</source>
        <translation>尚有 %1/%2 项数值未录入：暂不能开始验收测试。</translation>
    </message>
    <message>
        <source>Every value entered: acceptance runs can start.</source>
        <translation>数值已全部录入：可以开始验收测试。</translation>
    </message>
    <message>
        <source>Take over the shipped example</source>
        <translation>采用随附示例</translation>
    </message>
    <message>
        <source>Enter the shipped example&apos;s values for the %1 item(s) without a value? Check each against the contract&apos;s ATP before the acceptance.</source>
        <translation>为尚无数值的 %1 项录入随附示例的数值？验收前请逐项与合同验收规程核对。</translation>
    </message>
</context>
<context>
    <name>AcceptanceTestDialog</name>
    <message>
        <source>Record acceptance-level test</source>
        <translation>记录验收级检测</translation>
    </message>
    <message>
        <source>Replaced, awaiting acceptance-level testing:</source>
        <translation>已更换、待验收级检测的部件：</translation>
    </message>
    <message>
        <source>Which tests were done, and where their report is kept</source>
        <translation>做了哪些检测，检测报告存放在何处</translation>
    </message>
    <message>
        <source>Physicist</source>
        <translation>物理师</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>检测</translation>
    </message>
</context>
<context>
    <name>AddPartDialog</name>
    <message>
        <source>Part used</source>
        <translation>所用配件</translation>
    </message>
    <message>
        <source>Part number or description</source>
        <translation>配件编号或描述</translation>
    </message>
    <message>
        <source>&amp;New part…</source>
        <translation>新建配件(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a part that is not in the catalogue yet</source>
        <translation>添加配件目录中尚未收录的配件</translation>
    </message>
    <message>
        <source>Serial number of the part taken out</source>
        <translation>拆下的旧件的序列号</translation>
    </message>
    <message>
        <source>Serial number of the part fitted</source>
        <translation>装上的新件的序列号</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Serial out</source>
        <translation>旧件序列号</translation>
    </message>
    <message>
        <source>Serial in</source>
        <translation>新件序列号</translation>
    </message>
    <message>
        <source>Maker of the part fitted</source>
        <translation>装上备件的生产厂家</translation>
    </message>
    <message>
        <source>Model or specification on its label</source>
        <translation>备件标签上的型号或规格</translation>
    </message>
    <message>
        <source>Lot or batch, when it has no serial number</source>
        <translation>批号（无序列号时填写）</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生产厂家</translation>
    </message>
    <message>
        <source>Model / specification</source>
        <translation>型号/规格</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>Removed part</source>
        <translation>拆下件去向</translation>
    </message>
</context>
<context>
    <name>AddUnitsDialog</name>
    <message>
        <source>Add units to the campaign</source>
        <translation>向升级活动添加设备</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>版本未知</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — does not qualify</source>
        <translation>%1 —— 不符合条件</translation>
    </message>
    <message>
        <source>for units whose version is unknown</source>
        <translation>用于版本未知的设备</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>设备(&amp;U)</translation>
    </message>
    <message>
        <source>Version &amp;found on them</source>
        <translation>现场查到的版本(&amp;F)</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Customer&apos;s answer</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>&amp;Consents to the upgrade</source>
        <translation>同意升级(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refuses it</source>
        <translation>拒绝升级(&amp;R)</translation>
    </message>
    <message>
        <source>Name and position, e.g. 张主任 (设备处)</source>
        <translation>姓名及职务，如 张主任（设备处）</translation>
    </message>
    <message>
        <source>Sign here (optional when answered by phone)</source>
        <translation>请在此签名（电话答复时可不签）</translation>
    </message>
    <message>
        <source>&amp;Answered by</source>
        <translation>答复人(&amp;A)</translation>
    </message>
    <message>
        <source>Reason for a &amp;refusal</source>
        <translation>拒绝原因(&amp;R)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess an engineer</source>
        <translation>人员考核</translation>
    </message>
    <message>
        <source>e.g. 2026-H2, 2026-Q3 or 2026</source>
        <translation>例如 2026-H2、2026-Q3 或 2026</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Supervisor&apos;s rating</source>
        <translation>主管评分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>后续措施</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A period is written like 2026-H2, 2026-Q3 or 2026.</source>
        <translation>考核期的写法如 2026-H2、2026-Q3 或 2026。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>This file is larger than %1 MB, the limit for one attachment.</source>
        <translation>此文件大于 %1 MB，超出了单个附件的大小上限。</translation>
    </message>
    <message>
        <source>This file cannot be read (%1).</source>
        <translation>无法读取此文件（%1）。</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>这不是文件。</translation>
    </message>
    <message>
        <source>The file could not be stored in the data folder (%1).</source>
        <translation>无法将文件保存到数据文件夹（%1）。</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>No photos or files yet. Drop them here or add them.</source>
        <translation>暂无照片或文件。可将文件拖放到此处，或点击添加。</translation>
    </message>
    <message>
        <source>Add photo or file…</source>
        <translation>添加照片或文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>添加于 %1</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n file(s)…</source>
        <translation>
            <numerusform>正在保存 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add photos or files</source>
        <translation>添加照片或文件</translation>
    </message>
    <message>
        <source>All files (*);;Photos (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.tif *.tiff)</source>
        <translation>所有文件 (*);;照片 (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>This work order was deleted meanwhile; nothing was attached.</source>
        <translation>此工单已在此期间被删除，未添加任何附件。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be attached:</source>
        <translation>
            <numerusform>%n 个文件无法添加为附件：</numerusform>
        </translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>本机没有能打开 %1 的程序。</translation>
    </message>
    <message>
        <source>The stored copy of %1 is missing.</source>
        <translation>%1 的存储副本已丢失。</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n attachment(s)?</source>
        <translation>
            <numerusform>删除 %n 个附件？</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>AutosavingPanel</name>
    <message>
        <source>What you typed is kept and saved once it is valid.</source>
        <translation>已输入的内容会保留，待内容有效后自动保存。</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ 已保存</translation>
    </message>
</context>
<context>
    <name>AwaitedParts</name>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1, order %2</source>
        <translation>%1，订单 %2</translation>
    </message>
    <message>
        <source>%1, expected %2</source>
        <translation>%1，预计 %2 到货</translation>
    </message>
    <message>
        <source>%1, expected %2 (overdue)</source>
        <translation>%1，预计 %2 到货（已逾期）</translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation>待配件</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>AwaitingPartsDialog</name>
    <message>
        <source>Awaiting parts</source>
        <translation>待配件</translation>
    </message>
    <message>
        <source>Parts entered</source>
        <translation>已填写的配件</translation>
    </message>
    <message>
        <source>Part number or description</source>
        <translation>配件号或名称</translation>
    </message>
    <message>
        <source>Not in the catalogue? Write what the part is; it is kept as written.</source>
        <translation>配件目录中没有？直接填写配件名称，将按原文保存。</translation>
    </message>
    <message>
        <source>e.g. PO-2026-0412</source>
        <translation>例如 PO-2026-0412</translation>
    </message>
    <message>
        <source>Add another part</source>
        <translation>再添加一个配件</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>预计到货日期</translation>
    </message>
    <message>
        <source>Wait for parts</source>
        <translation>等待配件</translation>
    </message>
</context>
<context>
    <name>BackupTexts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup %1 was made %2 (%3 ago).</source>
        <translation>备份 %1 制作于 %2（%3前）。</translation>
    </message>
    <message>
        <source>Its work orders cannot be counted.</source>
        <translation>无法统计其中的工单数。</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n work order(s).</source>
        <translation>
            <numerusform>其中有 %n 个工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file can no longer be read to count its work orders.</source>
        <translation>损坏的文件已无法读取，无法统计其中的工单数。</translation>
    </message>
    <message numerus="yes">
        <source>The damaged file holds %n work order(s).</source>
        <translation>
            <numerusform>损坏的文件中有 %n 个工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It lacks %n work order(s) of the current database: %1.</source>
        <translation>
            <numerusform>它缺少当前数据库中的 %n 个工单：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds every work order of the current database.</source>
        <translation>它包含当前数据库中的全部工单。</translation>
    </message>
    <message numerus="yes">
        <source>It lacks %n signature(s) of the current database.</source>
        <translation>
            <numerusform>它缺少当前数据库中的 %n 个签名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made after the backup come back from the server only if they were synced.</source>
        <translation>备份之后所做的更改，只有已同步过的才能从服务器取回。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查看…</translation>
    </message>
    <message>
        <source>A copy is made when Beamside starts and the newest is more than a day old, and when it closes after changes. Kept: the last copy of each of the last 7 days, and the last 5 copies made before a database upgrade.</source>
        <translation>Beamside 启动时若最新备份已超过一天，以及有更改后正常关闭时，都会自动制作一份备份。保留：最近 7 天中每天的最后一份，以及数据库升级前制作的最近 5 份。</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>最近备份：</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>份数：</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1（%2前）</translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <source>Set baseline</source>
        <translation>设置基准</translation>
    </message>
    <message>
        <source>No baseline set yet</source>
        <translation>尚未设置基准</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation>设置时机</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export signed reports</source>
        <translation>导出已签字报告</translation>
    </message>
    <message>
        <source>Each report&apos;s own language (as last exported, else 中文)</source>
        <translation>各报告原有语言（上次导出时的语言，无则中文）</translation>
    </message>
    <message>
        <source>Signed since</source>
        <translation>签字日期自</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>%n signed report(s) since this date</source>
        <translation>
            <numerusform>自该日期起共有 %n 份已签字报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 份报告到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports were signed since %1.</source>
        <translation>自 %1 起没有已签字的报告。</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 reports.</source>
        <translation>已取消：共 %2 份报告，已处理 %1 份。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) could not be exported:</source>
        <translation>
            <numerusform>%n 份报告无法导出：</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Budget amounts</source>
        <translation>预算金额</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take back the last saved edit (Ctrl+Z)</source>
        <translation>撤回最近一次已保存的修改（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>New line:</source>
        <translation>新增行：</translation>
    </message>
    <message>
        <source>The budget could not be read: %1</source>
        <translation>无法读取预算：%1</translation>
    </message>
    <message>
        <source>%1 — approved by %2 on %3. Finance approved these amounts, so they are not changed here: draft a new budget for changes.</source>
        <translation>%1 — 已由 %2 于 %3 批准。这些金额经财务批准，不在此修改；如需调整，请编制新的预算。</translation>
    </message>
    <message>
        <source>%1 — draft. Type an amount in yuan into a month; it is saved at once. Undo takes the last edits back.</source>
        <translation>%1 — 草稿。在月份中输入金额（元），输入后立即保存；“撤销”可撤回最近的修改。</translation>
    </message>
    <message>
        <source>%1 — only finance and the service manager change budgets.</source>
        <translation>%1 — 只有财务和服务经理可以修改预算。</translation>
    </message>
    <message>
        <source>Company-wide</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>%1 line(s) · budget total %2 ¥</source>
        <translation>%1 行 · 预算合计 %2 ¥</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
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
        <source>Insp.</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>By engineer</source>
        <translation>按工程师</translation>
    </message>
    <message>
        <source>By hospital</source>
        <translation>按医院</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>上一页 (Page Up)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>下一页 (Page Down)</translation>
    </message>
    <message>
        <source>Reschedule… (Ctrl+R)</source>
        <translation>改期… (Ctrl+R)</translation>
    </message>
    <message>
        <source>⚠ conflict: the engineer is at another hospital that day · ✓ work order issued · ◆ work order booked outside the plan</source>
        <translation>⚠ 冲突：该工程师当天在另一家医院 · ✓ 已生成工单 · ◆ 计划外已排工单</translation>
    </message>
    <message>
        <source>%1 visits and %2 booked work orders shown, %3 in conflict</source>
        <translation>显示 %1 次计划服务和 %2 张计划外工单，%3 项冲突</translation>
    </message>
    <message>
        <source>work order %1, %2</source>
        <translation>工单 %1，%2</translation>
    </message>
    <message>
        <source>Booked outside the plan: reschedule its work order.</source>
        <translation>计划外已排的工作：请在其工单中改期。</translation>
    </message>
    <message>
        <source>All engineers</source>
        <translation>全部工程师</translation>
    </message>
    <message>
        <source>Maint.</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>All hospitals</source>
        <translation>全部医院</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>无法读取计划：%1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 起的一周</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>请选择日期</translation>
    </message>
    <message>
        <source>Visits on %1</source>
        <translation>%1 的服务</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>New hotline call</source>
        <translation>新热线来电</translation>
    </message>
    <message>
        <source>Leave empty while the question is being researched</source>
        <translation>问题需研究时留空</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Open question with</source>
        <translation>待答复负责人</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>接听人</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Open &amp;repair work order</source>
        <translation>创建维修工单(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;complaint</source>
        <translation>登记投诉(&amp;C)</translation>
    </message>
    <message>
        <source>— no particular unit —</source>
        <translation>— 未指定设备 —</translation>
    </message>
    <message>
        <source>Repair work order %1</source>
        <translation>维修工单 %1</translation>
    </message>
    <message>
        <source>A complaint was opened from this call.</source>
        <translation>已根据此来电登记投诉。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New upgrade campaign</source>
        <translation>新建升级活动</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>型号(&amp;M)</translation>
    </message>
    <message>
        <source>From &amp;version</source>
        <translation>起始版本(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Up to version</source>
        <translation>截止版本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>新版本(&amp;N)</translation>
    </message>
    <message>
        <source>Software c&amp;omponent</source>
        <translation>软件组件(&amp;O)</translation>
    </message>
    <message>
        <source>What it &amp;changes</source>
        <translation>升级内容(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Release note</source>
        <translation>发行说明(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Change the password of %1 on %2. This laptop and your other laptops stay logged in.</source>
        <translation>修改 %1 在 %2 上的密码。本笔记本和您的其他笔记本保持登录。</translation>
    </message>
    <message>
        <source>At least %1 characters; not a common password, a word or your user name. A few unrelated words make a good one.</source>
        <translation>至少 %1 个字符；不能是常见密码、单词或您的用户名。几个不相关的词可组成好密码。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type it again.</source>
        <translation>两次输入的新密码不一致。请重新输入。</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>正在修改密码…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one the next time you log in; this laptop and your other laptops stay logged in.</source>
        <translation>密码已修改。下次登录时请使用新密码；本笔记本和您的其他笔记本保持登录。</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Quality assurance</source>
        <translation>质量保证</translation>
    </message>
    <message>
        <source>Preventive maintenance</source>
        <translation>预防性维护</translation>
    </message>
    <message>
        <source>Site readiness</source>
        <translation>场地准备检查</translation>
    </message>
    <message>
        <source>Installation tests</source>
        <translation>安装测试</translation>
    </message>
    <message>
        <source>Acceptance tests</source>
        <translation>验收测试</translation>
    </message>
    <message>
        <source>Electrical safety</source>
        <translation>电气安全</translation>
    </message>
    <message>
        <source>Source exchange</source>
        <translation>换源</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 1.5, 1,5 or -0.8.</source>
        <translation>请输入数字，例如 1.5、1,5 或 -0.8。</translation>
    </message>
    <message>
        <source>Wrong unit: this item is measured in %1.</source>
        <translation>单位错误：此项的单位是 %1。</translation>
    </message>
    <message>
        <source>This item has no unit: enter the number alone.</source>
        <translation>此项没有单位：请只输入数字。</translation>
    </message>
    <message>
        <source>Enter pass or fail (p / f), or n/a.</source>
        <translation>请输入合格或不合格（p / f），或不适用（n/a）。</translation>
    </message>
    <message>
        <source>Not one of this item&apos;s answers: type its number (1–%1) or its name.</source>
        <translation>不是此项的可选答案：请输入选项编号（1–%1）或选项名称。</translation>
    </message>
    <message>
        <source>Enter your verdict: pass, warning or fail (p / w / f).</source>
        <translation>请输入您的结论：合格、警告或不合格（p / w / f）。</translation>
    </message>
    <message>
        <source>This checklist template is missing or invalid.</source>
        <translation>此检查表模板缺失或无效。</translation>
    </message>
    <message>
        <source>Choose the machine class for this checklist.</source>
        <translation>请为此检查表选择机器类别。</translation>
    </message>
    <message>
        <source>This checklist has no such machine class.</source>
        <translation>此检查表没有该机器类别。</translation>
    </message>
    <message>
        <source>This checklist has no such item.</source>
        <translation>此检查表中没有该检查项。</translation>
    </message>
    <message>
        <source>This checklist run is completed; it can no longer be changed.</source>
        <translation>本次检查已完成，不能再修改。</translation>
    </message>
    <message>
        <source>This work order is closed; its checklists are read-only.</source>
        <translation>此工单已关闭，其检查表为只读。</translation>
    </message>
    <message>
        <source>Not entered yet: enter a value, or n/a.</source>
        <translation>尚未填写：请输入数值，或填写不适用（n/a）。</translation>
    </message>
    <message>
        <source>Out of tolerance: add a comment saying what was done.</source>
        <translation>超出容差：请填写备注，说明采取了哪些处理措施。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>This template is not made for this unit: say why it is used anyway.</source>
        <translation>此模板并非为该设备制定：请说明仍使用它的原因。</translation>
    </message>
    <message>
        <source>This item is measured per beam: enter a value on each beam&apos;s row.</source>
        <translation>本项按射束测量：请在每个射束的行中录入数值。</translation>
    </message>
    <message>
        <source>This is not the unit&apos;s treatment class: say why the run uses another one.</source>
        <translation>这不是设备的治疗类别：请说明本次为何使用其他类别。</translation>
    </message>
    <message>
        <source>No baseline for this item on this unit yet: set it (at acceptance or after recalibration) first.</source>
        <translation>本设备此项尚无基准：请先设定（验收时或重新校准后）。</translation>
    </message>
    <message>
        <source>This item is judged by its limits: enter its value, not a verdict.</source>
        <translation>此项按限值判定：请输入测量值，而非结论。</translation>
    </message>
    <message>
        <source>This item is judged per beam: give your verdict on each beam&apos;s row.</source>
        <translation>此项按射束判定：请在各射束行给出判定。</translation>
    </message>
    <message>
        <source>Enter the measured value first, then your verdict.</source>
        <translation>请先输入测量值，再给出结论。</translation>
    </message>
    <message>
        <source>This item is not measured per beam.</source>
        <translation>本项不按射束测量。</translation>
    </message>
    <message>
        <source>This unit has no such beam for this item.</source>
        <translation>该设备没有本项适用的这个射束。</translation>
    </message>
    <message>
        <source>No baseline for %1 yet: set it (at acceptance or after recalibration) first.</source>
        <translation>%1 尚无基准：请先设置（验收时或重新校准后）。</translation>
    </message>
    <message>
        <source>A baseline must be a number other than 0.</source>
        <translation>基准必须是非 0 的数值。</translation>
    </message>
    <message>
        <source>This item is not judged from a baseline.</source>
        <translation>本项不按基准判定。</translation>
    </message>
    <message>
        <source>The unit&apos;s model lacks values of its acceptance specification (from the contract&apos;s ATP). Missing:</source>
        <translation>该设备型号缺少验收规格数值（取自合同验收规程）。缺少：</translation>
    </message>
    <message>
        <source>A service manager enters them on the unit&apos;s page: Acceptance specification….</source>
        <translation>由服务经理在设备页面的“验收规格…”中录入。</translation>
    </message>
</context>
<context>
    <name>ChecklistBeams</name>
    <message>
        <source>Baseline %1</source>
        <translation>基准 %1</translation>
    </message>
    <message>
        <source>No baseline set</source>
        <translation>未设基准</translation>
    </message>
    <message>
        <source>Baseline %1 (%2, %3 · %4)</source>
        <translation>基准 %1（%2，%3 · %4）</translation>
    </message>
    <message>
        <source>No limit: your verdict</source>
        <translation>无限值：由您判定</translation>
    </message>
    <message>
        <source>%1  (Δ %2)</source>
        <translation>%1 （Δ %2）</translation>
    </message>
</context>
<context>
    <name>ChecklistRunTableModel</name>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>记录值</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>%1   ·   Instruments: %2</source>
        <translation>%1   ·   测试仪器：%2</translation>
    </message>
    <message>
        <source>Double-click to choose the test instruments used for this section</source>
        <translation>双击选择本部分使用的测试仪器</translation>
    </message>
    <message>
        <source>Comment required</source>
        <translation>需填写备注</translation>
    </message>
    <message>
        <source>Model specification (ATP)</source>
        <translation>型号规格（验收规程）</translation>
    </message>
    <message>
        <source>⚠ To be confirmed against the published standard</source>
        <translation>⚠ 待与正式发布的标准核对</translation>
    </message>
    <message>
        <source>%1 (action %2)</source>
        <translation>%1（干预水平 %2）</translation>
    </message>
    <message>
        <source>Pass / fail</source>
        <translation>合格 / 不合格</translation>
    </message>
    <message>
        <source>Photo reference</source>
        <translation>照片引用</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>%1 of %2 beams</source>
        <translation>%1/%2 个射束</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>ChecklistRunWidget</name>
    <message>
        <source>Complete run</source>
        <translation>完成检查</translation>
    </message>
    <message>
        <source>&amp;Instruments…</source>
        <translation>测试仪器(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose the test instruments used for the current row&apos;s section</source>
        <translation>选择当前行所在部分使用的测试仪器</translation>
    </message>
    <message>
        <source>Set &amp;baseline…</source>
        <translation>设置基准(&amp;B)…</translation>
    </message>
    <message>
        <source>Set the current beam&apos;s baseline (at acceptance or after recalibration)</source>
        <translation>设置当前射束的基准（验收时或重新校准后）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Template not made for this unit, used because: %1</source>
        <translation>模板并非为该设备制定，使用原因：%1</translation>
    </message>
    <message>
        <source>Not the unit&apos;s treatment class, used because: %1</source>
        <translation>未使用设备的治疗类别，原因：%1</translation>
    </message>
    <message>
        <source>✔ Passed: %1   ⚠ Warnings: %2   ✘ Failures: %3   — Pending: %4   ○ N/A: %5</source>
        <translation>✔ 合格：%1   ⚠ 预警：%2   ✘ 不合格：%3   — 未填写：%4   ○ 不适用：%5</translation>
    </message>
    <message>
        <source>Not saved — %1: %2</source>
        <translation>未保存——%1：%2</translation>
    </message>
    <message>
        <source>Saved: %1 — %2. No limit in the standard: give your verdict against the baseline (p / w / f).</source>
        <translation>已保存：%1 — %2。标准无数值限值：请对照基准给出结论（p / w / f）。</translation>
    </message>
    <message>
        <source>Saved: %1 — %2. Out of tolerance: add a comment before completing.</source>
        <translation>已保存：%1——%2。超出容差：完成前请填写备注。</translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation>已保存：%1——%2</translation>
    </message>
    <message>
        <source>Baseline set: %1</source>
        <translation>已设置基准：%1</translation>
    </message>
    <message>
        <source>Run completed; it is now read-only.</source>
        <translation>检查已完成，现为只读。</translation>
    </message>
    <message>
        <source>The run cannot be completed yet:</source>
        <translation>本次检查尚不能完成：</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
</context>
<context>
    <name>ChecklistsPanel</name>
    <message>
        <source>Start a checklist…</source>
        <translation>开始检查…</translation>
    </message>
    <message>
        <source>Photos of this item…</source>
        <translation>本项照片…</translation>
    </message>
    <message>
        <source>Attach photos or files to the checklist item selected on the right</source>
        <translation>为右侧选中的检查项添加照片或文件</translation>
    </message>
    <message>
        <source>Start a checklist, or choose one on the left.</source>
        <translation>开始新的检查，或在左侧选择一项检查。</translation>
    </message>
    <message>
        <source>✔ %1  ⚠ %2  ✘ %3  — %4</source>
        <translation>✔ %1  ⚠ %2  ✘ %3  — %4</translation>
    </message>
    <message>
        <source>Start a checklist</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>Photos of this item</source>
        <translation>本项照片</translation>
    </message>
    <message>
        <source>Choose an item with a value entered first; photos belong to it.</source>
        <translation>请先选择已填写数值的检查项；照片将附在该项下。</translation>
    </message>
</context>
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
    <name>Cli</name>
    <message>
        <source>%1 is read-only: the database is sound, but this command records what it writes in it. Make the folder writable, or copy it to a writable place.</source>
        <translation>%1 是只读的：数据库完好，但此命令需要在其中记录所写的内容。请使该文件夹可写，或将其复制到可写的位置。</translation>
    </message>
    <message>
        <source>there is no database at %1 to back up.</source>
        <translation>%1 处没有可备份的数据库。</translation>
    </message>
    <message>
        <source>%1 cannot be read here (%2); it was not copied.</source>
        <translation>此处无法读取 %1（%2），未复制。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was not copied.</source>
        <translation>%1 已损坏（%2），未复制。</translation>
    </message>
    <message>
        <source>%1 already exists; give a new file name.</source>
        <translation>%1 已存在，请指定新的文件名。</translation>
    </message>
    <message>
        <source>cannot write %1: there is no folder %2.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>%1 is sound, so it was not replaced: restore-backup replaces only a damaged database.</source>
        <translation>%1 完好，因此未被替换：restore-backup 只替换已损坏的数据库。</translation>
    </message>
    <message>
        <source>To replace the database with it all the same: restore-backup --force</source>
        <translation>如仍要用它替换数据库：restore-backup --force</translation>
    </message>
    <message>
        <source>cannot replace %1: %2.</source>
        <translation>无法替换 %1：%2。</translation>
    </message>
    <message>
        <source>Restored %1 to %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>The replaced file is kept beside it as %1.</source>
        <translation>被替换的文件保留在旁边，名为 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be read here (%2); it may be sound, so it was not replaced.</source>
        <translation>此处无法读取 %1（%2）；它可能完好，因此未被替换。</translation>
    </message>
    <message>
        <source>row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>%1 of %2 rows refused: nothing imported.</source>
        <translation>%2 行中有 %1 行被拒绝：未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 rows checked: all would be imported.</source>
        <translation>已检查 %1 行：全部可以导入。</translation>
    </message>
    <message>
        <source>%1 parts imported, %2 opening stock movements.</source>
        <translation>已导入 %1 个配件，%2 笔期初库存入库。</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>Only the service manager may change the company profile.</source>
        <translation>只有服务经理可以修改公司信息。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name in Chinese or in English.</source>
        <translation>请填写公司的中文或英文名称。</translation>
    </message>
    <message>
        <source>This file is not an image Beamside can read (PNG, JPEG, BMP or GIF).</source>
        <translation>该文件不是 Beamside 可读取的图片（PNG、JPEG、BMP 或 GIF）。</translation>
    </message>
    <message>
        <source>This image file is larger than 10 MB; choose a smaller one.</source>
        <translation>图片文件超过 10 MB，请选择较小的文件。</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>无法读取该图片。</translation>
    </message>
    <message>
        <source>This image stays larger than 256 KB even when scaled down; use a simpler picture.</source>
        <translation>该图片缩小后仍超过 256 KB，请使用更简洁的图片。</translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <source>Company profile</source>
        <translation>公司信息</translation>
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
        <source>Address (Chinese)</source>
        <translation>地址（中文）</translation>
    </message>
    <message>
        <source>Address (English)</source>
        <translation>地址（英文）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <source>Printed in every report&apos;s letterhead.</source>
        <translation>印在每份报告的页眉上。</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>公章</translation>
    </message>
    <message>
        <source>Stamped on signed certificates.</source>
        <translation>加盖在已签字的证书上。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No company profile yet: reports, certificates and signatures name no organisation until it is entered here.</source>
        <translation>尚未填写公司信息：在此填写之前，报告、证书和签名中不显示单位名称。</translation>
    </message>
    <message>
        <source>Reports print these details in their own language; the profile reaches every laptop with the next sync.</source>
        <translation>报告按其语言打印这些信息；下次同步后，所有笔记本电脑都会收到公司信息。</translation>
    </message>
    <message>
        <source>Only the service manager may change the company profile.</source>
        <translation>只有服务经理可以修改公司信息。</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>&amp;Assessment</source>
        <translation>评估(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Handling</source>
        <translation>处理(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;losing</source>
        <translation>结案(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The complaint is about the device (ISO 13485 §8.2.2)</source>
        <translation>投诉涉及医疗器械本身（ISO 13485 §8.2.2）</translation>
    </message>
    <message>
        <source>Authority or manufacturer reported to</source>
        <translation>上报的监管部门或生产企业</translation>
    </message>
    <message>
        <source>Save &amp;assessment</source>
        <translation>保存评估(&amp;A)</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Possibly a reportable adverse event?</source>
        <translation>是否可能为需上报的不良事件？</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>上报对象</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>是否告知客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>What was found or done</source>
        <translation>发现或采取的措施</translation>
    </message>
    <message>
        <source>Add &amp;entry</source>
        <translation>添加记录(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Link work order</source>
        <translation>关联工单(&amp;L)</translation>
    </message>
    <message>
        <source>Record of handling</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Linked work orders</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户反馈内容</translation>
    </message>
    <message>
        <source>Save &amp;cause</source>
        <translation>保存原因(&amp;C)</translation>
    </message>
    <message>
        <source>Close the &amp;complaint</source>
        <translation>结案(&amp;C)</translation>
    </message>
    <message>
        <source>What the customer is still not satisfied with</source>
        <translation>客户仍不满意之处</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Customer told by</source>
        <translation>告知客户方式</translation>
    </message>
    <message>
        <source>Reopen because</source>
        <translation>重新打开原因</translation>
    </message>
    <message>
        <source>Complaint — %1</source>
        <translation>投诉 — %1</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
</context>
<context>
    <name>ComplaintExport</name>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Unit model</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>About the device</source>
        <translation>涉及器械</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>上报对象</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Days to close</source>
        <translation>结案天数</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 complaint(s) written to %2</source>
        <translation>已将 %1 条投诉写入 %2</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>仅显示超期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>统计(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 条超期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTableModel</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>落选的值</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
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
    <name>ContractDialog</name>
    <message>
        <source>Service contract</source>
        <translation>服务合同</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>计划维护</translation>
    </message>
    <message>
        <source>Customer-caused</source>
        <translation>客户原因</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等待客户</translation>
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
        <source>2027-10-01 0 National Day</source>
        <translation>2027-10-01 0 国庆节</translation>
    </message>
    <message>
        <source>Empty: the hospital&apos;s physicist</source>
        <translation>留空：医院物理师</translation>
    </message>
    <message>
        <source>e.g. medical physicist</source>
        <translation>例如：医学物理师</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>PM visits a year</source>
        <translation>每年保养次数</translation>
    </message>
    <message>
        <source>Inspections a year</source>
        <translation>每年巡检次数</translation>
    </message>
    <message>
        <source>On site within (down machine)</source>
        <translation>到场时限（停机故障）</translation>
    </message>
    <message>
        <source>Guaranteed uptime</source>
        <translation>保证开机率</translation>
    </message>
    <message>
        <source>Downtime not counted</source>
        <translation>不计停机</translation>
    </message>
    <message>
        <source>Uptime counted over</source>
        <translation>开机率计算时段</translation>
    </message>
    <message>
        <source>Clinical day starts</source>
        <translation>临床开始时间</translation>
    </message>
    <message>
        <source>Clinical hours per day</source>
        <translation>每日临床小时数</translation>
    </message>
    <message>
        <source>Exception days</source>
        <translation>例外日期</translation>
    </message>
    <message>
        <source>Signs the clinical release</source>
        <translation>临床放行签字人</translation>
    </message>
    <message>
        <source>In the capacity of</source>
        <translation>签字身份</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Exception line %1: write YYYY-MM-DD, hours (0-24), a note.</source>
        <translation>例外日期第 %1 行：请写 YYYY-MM-DD、小时数（0-24）和说明。</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Only contracts ending within 90 days</source>
        <translation>只显示 90 天内到期的合同</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>新建合同…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>PM/year</source>
        <translation>保养/年</translation>
    </message>
    <message>
        <source>Inspections/year</source>
        <translation>巡检/年</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>开机率</translation>
    </message>
    <message>
        <source>Counted over</source>
        <translation>计算时段</translation>
    </message>
    <message>
        <source>The contracts could not be read: %1</source>
        <translation>无法读取合同：%1</translation>
    </message>
    <message>
        <source>%1 contracts end within 90 days</source>
        <translation>%1 份合同将在 90 天内到期</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 contracts</source>
        <translation>%1 份合同</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>Only finance approves a budget.</source>
        <translation>只有财务部门可以批准预算。</translation>
    </message>
    <message>
        <source>This budget is already approved.</source>
        <translation>该预算已批准。</translation>
    </message>
    <message>
        <source>An approved budget is not changed: draft a new one for changes.</source>
        <translation>已批准的预算不能修改：如需调整，请编制新预算。</translation>
    </message>
    <message>
        <source>Only finance and the service manager keep budgets and rates.</source>
        <translation>只有财务部门和售后服务经理维护预算和费率。</translation>
    </message>
    <message>
        <source>You enter costs only on work orders you are assigned to.</source>
        <translation>您只能在分派给您的工单上录入费用。</translation>
    </message>
    <message>
        <source>Your role does not enter costs.</source>
        <translation>您的角色不能录入费用。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The hourly rate must be more than zero.</source>
        <translation>小时费率必须大于零。</translation>
    </message>
    <message>
        <source>Labour and parts come from the job&apos;s records; they are not entered by hand.</source>
        <translation>人工和配件费用取自工单记录，不需手工录入。</translation>
    </message>
    <message>
        <source>The month must be from 1 to 12.</source>
        <translation>月份必须在 1 到 12 之间。</translation>
    </message>
    <message>
        <source>A budget amount must be zero or more.</source>
        <translation>预算金额不能为负数。</translation>
    </message>
    <message>
        <source>A budget amount is in yuan with at most two decimals (fen).</source>
        <translation>预算金额以元为单位，最多两位小数（分）。</translation>
    </message>
    <message>
        <source>A budget amount above 10,000,000,000 yuan is surely a typing error.</source>
        <translation>预算金额超过 100 亿元，应是输入错误。</translation>
    </message>
    <message>
        <source>Type an amount in yuan, such as 12500 or 980.50.</source>
        <translation>请输入以元为单位的金额，例如 12500 或 980.50。</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按费用类别</translation>
    </message>
    <message>
        <source>By project and department</source>
        <translation>按项目和部门</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>差异率</translation>
    </message>
    <message>
        <source>Company-wide</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>There is no budget for %1: draft one on the Costs page first.</source>
        <translation>%1 年没有预算：请先在“费用”页面编制预算。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 rows of budget against actual written to %2</source>
        <translation>已将 %1 行预算与实际对比写入 %2</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按费用类别</translation>
    </message>
    <message>
        <source>By project and department</source>
        <translation>按项目和部门</translation>
    </message>
    <message>
        <source>Year to date, summed</source>
        <translation>本年累计至今</translation>
    </message>
    <message>
        <source>Whole year, by month</source>
        <translation>全年，按月</translation>
    </message>
    <message>
        <source>Whole year, summed</source>
        <translation>全年合计</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <source>Draft a budget</source>
        <translation>编制预算</translation>
    </message>
    <message>
        <source>Edit amounts…</source>
        <translation>编辑金额…</translation>
    </message>
    <message>
        <source>Approve budget</source>
        <translation>批准预算</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>修改历史…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>差异率</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>小时费率</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>New rate…</source>
        <translation>新费率…</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation>预算与实际</translation>
    </message>
    <message>
        <source>Engineers&apos; rates</source>
        <translation>工程师费率</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>The costs could not be read: %1</source>
        <translation>无法读取费用：%1</translation>
    </message>
    <message>
        <source>No budget for this year yet: draft one.</source>
        <translation>本年度尚无预算：请编制。</translation>
    </message>
    <message>
        <source>Draft by %1, awaiting finance&apos;s approval · total %2 ¥</source>
        <translation>%1 编制的草稿，待财务审批 · 合计 %2 元</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 · total %3 ¥</source>
        <translation>%1 于 %2 批准 · 合计 %3 元</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Budget %1 ¥ · actual %2 ¥ · variance %3 ¥</source>
        <translation>预算 %1 元 · 实际 %2 元 · 差异 %3 元</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) over budget</source>
        <translation>
            <numerusform>%n 行超预算</numerusform>
        </translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Service cost budget %1</source>
        <translation>%1 年售后服务费用预算</translation>
    </message>
    <message>
        <source>Approve this budget? It cannot be changed once approved.</source>
        <translation>批准此预算？批准后不能再修改。</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>已写入 %1 行到 %2</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>请先选择人员。</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>新费率</translation>
    </message>
    <message>
        <source>Hourly rate (¥) from today:</source>
        <translation>自今日起的小时费率（元）：</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>New course in the %1 training plan</source>
        <translation>新增 %1 年度培训计划课程</translation>
    </message>
    <message>
        <source>Course of the %1 training plan</source>
        <translation>%1 年度培训计划课程</translation>
    </message>
    <message>
        <source>e.g. MLC fault finding and repair</source>
        <translation>例如：多叶光栅故障诊断与维修</translation>
    </message>
    <message>
        <source>A person, a department or the vendor&apos;s school</source>
        <translation>个人、部门或厂家培训中心</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>课程(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>内容(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>St&amp;arts</source>
        <translation>开始(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>培训讲师(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pass mark</source>
        <translation>及格分(&amp;P)</translation>
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
    <name>CustomerDowntimePanel</name>
    <message>
        <source>Downtime cause</source>
        <translation>停机原因</translation>
    </message>
    <message>
        <source>A failure of the unit (counts against uptime)</source>
        <translation>设备故障（计入开机率）</translation>
    </message>
    <message>
        <source>Caused by the customer</source>
        <translation>客户原因造成</translation>
    </message>
    <message>
        <source>What the customer did</source>
        <translation>客户方面发生了什么</translation>
    </message>
    <message>
        <source>Save cause</source>
        <translation>保存原因</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Waiting for the customer…</source>
        <translation>等待客户…</translation>
    </message>
    <message>
        <source>Customer ready</source>
        <translation>客户已就绪</translation>
    </message>
    <message>
        <source>Edit period…</source>
        <translation>修改时段…</translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation>删除时段</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>The service contract says whether customer-caused downtime and time spent waiting for the customer count against the uptime guarantee.</source>
        <translation>客户原因造成的停机和等待客户的时间是否计入开机率保证，由服务合同约定。</translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation>仍在等待</translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation>等待时段</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <source>the file does not begin with an SQLite header</source>
        <translation>文件开头没有 SQLite 文件头</translation>
    </message>
    <message>
        <source>the file holds no Beamside tables</source>
        <translation>文件中没有 Beamside 的数据表</translation>
    </message>
    <message>
        <source>an SQLite file of another program</source>
        <translation>这是其他程序的 SQLite 文件</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Export KPI tables (.xlsx)…</source>
        <translation>导出 KPI 表（.xlsx）…</translation>
    </message>
    <message>
        <source>Monthly reports (PDF)…</source>
        <translation>月度报告（PDF）…</translation>
    </message>
    <message>
        <source>The month&apos;s sealed service report for each hospital with activity</source>
        <translation>为本月有服务的每家医院生成已签章的月度服务报告</translation>
    </message>
    <message>
        <source>Uptime chart:</source>
        <translation>开机率图：</translation>
    </message>
    <message>
        <source>QA trend:</source>
        <translation>QA 趋势：</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export (.xlsx)…</source>
        <translation>导出 (.xlsx)…</translation>
    </message>
    <message>
        <source>By contract</source>
        <translation>按合同</translation>
    </message>
    <message>
        <source>By engineer</source>
        <translation>按工程师</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Service month %1</source>
        <translation>%1 服务月报</translation>
    </message>
    <message>
        <source>Downtime by subsystem</source>
        <translation>按子系统的停机时间</translation>
    </message>
    <message>
        <source>Downtime by subsystem: no repair back in use this month</source>
        <translation>按子系统的停机时间：本月没有恢复使用的维修</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>（无故障代码）</translation>
    </message>
    <message>
        <source>Hours down</source>
        <translation>停机小时</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Subsystem (fault code group)</source>
        <translation>子系统（故障代码组）</translation>
    </message>
    <message>
        <source>Response time (hours to first reaction)</source>
        <translation>响应时间（至首次响应的小时数）</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Open urgent repairs: %1</source>
        <translation>未完成的紧急维修：%1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Uptime by contract: %1 of %2 below the guarantee</source>
        <translation>各合同开机率：%2 份中 %1 份低于保证值</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>The uptime of the units each engineer worked on this month</source>
        <translation>各工程师本月服务过的设备的开机率</translation>
    </message>
    <message>
        <source>Uptime of %1&apos;s units</source>
        <translation>%1 服务设备的开机率</translation>
    </message>
    <message>
        <source>The lowest units this month</source>
        <translation>本月开机率最低的设备</translation>
    </message>
    <message>
        <source>Uptime per month</source>
        <translation>每月开机率</translation>
    </message>
    <message>
        <source>Guarantee %1</source>
        <translation>保证值 %1</translation>
    </message>
    <message>
        <source>Uptime of %1</source>
        <translation>%1 的开机率</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1（%2 个数值）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>Export KPI tables</source>
        <translation>导出 KPI 表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>Beamside needs a desktop session to show its window, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from the desktop; for --smoke and the commands without a screen, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>Beamside 需要桌面会话来显示窗口，但未找到（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。请从桌面启动；无屏幕运行 --smoke 和命令时，请设置 QT_QPA_PLATFORM=offscreen。</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>it is read-only for you (no permission to write there)</source>
        <translation>它对您是只读的（没有写入权限）</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>路径中的一部分是文件而不是文件夹</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>it is not an ordinary folder that can hold files</source>
        <translation>它不是可以存放文件的普通文件夹</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Give --data-dir a folder (Beamside makes it if it is missing).</source>
        <translation>数据文件夹 %1 是一个文件，不是文件夹。请为 --data-dir 指定一个文件夹（不存在时 Beamside 会创建它）。</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist and cannot be made: %2.</source>
        <translation>数据文件夹 %1 不存在，且无法创建：%2。</translation>
    </message>
    <message>
        <source>Beamside cannot save in the data folder %1: %2. Make it writable, or choose another folder with --data-dir.</source>
        <translation>Beamside 无法在数据文件夹 %1 中保存：%2。请使其可写，或用 --data-dir 选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>DayTable</name>
    <message>
        <source>Export (.xlsx)…</source>
        <translation>导出 (.xlsx)…</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Upgrade done</source>
        <translation>升级完成</translation>
    </message>
    <message>
        <source>&amp;Version now on the unit</source>
        <translation>设备当前版本(&amp;V)</translation>
    </message>
</context>
<context>
    <name>DowntimePanel</name>
    <message>
        <source>Unit not released to us (patients being treated)</source>
        <translation>设备未交给我们（正在治疗患者）</translation>
    </message>
    <message>
        <source>Hospital&apos;s approval pending</source>
        <translation>等待医院审批</translation>
    </message>
    <message>
        <source>Access to the treatment room refused</source>
        <translation>无法进入机房</translation>
    </message>
    <message>
        <source>Hospital&apos;s physicist not available</source>
        <translation>医院物理师不在</translation>
    </message>
    <message>
        <source>Hospital power cut</source>
        <translation>医院停电</translation>
    </message>
    <message>
        <source>Hospital&apos;s cooling water failed</source>
        <translation>医院冷却水故障</translation>
    </message>
    <message>
        <source>Misuse by the operator</source>
        <translation>操作人员使用不当</translation>
    </message>
    <message>
        <source>Waiting for the customer since %1: %2</source>
        <translation>自 %1 起等待客户：%2</translation>
    </message>
    <message>
        <source>The repair has not waited for the customer.</source>
        <translation>本维修没有等待客户的时间。</translation>
    </message>
    <message>
        <source>Waited for the customer %1 time(s), %2 h in all.</source>
        <translation>共等待客户 %1 次，合计 %2 小时。</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>%1 work order(s) behind this figure</source>
        <translation>该数字背后的 %1 个工单</translation>
    </message>
    <message>
        <source>%1 — not counted: %2</source>
        <translation>%1 — 不计入：%2</translation>
    </message>
</context>
<context>
    <name>EngineerDayView</name>
    <message>
        <source>Nothing of yours is overdue.</source>
        <translation>您没有逾期的工作。</translation>
    </message>
    <message>
        <source>No job of yours is due today.</source>
        <translation>今天没有到期的工作。</translation>
    </message>
    <message>
        <source>No job of yours is waiting for parts.</source>
        <translation>您没有等待备件的工作。</translation>
    </message>
    <message>
        <source>No follow-up call is due.</source>
        <translation>没有到期的回访电话。</translation>
    </message>
    <message>
        <source>%1&apos;s day · %2</source>
        <translation>%1 的一天 · %2</translation>
    </message>
    <message>
        <source>Overdue jobs</source>
        <translation>逾期工作</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>等待备件</translation>
    </message>
    <message>
        <source>Follow-up calls due</source>
        <translation>到期回访</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>以后到期</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>逾期（%1）</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>今天到期（%1）</translation>
    </message>
    <message>
        <source>Waiting for parts (%1)</source>
        <translation>等待备件（%1）</translation>
    </message>
    <message>
        <source>Follow-up calls due (%1)</source>
        <translation>到期回访（%1）</translation>
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
        <source>Finance</source>
        <translation>财务</translation>
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
        <source>Installation and commissioning</source>
        <translation>设备安装调试</translation>
    </message>
    <message>
        <source>Repair and maintenance</source>
        <translation>维修保养</translation>
    </message>
    <message>
        <source>Parts purchase</source>
        <translation>配件采购</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>人员培训</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>路途工时</translation>
    </message>
    <message>
        <source>Parts at cost</source>
        <translation>配件（成本价）</translation>
    </message>
    <message>
        <source>Travel expenses</source>
        <translation>交通费</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>住宿费</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>外协服务</translation>
    </message>
    <message>
        <source>Training fees</source>
        <translation>培训费</translation>
    </message>
    <message>
        <source>Field service</source>
        <translation>现场服务部</translation>
    </message>
    <message>
        <source>Repair workshop</source>
        <translation>维修部</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Equipment quality</source>
        <translation>设备质量</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Engineer conduct</source>
        <translation>工程师服务态度</translation>
    </message>
    <message>
        <source>Documents and reports</source>
        <translation>文件与报告</translation>
    </message>
    <message>
        <source>Costs and invoicing</source>
        <translation>费用与开票</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Not reported to the customer</source>
        <translation>未告知客户</translation>
    </message>
    <message>
        <source>Told by phone</source>
        <translation>电话告知</translation>
    </message>
    <message>
        <source>Told by e-mail</source>
        <translation>邮件告知</translation>
    </message>
    <message>
        <source>Told in a visit</source>
        <translation>上门告知</translation>
    </message>
    <message>
        <source>Told by letter</source>
        <translation>书面告知</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
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
    <message>
        <source>Not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>未进行</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>No one harmed, and no one could have been</source>
        <translation>未导致且不可能导致人体伤害</translation>
    </message>
    <message>
        <source>No one harmed, but it could have harmed a patient</source>
        <translation>未导致人体伤害，但可能导致患者伤害</translation>
    </message>
    <message>
        <source>Someone was harmed</source>
        <translation>已导致人体伤害</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Nothing removed</source>
        <translation>无拆下件</translation>
    </message>
    <message>
        <source>Returned to parts store</source>
        <translation>退回备件库</translation>
    </message>
    <message>
        <source>Sent to manufacturer (RMA)</source>
        <translation>返厂（RMA）</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>危急</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>未回访</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Could not reach</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>维修服务报告</translation>
    </message>
    <message>
        <source>Inspection and preventive maintenance report</source>
        <translation>巡检及预防性维护报告</translation>
    </message>
    <message>
        <source>Installation and commissioning report</source>
        <translation>安装调试报告</translation>
    </message>
    <message>
        <source>Acceptance report</source>
        <translation>验收报告</translation>
    </message>
    <message>
        <source>Operator training certificate</source>
        <translation>操作培训证书</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Released for clinical use</source>
        <translation>放行临床使用</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Engineer&apos;s kit</source>
        <translation>工程师备件箱</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Issue to a work order</source>
        <translation>领用到工单</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Out for repair (RMA)</source>
        <translation>送修（RMA）</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Stocktake adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <source>Repair waiting for parts</source>
        <translation>维修待件</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>计划保养</translation>
    </message>
    <message>
        <source>Below reorder level</source>
        <translation>低于再订货点</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手工添加</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Dosimeter</source>
        <translation>剂量仪</translation>
    </message>
    <message>
        <source>Electrometer</source>
        <translation>静电计</translation>
    </message>
    <message>
        <source>Ion chamber</source>
        <translation>电离室</translation>
    </message>
    <message>
        <source>Water phantom</source>
        <translation>三维水箱</translation>
    </message>
    <message>
        <source>Electrical safety analyser</source>
        <translation>电气安全分析仪</translation>
    </message>
    <message>
        <source>Survey meter</source>
        <translation>辐射巡测仪</translation>
    </message>
    <message>
        <source>Calibration overdue</source>
        <translation>校准已过期</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>校准有效</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Non-IMRT</source>
        <translation>非调强</translation>
    </message>
    <message>
        <source>IMRT</source>
        <translation>调强（IMRT）</translation>
    </message>
    <message>
        <source>SRS/SBRT</source>
        <translation>立体定向（SRS/SBRT）</translation>
    </message>
    <message>
        <source>Photon</source>
        <translation>光子（X射线）</translation>
    </message>
    <message>
        <source>Electron</source>
        <translation>电子线</translation>
    </message>
    <message>
        <source>Recalibration</source>
        <translation>重新校准</translation>
    </message>
    <message>
        <source>Scheduled clinical hours</source>
        <translation>排定临床时间</translation>
    </message>
    <message>
        <source>24 × 7</source>
        <translation>全天候 24 × 7</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>待批准</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>延迟完成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未完成（错过）</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>集中培训</translation>
    </message>
    <message>
        <source>Basic principle</source>
        <translation>基本原理</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作方法</translation>
    </message>
    <message>
        <source>Daily maintenance</source>
        <translation>日常维护</translation>
    </message>
    <message>
        <source>Safety precautions</source>
        <translation>安全注意事项</translation>
    </message>
    <message>
        <source>Qualifies</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Equipment knowledge</source>
        <translation>设备知识</translation>
    </message>
    <message>
        <source>Repair skills</source>
        <translation>维修技能</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>操作规程</translation>
    </message>
    <message>
        <source>Quality management</source>
        <translation>质量管理</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部培训</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部培训</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线学习</translation>
    </message>
    <message>
        <source>Radiation safety</source>
        <translation>辐射安全</translation>
    </message>
    <message>
        <source>Vendor training</source>
        <translation>厂家培训</translation>
    </message>
    <message>
        <source>Electrician&apos;s licence</source>
        <translation>电工证</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation>再培训</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>调整岗位</translation>
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
            <numerusform>%n 个工单</numerusform>
        </translation>
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
        <source>&amp;Configuration…</source>
        <translation>设备配置(&amp;C)…</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>Contract history…</source>
        <translation>合同变更记录…</translation>
    </message>
    <message>
        <source>Acceptance specification…</source>
        <translation>验收规格…</translation>
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
    <message>
        <source>Released for clinical use</source>
        <translation>放行临床使用</translation>
    </message>
    <message>
        <source>Treatment class · beams</source>
        <translation>治疗类别 · 射束</translation>
    </message>
    <message>
        <source>Acceptance-level testing</source>
        <translation>验收级检测</translation>
    </message>
    <message>
        <source>Software upgrades</source>
        <translation>软件升级</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 个未完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hotline call(s)</source>
        <translation>
            <numerusform>%n 个热线来电</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s)</source>
        <translation>
            <numerusform>%n 次维修</numerusform>
        </translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Hotline calls</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Customer downtime</source>
        <translation>客户原因停机</translation>
    </message>
    <message>
        <source>%1 done on time, %2 late, %3 missed, %4 to come</source>
        <translation>按时完成 %1 次，延迟 %2 次，错过 %3 次，待进行 %4 次</translation>
    </message>
    <message>
        <source>Contract period</source>
        <translation>合同期限</translation>
    </message>
    <message>
        <source>Next planned visit</source>
        <translation>下次计划服务</translation>
    </message>
    <message>
        <source>Planned visits this year</source>
        <translation>本年计划服务</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>— legacy, not signed</source>
        <translation>— 旧记录，无签字</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>(now %1)</source>
        <translation>（现为 %1）</translation>
    </message>
    <message>
        <source>Required: %1 replaced</source>
        <translation>需要：已更换%1</translation>
    </message>
    <message>
        <source>Recorded by %1 · %2</source>
        <translation>%1 已记录 · %2</translation>
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
    <name>ExamDialog</name>
    <message>
        <source>Exam</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>受训人员</translation>
    </message>
    <message>
        <source>first exam</source>
        <translation>首次考核</translation>
    </message>
    <message>
        <source>re-exam</source>
        <translation>补考</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>考核次数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>第 %1 次（%2）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <source>Add an expense</source>
        <translation>添加费用</translation>
    </message>
    <message>
        <source>e.g. flight Nanjing–Jinan, hotel 2 nights</source>
        <translation>例如：南京—济南机票，酒店 2 晚</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FaultCodePicker</name>
    <message>
        <source>Type a code or words of its title</source>
        <translation>输入故障代码或标题中的关键词</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>What was found, where, how bad</source>
        <translation>发现了什么问题、在什么部位、严重程度如何</translation>
    </message>
    <message>
        <source>Fixed on the spot</source>
        <translation>已当场解决</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Escalate to &amp;repair</source>
        <translation>转为维修(&amp;R)</translation>
    </message>
    <message>
        <source>Open a repair work order for this finding, linked to this inspection</source>
        <translation>为此问题新建维修工单，并关联到本工单</translation>
    </message>
    <message>
        <source>Running parameters</source>
        <translation>运行参数</translation>
    </message>
    <message>
        <source>Add reading…</source>
        <translation>添加参数…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Add finding…</source>
        <translation>添加问题…</translation>
    </message>
    <message>
        <source>This record was deleted meanwhile.</source>
        <translation>该记录已在此期间被删除。</translation>
    </message>
    <message>
        <source>Repair work order %1 opened for this finding.</source>
        <translation>已为此问题新建维修工单 %1。</translation>
    </message>
    <message>
        <source>Remove the selected finding?</source>
        <translation>删除所选问题？</translation>
    </message>
    <message>
        <source>Remove the selected reading?</source>
        <translation>删除所选参数？</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Fixed on site</source>
        <translation>当场解决</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Double-click to open the repair work order</source>
        <translation>双击打开维修工单</translation>
    </message>
</context>
<context>
    <name>FolderBatchDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stops after the report being written</source>
        <translation>写完当前报告后停止</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Choose a folder for the reports.</source>
        <translation>请选择保存报告的文件夹。</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>报告保存文件夹</translation>
    </message>
    <message>
        <source>Stopping after the current report…</source>
        <translation>当前报告完成后停止…</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 条回访</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>记录回访结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Record how the follow-up call went (Ctrl+R)</source>
        <translation>记录电话回访的结果（Ctrl+R）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Applies to work orders completed from now on</source>
        <translation>仅对此后完成的工单生效</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>A satisfied first call schedules a second contact this long after the work</source>
        <translation>首次回访满意后，在完工后该时间进行第二次回访</translation>
    </message>
    <message>
        <source>Call back after</source>
        <translation>完工后回访间隔</translation>
    </message>
    <message>
        <source>Tracking period</source>
        <translation>质量跟踪期</translation>
    </message>
    <message>
        <source>Re-check opened</source>
        <translation>已新建复查工单</translation>
    </message>
    <message>
        <source>The customer is not satisfied: repair work order %1 was opened for the re-check.</source>
        <translation>客户不满意：已新建维修工单 %1 进行复查。</translation>
    </message>
    <message>
        <source>Record the customer&apos;s dissatisfaction as a complaint too?</source>
        <translation>是否同时将客户的不满登记为投诉？</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>共 %n 条修改记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>没有修改记录。</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取修改记录：%1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
</context>
<context>
    <name>HotlinePage</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 个来电</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>新来电(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;questions only</source>
        <translation>仅显示待答复问题(&amp;Q)</translation>
    </message>
    <message>
        <source>Read-only for your role.</source>
        <translation>您的角色只能查看。</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import parts from Excel</source>
        <translation>从 Excel 导入配件</translation>
    </message>
    <message>
        <source>Choose a workbook…</source>
        <translation>选择工作簿…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Opening qty</source>
        <translation>期初数量</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Skip the bad rows and import the others</source>
        <translation>跳过有问题的行，导入其余各行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 rows, %2 with problems. Nothing is written while a row is bad.</source>
        <translation>共 %1 行，其中 %2 行有问题。存在问题行时不写入任何数据。</translation>
    </message>
    <message>
        <source>%1 rows, all good.</source>
        <translation>共 %1 行，全部正确。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%1 parts imported, %2 opening stock movements; %3 rows skipped.</source>
        <translation>已导入 %1 个配件，%2 笔期初库存入库；跳过 %3 行。</translation>
    </message>
</context>
<context>
    <name>InstallationPanel</name>
    <message>
        <source>Agreed date</source>
        <translation>约定日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Commissioning results</source>
        <translation>调试结果</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>遗留问题</translation>
    </message>
    <message>
        <source>Accepted by (customer)</source>
        <translation>验收人（客户）</translation>
    </message>
    <message>
        <source>Accepted by (engineer)</source>
        <translation>验收人（工程师）</translation>
    </message>
    <message>
        <source>Accepted by (QC)</source>
        <translation>验收人（质量控制）</translation>
    </message>
    <message>
        <source>Accepted and handed over</source>
        <translation>验收合格，已移交客户</translation>
    </message>
</context>
<context>
    <name>InstrumentDialog</name>
    <message>
        <source>Test instrument</source>
        <translation>测试仪器</translation>
    </message>
    <message>
        <source>New test instrument</source>
        <translation>新增测试仪器</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>公司（办公室）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Calibration certificate</source>
        <translation>校准证书编号</translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation>校准日期</translation>
    </message>
    <message>
        <source>Calibration due</source>
        <translation>校准有效期至</translation>
    </message>
    <message>
        <source>Calibration laboratory</source>
        <translation>校准机构</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Retired: no longer offered on checklist runs.</source>
        <translation>已停用：检查表中不再提供此仪器。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>%1 · %2 · SN %3 · due %4</source>
        <translation>%1 · %2 · 序列号 %3 · 有效期至 %4</translation>
    </message>
    <message>
        <source>%1 SN %2</source>
        <translation>%1 序列号 %2</translation>
    </message>
    <message>
        <source>⚠ Calibration past due on the run&apos;s date (%1); results need review:</source>
        <translation>⚠ 以下测试仪器在本次检查日期（%1）校准已过期，相关测量结果需复核：</translation>
    </message>
    <message>
        <source>• %1 SN %2 — due %3; used for: %4</source>
        <translation>• %1 序列号 %2 — 有效期至 %3；用于：%4</translation>
    </message>
</context>
<context>
    <name>InstrumentsPage</name>
    <message numerus="yes">
        <source>%n instrument(s)</source>
        <translation>
            <numerusform>%n 台仪器</numerusform>
        </translation>
    </message>
    <message>
        <source>Office</source>
        <translation>公司（办公室）</translation>
    </message>
    <message>
        <source>&amp;Add instrument…</source>
        <translation>新增仪器(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Retire / bring back</source>
        <translation>停用／恢复(&amp;R)</translation>
    </message>
    <message>
        <source>A retired instrument is no longer offered on checklist runs; runs keep it</source>
        <translation>停用的仪器不再出现在检查表的选择中；已使用的记录保留</translation>
    </message>
    <message>
        <source>Read-only: the service manager and quality control keep the register.</source>
        <translation>只读：仪器台账由服务经理和质量控制维护。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue parts for a work order</source>
        <translation>为工单发放配件</translation>
    </message>
    <message>
        <source>Serial (serialised parts)</source>
        <translation>序列号（按序列号管理的配件）</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Printed name of who receives the parts</source>
        <translation>领料人姓名（正楷）</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>清除签名</translation>
    </message>
    <message>
        <source>Work order:</source>
        <translation>工单：</translation>
    </message>
    <message>
        <source>Issue from:</source>
        <translation>发料库位：</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>配件：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>领料人：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Issue and sign</source>
        <translation>发料并签收</translation>
    </message>
    <message>
        <source>You hold no kit to issue parts from.</source>
        <translation>您没有可发料的备件箱。</translation>
    </message>
    <message>
        <source>Choose a part from the catalogue.</source>
        <translation>请从配件目录中选择配件。</translation>
    </message>
    <message>
        <source>Choose the work order the parts are issued to.</source>
        <translation>请选择配件发往的工单。</translation>
    </message>
    <message>
        <source>Save the issue slip</source>
        <translation>保存领料单</translation>
    </message>
    <message>
        <source>The slip could not be written: %1</source>
        <translation>领料单无法写入：%1</translation>
    </message>
</context>
<context>
    <name>JobCostsPanel</name>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Rate or unit cost</source>
        <translation>费率或单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Add an expense…</source>
        <translation>添加费用…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>修改历史…</translation>
    </message>
    <message>
        <source>Labour and travel time come from the hours on the job at each engineer&apos;s rate, parts from what was issued to it at cost; add tickets, hotels and outside services here.</source>
        <translation>人工和路途工时按工单记录的工时和各工程师的费率计算，配件按领用数量和成本价计算；机票、酒店和外协服务请在此添加。</translation>
    </message>
    <message>
        <source>The costs could not be read: %1</source>
        <translation>无法读取费用：%1</translation>
    </message>
    <message>
        <source>Total: %1 ¥</source>
        <translation>合计：%1 元</translation>
    </message>
    <message>
        <source>(some amounts are not known: an engineer has no rate)</source>
        <translation>（部分金额未知：有工程师尚无费率）</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>时间段的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>%1 KPI rows written to %2</source>
        <translation>已写入 %1 行 KPI 到 %2</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Response (h)</source>
        <translation>响应（小时）</translation>
    </message>
    <message>
        <source>To site (h)</source>
        <translation>到场（小时）</translation>
    </message>
    <message>
        <source>MTTR (h)</source>
        <translation>平均修复时间 MTTR（小时）</translation>
    </message>
    <message>
        <source>MTBF (days)</source>
        <translation>平均故障间隔 MTBF（天）</translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>Repeat failures</source>
        <translation>重复故障</translation>
    </message>
    <message>
        <source>PM on time</source>
        <translation>预防性维护按时率</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>回访满意率</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>备件用量</translation>
    </message>
    <message>
        <source>Parts cost</source>
        <translation>备件费用</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>开机率</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>保证值</translation>
    </message>
    <message>
        <source>Clinical hours lost</source>
        <translation>损失临床小时</translation>
    </message>
    <message>
        <source>Shortfall (h)</source>
        <translation>差额（小时）</translation>
    </message>
    <message>
        <source>Excluded (h)</source>
        <translation>不计入 (小时)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>planned work</source>
        <translation>计划内工作</translation>
    </message>
    <message>
        <source>caused by the customer</source>
        <translation>客户原因</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Behind the figures</source>
        <translation>指标明细</translation>
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
        <source>Due</source>
        <translation>应回访日期</translation>
    </message>
    <message>
        <source>Due status</source>
        <translation>到期情况</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Open question with</source>
        <translation>待答复负责人</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>接听人</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
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
        <source>Awaiting parts (order · expected)</source>
        <translation>待配件（订单 · 预计到货）</translation>
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
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Calibration due</source>
        <translation>校准有效期至</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>校准证书</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Caused by the customer</source>
        <translation>客户原因造成</translation>
    </message>
    <message>
        <source>Waited for the customer (h)</source>
        <translation>等待客户 (小时)</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>等待原因</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the sync server</source>
        <translation>登录同步服务器</translation>
    </message>
    <message>
        <source>Log in to %1 as %2. The password is sent once; this laptop then keeps a login of its own until the office revokes it.</source>
        <translation>以 %2 的身份登录 %1。密码只发送一次；此后本机保持自己的登录状态，直到办公室将其撤销。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>LowStockDialog</name>
    <message>
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>In the warehouse</source>
        <translation>仓库库存</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) at or below the reorder level</source>
        <translation>
            <numerusform>%n 种配件处于或低于再订货点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Beamside</source>
        <translation>Beamside</translation>
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
            <numerusform>%n 台设备</numerusform>
        </translation>
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
            <numerusform>%n 家医院</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected hospital?</source>
        <translation>删除所选医院？</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <source>Test instruments</source>
        <translation>测试仪器</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation>服务计划</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>技术咨询热线</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>技术升级</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员培训与考核</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
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
        <source>&amp;Search everything</source>
        <translation>全局搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export signed reports…</source>
        <translation>导出已签字报告(&amp;E)…</translation>
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
        <source>Time zone…</source>
        <translation>时区…</translation>
    </message>
    <message>
        <source>Who is using this laptop…</source>
        <translation>切换当前用户…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation>公司信息(&amp;C)…</translation>
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
        <source>System (%1)</source>
        <translation>系统时区（%1）</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Times are shown, and work-order years counted, in this zone:</source>
        <translation>时间按此时区显示，工单年份也按此时区计算：</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>时区：%1</translation>
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
        <source>Adding demo data…</source>
        <translation>正在添加演示数据…</translation>
    </message>
    <message numerus="yes">
        <source>Demo data added: %n work order(s).</source>
        <translation>
            <numerusform>已添加演示数据：%n 个工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data could not be added.</source>
        <translation>无法添加演示数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist template file(s) could not be loaded; see Start a checklist.</source>
        <translation>
            <numerusform>%n 个检查表模板文件有误，未能加载；详见“开始检查”。</numerusform>
        </translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>No users yet: they arrive with the first sync.</source>
        <translation>暂无用户：首次同步后将获取用户列表。</translation>
    </message>
    <message>
        <source>Who is using this laptop</source>
        <translation>当前使用本机的用户</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Work-order number prefix of this laptop: %1
Data folder: %2</source>
        <translation>本机工单编号前缀：%1
数据文件夹：%2</translation>
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
    <name>MonthlyReportDialog</name>
    <message>
        <source>Monthly service reports</source>
        <translation>月度服务报告</translation>
    </message>
    <message>
        <source>One sealed PDF for each hospital with a visit or repair in the month: its units, uptime against the guarantee, the visits and repairs, open items, QA trends and next month&apos;s plan.</source>
        <translation>为本月有上门服务或维修的每家医院生成一份已签章的 PDF：设备、开机率与合同保证值、上门服务与维修、未结事项、质控趋势及下月计划。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Write reports</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <source>Writing the report of %1…</source>
        <translation>正在生成 %1 的报告…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) for %1 written to %2.</source>
        <translation>
            <numerusform>已将 %1 的 %n 份报告写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>No hospital had a visit or repair in %1.</source>
        <translation>%1 没有医院有上门服务或维修。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) could not be written:</source>
        <translation>
            <numerusform>%n 份报告未能生成：</numerusform>
        </translation>
    </message>
    <message>
        <source>The reports could not be written: %1</source>
        <translation>报告未能生成：%1</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Record a stock movement</source>
        <translation>登记库存变动</translation>
    </message>
    <message>
        <source>Purchase order, delivery note, RMA number…</source>
        <translation>采购单、送货单、RMA 编号…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>备件：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>调出：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>调入：</translation>
    </message>
    <message>
        <source>Work order:</source>
        <translation>工单：</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>单据号：</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>This part is tracked by serial</source>
        <translation>此备件按序列号管理</translation>
    </message>
    <message>
        <source>Choose a part from the catalogue.</source>
        <translation>请从备件目录中选择备件。</translation>
    </message>
</context>
<context>
    <name>MovementsExportDialog</name>
    <message>
        <source>Export movements to Excel</source>
        <translation>导出出入库记录到 Excel</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>到（含当天）：</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Reason / reference</source>
        <translation>原因 / 单据号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>%1 movements exported to %2</source>
        <translation>已导出 %1 条出入库记录到 %2</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>工作簿无法写入：%1</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>No contact on record</source>
        <translation>无联系人记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No part recorded on the job yet</source>
        <translation>工单上尚未登记配件</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
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
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>回访对象</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>Search work orders, units, hospitals, parts (Ctrl+K)…</source>
        <translation>搜索工单、设备、医院、配件（Ctrl+K）…</translation>
    </message>
    <message>
        <source>No job of yours is waiting for parts.</source>
        <translation>您没有等待配件的工单。</translation>
    </message>
    <message>
        <source>No follow-up call is due.</source>
        <translation>没有到期的回访。</translation>
    </message>
    <message>
        <source>Loading your day…</source>
        <translation>正在读取您今天的工作…</translation>
    </message>
    <message>
        <source>Your day could not be read: %1</source>
        <translation>无法读取您今天的工作：%1</translation>
    </message>
    <message>
        <source>My day · %1</source>
        <translation>今日工作 · %1</translation>
    </message>
    <message>
        <source>My day · %1 · %2</source>
        <translation>今日工作 · %1 · %2</translation>
    </message>
    <message>
        <source>Due today and overdue: %1 (%2 overdue)</source>
        <translation>今天到期及已逾期：%1（逾期 %2）</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>今天到期：%1</translation>
    </message>
    <message>
        <source>No job can be assigned to %1 yet: users arrive with the first sync (Settings → Who is using this laptop).</source>
        <translation>还不能给 %1 分配工单：用户随首次同步到达（设置 → 切换当前用户）。</translation>
    </message>
    <message>
        <source>Nothing due today, and nothing overdue.</source>
        <translation>今天没有到期的工作，也没有逾期的工作。</translation>
    </message>
    <message>
        <source>Nothing due today, and nothing overdue: no open job is assigned to you.</source>
        <translation>今天没有到期的工作，也没有逾期的工作：没有分配给您的未完成工单。</translation>
    </message>
    <message numerus="yes">
        <source>%n more open job(s) of yours are due later; the Work orders page lists them all.</source>
        <translation>
            <numerusform>另有 %n 个未完成工单稍后到期；工单页列出全部工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for parts: %1</source>
        <translation>等待配件：%1</translation>
    </message>
    <message>
        <source>Follow-up calls due: %1</source>
        <translation>到期回访：%1</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>联系 %1：%2</translation>
    </message>
    <message>
        <source>Parts: %1</source>
        <translation>配件：%1</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Customer notified</source>
        <translation>已通知客户</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Supplier&apos;s offer</source>
        <translation>供应商报价</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>配件：</translation>
    </message>
    <message>
        <source>Supplier&apos;s part number:</source>
        <translation>供应商零件号：</translation>
    </message>
    <message>
        <source>Unit price (CNY):</source>
        <translation>单价（元）：</translation>
    </message>
    <message>
        <source>Lead time:</source>
        <translation>交货周期：</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Follow-up call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>no phone on record</source>
        <translation>未登记联系电话</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
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
        <source>Call</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>首次回访</translation>
    </message>
    <message>
        <source>End of tracking period</source>
        <translation>跟踪期末回访</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>未接通记录</translation>
    </message>
    <message>
        <source>What the customer said; if not satisfied, what is wrong</source>
        <translation>客户的反馈；如不满意，请写明问题所在</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>复查工单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ParameterDialog</name>
    <message>
        <source>Running parameter</source>
        <translation>运行参数</translation>
    </message>
    <message>
        <source>e.g. magnetron hours, SF6 pressure</source>
        <translation>例如：磁控管工作小时数、SF6 气压</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>ParametersTableModel</name>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <source>New part</source>
        <translation>新建配件</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Catalogue part</source>
        <translation>配件目录</translation>
    </message>
    <message>
        <source>Tracked by serial number</source>
        <translation>按序列号管理</translation>
    </message>
    <message>
        <source>Obsolete: no longer bought</source>
        <translation>停用：不再采购</translation>
    </message>
    <message>
        <source>Part number:</source>
        <translation>零件号：</translation>
    </message>
    <message>
        <source>Alternate numbers:</source>
        <translation>替代零件号：</translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Maker:</source>
        <translation>制造商：</translation>
    </message>
    <message>
        <source>Model/specification:</source>
        <translation>规格型号：</translation>
    </message>
    <message>
        <source>Fits equipment models:</source>
        <translation>适用设备型号：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Standard cost:</source>
        <translation>标准成本：</translation>
    </message>
    <message>
        <source>Reorder level:</source>
        <translation>再订货点：</translation>
    </message>
    <message>
        <source>Reorder quantity:</source>
        <translation>再订货量：</translation>
    </message>
</context>
<context>
    <name>PartHistoryDialog</name>
    <message>
        <source>Stock movements of %1</source>
        <translation>%1 的库存变动</translation>
    </message>
    <message>
        <source>%1 · unit %2</source>
        <translation>%1 · 单位 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>From</source>
        <translation>调出</translation>
    </message>
    <message>
        <source>To</source>
        <translation>调入</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Reason / reference</source>
        <translation>原因 / 单据号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Unit serial</source>
        <translation>设备序列号</translation>
    </message>
    <message>
        <source>Serial fitted</source>
        <translation>装上的序列号</translation>
    </message>
    <message>
        <source>Fitted on:</source>
        <translation>装机记录：</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n 条变动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartsPanel</name>
    <message>
        <source>&amp;Add part…</source>
        <translation>添加配件(&amp;A)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected part from this work order?</source>
        <translation>从此工单中移除所选配件？</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>正在验证签名…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation>用系统查看器打开</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation>无法显示此 PDF：%1</translation>
    </message>
    <message>
        <source>Draft, not signed: a copy to read, not a signed record (the file is unchanged)</source>
        <translation>草稿，未签字：仅供阅读，不是已签字的记录（文件未被改动）</translation>
    </message>
    <message>
        <source>Signature valid, covers the whole file</source>
        <translation>签名有效，覆盖整个文件</translation>
    </message>
    <message>
        <source>sealed %1</source>
        <translation>签章于 %1</translation>
    </message>
    <message>
        <source>Intact, but the signer is not trusted: %1</source>
        <translation>文件完好，但签名者不受信任：%1</translation>
    </message>
    <message>
        <source>Changed after signing: this is not the signed report</source>
        <translation>签名后已被修改：这不是签字时的报告</translation>
    </message>
    <message>
        <source>The signature is not valid</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <source>This file carries no Beamside signature</source>
        <translation>此文件没有 Beamside 签名</translation>
    </message>
    <message>
        <source>This file cannot be checked: it is not a readable PDF</source>
        <translation>无法验证此文件：不是可读取的 PDF</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>签名者：%1</translation>
    </message>
    <message>
        <source>self-signed certificate</source>
        <translation>自签名证书</translation>
    </message>
    <message>
        <source>not certified by the company root</source>
        <translation>未经公司根证书认证</translation>
    </message>
    <message>
        <source>certificate expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <source>certificate not valid yet</source>
        <translation>证书尚未生效</translation>
    </message>
    <message>
        <source>certificate not accepted</source>
        <translation>证书未被接受</translation>
    </message>
    <message>
        <source>certificate revoked</source>
        <translation>证书已吊销</translation>
    </message>
    <message>
        <source>revocation list out of date</source>
        <translation>吊销列表已过期</translation>
    </message>
    <message>
        <source>The signature could not be checked</source>
        <translation>无法验证签名</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>PDF 另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已另存为 %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>No program to open PDF files was found.</source>
        <translation>未找到可打开 PDF 文件的程序。</translation>
    </message>
</context>
<context>
    <name>PlanLineDialog</name>
    <message>
        <source>Plan line</source>
        <translation>计划条目</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>配件：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <source>Unit price (CNY):</source>
        <translation>单价（元）：</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <source>Generate plan</source>
        <translation>生成计划</translation>
    </message>
    <message>
        <source>Approve all proposed</source>
        <translation>批准全部待批</translation>
    </message>
    <message>
        <source>Issue due work orders</source>
        <translation>生成到期工单</translation>
    </message>
    <message>
        <source>Notice letter…</source>
        <translation>通知函…</translation>
    </message>
    <message>
        <source>Visit history…</source>
        <translation>访视历史…</translation>
    </message>
    <message>
        <source>Who created the selected visit with which values, and every change since</source>
        <translation>所选访视由谁以哪些值创建，以及此后的每次修改</translation>
    </message>
    <message>
        <source>Plan history…</source>
        <translation>计划历史…</translation>
    </message>
    <message>
        <source>Who generated the year&apos;s plan, when, and from how many units</source>
        <translation>该年计划由谁、何时、根据多少台设备生成</translation>
    </message>
    <message>
        <source>Customer notice:</source>
        <translation>客户通知：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>允许时间窗</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>执行情况</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>无法读取计划：%1</translation>
    </message>
    <message>
        <source>%1 visits · %2 awaiting approval · %3 in conflict · PM and inspections: %4 planned, %5 done on time, %6 late, %7 missed</source>
        <translation>共 %1 次服务 · %2 次待批准 · %3 次冲突 · 保养与巡检：%4 次计划中，%5 次按时完成，%6 次延迟，%7 次错过</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <source>Generate the plan for %1? Proposed visits of that year are replaced; approved ones are kept.</source>
        <translation>生成 %1 年度计划？该年待批准的服务将被替换，已批准的保留。</translation>
    </message>
    <message>
        <source>%1 visits proposed for %2 units; %3 units kept their approved plan.</source>
        <translation>已为 %2 台设备提出 %1 次服务；%3 台设备保留已批准的计划。</translation>
    </message>
    <message>
        <source>%1 visits approved.</source>
        <translation>已批准 %1 次服务。</translation>
    </message>
    <message>
        <source>%1 work orders issued (visits within %2 days).</source>
        <translation>已生成 %1 张工单（%2 天内的服务）。</translation>
    </message>
    <message>
        <source>Save notice letter</source>
        <translation>保存通知函</translation>
    </message>
    <message>
        <source>The letter lists %1 visits (%2). Record it as sent today?</source>
        <translation>通知函列出 %1 次服务（%2）。记录为今天已发送？</translation>
    </message>
    <message>
        <source>Customer notice</source>
        <translation>客户通知</translation>
    </message>
    <message>
        <source>Notice recorded as sent on %1.</source>
        <translation>已记录通知于 %1 发送。</translation>
    </message>
    <message>
        <source>This hospital has no approved visit that year.</source>
        <translation>该医院当年没有已批准的服务。</translation>
    </message>
    <message>
        <source>Select a visit to see its history.</source>
        <translation>请选择一条访视以查看其历史。</translation>
    </message>
    <message>
        <source>Plan %1: generations</source>
        <translation>%1 年计划：生成记录</translation>
    </message>
</context>
<context>
    <name>PluralTexts</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n work order(s)</source>
        <translation>
            <numerusform>用于 %n 个工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printed page %1 of %2…</source>
        <translation>已打印第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
</context>
<context>
    <name>Purchasing</name>
    <message>
        <source>Only the parts administrator and the service manager do this.</source>
        <translation>只有配件管理员和售后服务经理可以执行此操作。</translation>
    </message>
    <message>
        <source>Only the service manager approves or rejects purchase plan lines.</source>
        <translation>只有售后服务经理可以批准或驳回采购计划条目。</translation>
    </message>
    <message>
        <source>Give the reason for rejecting this line.</source>
        <translation>请填写驳回此条目的理由。</translation>
    </message>
    <message>
        <source>This line has already been decided.</source>
        <translation>此条目已审批。</translation>
    </message>
    <message>
        <source>Line %1 is not approved: only approved lines are ordered.</source>
        <translation>条目 %1 未获批准：只有已批准的条目才能下单。</translation>
    </message>
    <message>
        <source>Line %1 is already on an order.</source>
        <translation>条目 %1 已在采购订单中。</translation>
    </message>
    <message>
        <source>Line %1 has no supplier: choose one first.</source>
        <translation>条目 %1 没有供应商：请先选择。</translation>
    </message>
    <message>
        <source>The plan has no approved line to order.</source>
        <translation>该计划没有可下单的已批准条目。</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>Enter the quantity accepted, rejected, or both.</source>
        <translation>请填写合格数量、拒收数量或两者。</translation>
    </message>
    <message>
        <source>Give the reason the rejected quantity failed the check.</source>
        <translation>请填写拒收数量未通过验收的原因。</translation>
    </message>
    <message>
        <source>Only %1 are still owed on this line: %2 cannot be received.</source>
        <translation>此条目仅剩 %1 未到货：不能接收 %2。</translation>
    </message>
    <message>
        <source>Choose the location the accepted parts go to.</source>
        <translation>请选择合格配件入库的库位。</translation>
    </message>
    <message>
        <source>Part %1 is serialised: give one serial number per accepted piece (%2).</source>
        <translation>配件 %1 按序列号管理：每个合格件填写一个序列号（共 %2 个）。</translation>
    </message>
    <message>
        <source>A decided line is no longer changed.</source>
        <translation>已审批的条目不能再修改。</translation>
    </message>
    <message>
        <source>The first row must name the columns, with a part number column.</source>
        <translation>第一行必须是列名，并包含零件号列。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook: %1</source>
        <translation>该文件不是 Excel 工作簿：%1</translation>
    </message>
    <message>
        <source>%1 is not a number: %2</source>
        <translation>%1 不是数字：%2</translation>
    </message>
    <message>
        <source>%1 must be yes or no: %2</source>
        <translation>%1 必须为“是”或“否”：%2</translation>
    </message>
    <message>
        <source>Part %1 is already on row %2.</source>
        <translation>配件 %1 已在第 %2 行。</translation>
    </message>
    <message>
        <source>No stock location is called %1.</source>
        <translation>没有名为 %1 的库位。</translation>
    </message>
    <message>
        <source>An opening quantity needs the location it is in.</source>
        <translation>期初数量需要填写所在库位。</translation>
    </message>
    <message>
        <source>A serialised part&apos;s opening quantity needs one serial number per piece.</source>
        <translation>序列号管理配件的期初数量需要每件一个序列号。</translation>
    </message>
</context>
<context>
    <name>PurchasingPage</name>
    <message>
        <source>Catalogue</source>
        <translation>配件目录</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Purchase plans</source>
        <translation>采购计划</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>Waiting for repairs</source>
        <translation>维修待件</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Filter by part number, name, maker or model</source>
        <translation>按零件号、名称、制造商或型号筛选</translation>
    </message>
    <message>
        <source>New part…</source>
        <translation>新建配件…</translation>
    </message>
    <message>
        <source>Edit part…</source>
        <translation>编辑配件…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Model/specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>适用设备</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Serialised</source>
        <translation>序列号管理</translation>
    </message>
    <message>
        <source>Standard cost</source>
        <translation>标准成本</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Reorder qty</source>
        <translation>再订货量</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation>新建供应商…</translation>
    </message>
    <message>
        <source>Add an offer…</source>
        <translation>添加报价…</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Parts offered</source>
        <translation>供应配件数</translation>
    </message>
    <message>
        <source>Supplier&apos;s number</source>
        <translation>供应商零件号</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>交货周期（天）</translation>
    </message>
    <message>
        <source>Draft from demand</source>
        <translation>按需求编制</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Change line…</source>
        <translation>修改条目…</translation>
    </message>
    <message>
        <source>Make purchase orders</source>
        <translation>生成采购订单</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>需求来源</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>Open orders only</source>
        <translation>仅显示未完成订单</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>收货…</translation>
    </message>
    <message>
        <source>Order PDF…</source>
        <translation>订单 PDF…</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <source>Total (CNY)</source>
        <translation>总额（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>合格数</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收数</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>未到数</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Purchasing could not be read: %1</source>
        <translation>无法读取采购数据：%1</translation>
    </message>
    <message>
        <source>%1 parts · %2 suppliers · %3 open orders · %4 parts waiting for repairs</source>
        <translation>%1 个配件 · %2 家供应商 · %3 个未完成订单 · %4 项维修待件</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No purchase plan yet: draft one from demand.</source>
        <translation>尚无采购计划：请按需求编制。</translation>
    </message>
    <message>
        <source>%1 %2 · drafted by %3 · %4 lines, %5 awaiting approval · %6 CNY</source>
        <translation>%1 %2 · 编制人 %3 · 共 %4 条，%5 条待审批 · %6 元</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已到货</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>部分到货</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未到货</translation>
    </message>
    <message>
        <source>%1 · late</source>
        <translation>%1 · 逾期</translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation>添加报价</translation>
    </message>
    <message>
        <source>Select a supplier first.</source>
        <translation>请先选择供应商。</translation>
    </message>
    <message>
        <source>Draft a purchase plan</source>
        <translation>编制采购计划</translation>
    </message>
    <message>
        <source>Nothing to buy: no repair waits for a part and no stock is low.</source>
        <translation>无需采购：没有维修待件，也没有库存不足。</translation>
    </message>
    <message>
        <source>Decide a plan line</source>
        <translation>审批计划条目</translation>
    </message>
    <message>
        <source>Select a plan line first.</source>
        <translation>请先选择计划条目。</translation>
    </message>
    <message>
        <source>Reject a plan line</source>
        <translation>驳回计划条目</translation>
    </message>
    <message>
        <source>Why is this line rejected?</source>
        <translation>为什么驳回此条目？</translation>
    </message>
    <message>
        <source>%1 purchase orders made</source>
        <translation>已生成 %1 个采购订单</translation>
    </message>
    <message>
        <source>Export the purchase plan to Excel</source>
        <translation>导出采购计划到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>%1 lines exported to %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
    <message>
        <source>Order PDF</source>
        <translation>订单 PDF</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>请先选择订单。</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>收货验收</translation>
    </message>
    <message>
        <source>Select an order line first.</source>
        <translation>请先选择订单条目。</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Renew a certificate</source>
        <translation>证书换证</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>New qualification</source>
        <translation>新增资质</translation>
    </message>
    <message>
        <source>e.g. Radiation safety and protection training certificate</source>
        <translation>例如：辐射安全与防护培训合格证</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>任意型号</translation>
    </message>
    <message>
        <source>Empty (—): the certificate does not expire.</source>
        <translation>留空（—）：证书长期有效。</translation>
    </message>
    <message>
        <source>&amp;Engineer</source>
        <translation>工程师(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>资质(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>For &amp;model</source>
        <translation>适用型号(&amp;M)</translation>
    </message>
    <message>
        <source>Certificate &amp;No.</source>
        <translation>证书编号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Issued</source>
        <translation>发证日期(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>有效期至(&amp;X)</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>收货验收</translation>
    </message>
    <message>
        <source>Why the rejected pieces failed the check</source>
        <translation>拒收件未通过验收的原因</translation>
    </message>
    <message>
        <source>One serial number per line</source>
        <translation>每行一个序列号</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>配件：</translation>
    </message>
    <message>
        <source>Still owed:</source>
        <translation>未到数量：</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>合格数量：</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>拒收数量：</translation>
    </message>
    <message>
        <source>Reason for rejection:</source>
        <translation>拒收原因：</translation>
    </message>
    <message>
        <source>Put into:</source>
        <translation>入库库位：</translation>
    </message>
    <message>
        <source>Serial numbers:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>Name and role of who complains</source>
        <translation>投诉人姓名及职务</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>What the complaint is about</source>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>— no particular unit —</source>
        <translation>— 未指定设备 —</translation>
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
        <source>Restored what you typed before Beamside closed (%1). Save to keep it.</source>
        <translation>已恢复 Beamside 关闭前输入的内容（%1）。请保存以保留这些内容。</translation>
    </message>
    <message>
        <source>This record was deleted meanwhile; your changes were not saved.</source>
        <translation>该记录已在此期间被删除，您的修改未保存。</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <source>Failed safety or dosimetry item</source>
        <translation>安全或剂量学检查项不合格</translation>
    </message>
    <message>
        <source>Safety or dosimetry item without a value</source>
        <translation>安全或剂量学检查项未填写</translation>
    </message>
    <message>
        <source>Return-to-service check not recorded</source>
        <translation>恢复使用前检测未记录</translation>
    </message>
    <message>
        <source>Return-to-service check failed</source>
        <translation>恢复使用前检测不合格</translation>
    </message>
    <message>
        <source>Warning without a comment</source>
        <translation>预警项无说明</translation>
    </message>
    <message>
        <source>Acceptance-level testing required (recorded by a physicist) after replacing</source>
        <translation>更换后需验收级检测（由物理师记录）</translation>
    </message>
    <message>
        <source>The trial run has not passed</source>
        <translation>试运行未通过</translation>
    </message>
    <message>
        <source>The unit was already released on this job</source>
        <translation>本工单已放行该设备</translation>
    </message>
</context>
<context>
    <name>RepairPanel</name>
    <message>
        <source>Type a code or words to search</source>
        <translation>输入故障代码或关键词搜索</translation>
    </message>
    <message>
        <source>Symptom as reported</source>
        <translation>故障现象（报修描述）</translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <source>e.g. the hospital&apos;s device-safety officer; the national reporting system</source>
        <translation>如：医院医疗器械不良事件监测员；国家医疗器械不良事件监测信息系统</translation>
    </message>
    <message>
        <source>Adverse event?</source>
        <translation>医疗器械不良事件？</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告对象</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>故障原因</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>维修过程</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>路途时间</translation>
    </message>
    <message>
        <source>Trial run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Trial run notes</source>
        <translation>试运行说明</translation>
    </message>
    <message>
        <source>Components replaced</source>
        <translation>更换的部件</translation>
    </message>
    <message>
        <source>The unit goes back to clinical use when the hospital&apos;s physicist signs the clinical release (Signatures tab).</source>
        <translation>设备在医院物理师签字放行临床使用后方可恢复临床使用（见“签字”页）。</translation>
    </message>
    <message>
        <source>Severity: %1 · possibly reportable adverse event (vigilance)</source>
        <translation>严重程度：%1 · 可能需报告的医疗器械不良事件</translation>
    </message>
    <message>
        <source>Answer the adverse-event question: the report cannot be signed before.</source>
        <translation>请回答不良事件问题：回答之前报告不能签署。</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <source>major: acceptance-level testing</source>
        <translation>重要部件：需验收级检测</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>The sealed report did not verify: %1</source>
        <translation>签章后的报告未通过验证：%1</translation>
    </message>
    <message>
        <source>The report could not be sealed: %1</source>
        <translation>报告无法签章：%1</translation>
    </message>
    <message>
        <source>The report could not be kept in the data folder: %1</source>
        <translation>报告无法保存到数据文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <source>Work that needs a qualification</source>
        <translation>工作所需资质</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>任意设备</translation>
    </message>
    <message>
        <source>&amp;Qualification needed</source>
        <translation>所需资质(&amp;Q)</translation>
    </message>
    <message>
        <source>For &amp;equipment</source>
        <translation>适用设备(&amp;E)</translation>
    </message>
    <message>
        <source>For &amp;model</source>
        <translation>适用型号(&amp;M)</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>任意型号</translation>
    </message>
</context>
<context>
    <name>RequirementsTab</name>
    <message>
        <source>A&amp;dd requirement…</source>
        <translation>添加要求(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;move requirement</source>
        <translation>删除要求(&amp;M)</translation>
    </message>
    <message>
        <source>A work order on such a unit warns when a chosen engineer lacks the qualification or it has expired.</source>
        <translation>在此类设备上派工时，若所选工程师缺少该资质或资质已过期，工单会给出提醒。</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>任意设备</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>任意型号</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule visit</source>
        <translation>服务改期</translation>
    </message>
    <message>
        <source>e.g. the hospital asked to move it</source>
        <translation>例如：医院要求改期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Attendance and exam results</source>
        <translation>出勤与考试成绩</translation>
    </message>
    <message>
        <source>%1 — pass mark %2. Leave the score empty until the exam is marked.</source>
        <translation>%1 — 及格分 %2。考试未阅卷前成绩留空。</translation>
    </message>
    <message>
        <source>Not on this course</source>
        <translation>未参加本课程</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule the upgrade</source>
        <translation>安排升级</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>An upgrade work order is made for the unit.</source>
        <translation>将为该设备创建升级工单。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Part %1 is not recorded on any work order yet.</source>
        <translation>配件 %1 尚未登记在任何工单上。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Search looks in work-order numbers and descriptions, unit serials and models, hospital names in Chinese and English, part numbers and names.</source>
        <translation>没有与“%1”匹配的记录。搜索范围：工单编号和描述、设备序列号和型号、医院中英文名称、配件编号和名称。</translation>
    </message>
    <message>
        <source>Enter or double-click opens a record; Esc goes back to your day.</source>
        <translation>按回车或双击打开记录；按 Esc 返回今日工作。</translation>
    </message>
</context>
<context>
    <name>SectionInstrumentsDialog</name>
    <message>
        <source>Instruments used — %1</source>
        <translation>使用的测试仪器 — %1</translation>
    </message>
    <message>
        <source>⚠ %1 (calibration overdue)</source>
        <translation>⚠ %1（校准已过期）</translation>
    </message>
    <message>
        <source>Tick every instrument used for the measurements of this section.</source>
        <translation>勾选本部分测量所用的全部仪器。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ServicePlan</name>
    <message>
        <source>Only the service manager may change this.</source>
        <translation>只有服务经理可以修改。</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>合同结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Enter a number from 0 to 52.</source>
        <translation>请输入 0 到 52 之间的数字。</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>请输入 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Enter hours from 0 to 24 for each day.</source>
        <translation>每天请输入 0 到 24 小时。</translation>
    </message>
    <message>
        <source>Enter a response time from 1 to 720 hours.</source>
        <translation>请输入 1 到 720 小时的响应时间。</translation>
    </message>
    <message>
        <source>The clinical day must end by midnight.</source>
        <translation>临床时间必须在午夜前结束。</translation>
    </message>
    <message>
        <source>Say why the visit moves.</source>
        <translation>请说明改期原因。</translation>
    </message>
    <message>
        <source>The new date must be in the plan&apos;s year.</source>
        <translation>新日期必须在计划年度内。</translation>
    </message>
    <message>
        <source>This visit&apos;s work order is issued; reschedule the work order instead.</source>
        <translation>该服务的工单已生成，请改为调整工单。</translation>
    </message>
    <message>
        <source>At most 100 characters.</source>
        <translation>最多 100 个字符。</translation>
    </message>
    <message>
        <source>Name the person who signs the clinical release, or leave the role empty.</source>
        <translation>请填写临床放行签字人，或将身份留空。</translation>
    </message>
</context>
<context>
    <name>ServicePlanPage</name>
    <message>
        <source>Annual plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
</context>
<context>
    <name>SessionBox</name>
    <message>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Trainer&apos;s name</source>
        <translation>培训讲师姓名</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存培训信息</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>培训方式：</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>讲师：</translation>
    </message>
    <message>
        <source>Pass mark:</source>
        <translation>合格分数：</translation>
    </message>
    <message>
        <source>Syllabus:</source>
        <translation>培训内容：</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your signing password</source>
        <translation>设置签字密码</translation>
    </message>
    <message>
        <source>Before you hand the laptop over, set the password that confirms your own signature and lets you leave signing mode (at least 6 characters).</source>
        <translation>将电脑交给客户签字之前，请设置签字密码。该密码用于确认您本人的签字，并用于退出签字模式（至少 6 个字符）。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Please sign above the line.</source>
        <translation>请在横线上方签名。</translation>
    </message>
    <message>
        <source>This is too small to be a signature. Please write your name.</source>
        <translation>笔迹过小，不能作为签名，请写下您的姓名。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign above the line</source>
        <translation>请在横线上方签名</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>签字板</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes the last stroke, Delete clears the pad.</source>
        <translation>Ctrl+Z 撤销上一笔，Delete 清空签字板。</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <source>Hand over for signing…</source>
        <translation>交由客户签字…</translation>
    </message>
    <message>
        <source>Amend the signed record…</source>
        <translation>更正已签字记录…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>导出 PDF 报告…</translation>
    </message>
    <message>
        <source>Hand over for clinical release…</source>
        <translation>交由物理师签字放行…</translation>
    </message>
    <message>
        <source>Record acceptance-level test…</source>
        <translation>记录验收级检测…</translation>
    </message>
    <message>
        <source>Record hash %1</source>
        <translation>记录哈希 %1</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>尚未签字。</translation>
    </message>
    <message>
        <source>Signed: the record is read-only. To correct it, amend the signed record.</source>
        <translation>已签字：记录为只读。如需更正，请对已签字记录进行更正。</translation>
    </message>
    <message>
        <source>An amendment is open: correct the record, then sign it.</source>
        <translation>更正进行中：请修改记录，然后重新签字。</translation>
    </message>
    <message>
        <source>Hand-over for signing is not possible yet:</source>
        <translation>暂时不能交由客户签字：</translation>
    </message>
    <message>
        <source>Released for clinical use by %1 on %2.</source>
        <translation>已由 %1 于 %2 放行临床使用。</translation>
    </message>
    <message>
        <source>(Legacy record: the engineer&apos;s checkbox, not signed.)</source>
        <translation>（旧记录：工程师勾选，无签字。）</translation>
    </message>
    <message>
        <source>Not released for clinical use:</source>
        <translation>尚未放行临床使用：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Ready for the physicist&apos;s clinical release.</source>
        <translation>可由物理师签字放行临床使用。</translation>
    </message>
    <message>
        <source>Clinical release</source>
        <translation>临床放行</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Amend the signed record</source>
        <translation>更正已签字记录</translation>
    </message>
    <message>
        <source>Why is the signed record corrected? (kept with the amendment)</source>
        <translation>请说明更正原因（将随更正一并保存）：</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Record what was done before signing.</source>
        <translation>签字前请记录处理措施。</translation>
    </message>
    <message>
        <source>Record the cause of the fault before signing.</source>
        <translation>签字前请记录故障原因。</translation>
    </message>
    <message>
        <source>The fault code may be a reportable adverse event: answer the adverse-event question (was anyone harmed, or could a patient have been?) before signing.</source>
        <translation>该故障代码可能属于应报告的不良事件：签署前请回答不良事件问题（是否有人受到伤害，或患者是否可能受到伤害？）。</translation>
    </message>
    <message>
        <source>Record the result of the trial run before signing.</source>
        <translation>签字前请记录试运行结果。</translation>
    </message>
    <message>
        <source>Fill in the checklist before signing.</source>
        <translation>签字前请填写检查表。</translation>
    </message>
    <message>
        <source>Finish every checklist (no item left without a value) before signing.</source>
        <translation>签字前请完成全部检查表（不得有未录入的项目）。</translation>
    </message>
    <message>
        <source>Write the commissioning summary before signing.</source>
        <translation>签字前请填写调试总结。</translation>
    </message>
    <message>
        <source>Record the acceptance (customer, engineer, quality control and date) before signing.</source>
        <translation>签字前请记录验收情况（客户、工程师、质量控制及验收时间）。</translation>
    </message>
    <message>
        <source>Describe the training given before signing.</source>
        <translation>签字前请填写培训内容。</translation>
    </message>
    <message>
        <source>Record who was trained (a trainee who attended and passed) before signing.</source>
        <translation>签字前请登记受训人员（至少一名出席且考核合格）。</translation>
    </message>
    <message>
        <source>Only completed work can be signed: complete the work order first.</source>
        <translation>只有已完成的工作才能签字：请先完成工单。</translation>
    </message>
    <message>
        <source>The engineer signs first; the customer and QC sign after.</source>
        <translation>须由工程师先签字，客户和质量控制随后签字。</translation>
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
    <message>
        <source>Local action levels…</source>
        <translation>本院干预水平…</translation>
    </message>
</context>
<context>
    <name>SiteLevels</name>
    <message>
        <source>Only a service manager or quality control may set a site&apos;s action levels.</source>
        <translation>只有服务经理或质量控制人员可以设置科室的干预水平。</translation>
    </message>
    <message>
        <source>This item&apos;s action level is the standard&apos;s; it cannot be set per site.</source>
        <translation>此项目的干预水平由标准规定，不能按科室设置。</translation>
    </message>
    <message>
        <source>Enter the action level as a number, e.g. 4 or 2.5 (a percent: 4%).</source>
        <translation>请以数字输入干预水平，如 4 或 2.5（百分比：4%）。</translation>
    </message>
    <message>
        <source>The action level must lie beyond the item&apos;s tolerance.</source>
        <translation>干预水平必须大于该项目的容差。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>文字过长。</translation>
    </message>
    <message>
        <source>Say why the site uses its own level (e.g. the physicist&apos;s decision).</source>
        <translation>请说明科室采用自定水平的理由（如物理师的决定）。</translation>
    </message>
</context>
<context>
    <name>SiteLevelsDialog</name>
    <message>
        <source>Local action levels — %1</source>
        <translation>本院干预水平 — %1</translation>
    </message>
    <message>
        <source>Where a standard leaves the action level to the site, the site may set its own. Checklists started at this site are judged with it; runs already started keep the level they began with.</source>
        <translation>标准将干预水平留给使用单位确定时，科室可设定自己的水平。在本科室开始的检查表按此水平判定；已开始的检查表保持开始时的水平。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>Template level</source>
        <translation>模板水平</translation>
    </message>
    <message>
        <source>Site level</source>
        <translation>本院水平</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设定人</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>设定时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>e.g. 4 (in the item&apos;s unit)</source>
        <translation>如 4（按该项目的单位）</translation>
    </message>
    <message>
        <source>e.g. decided by the department&apos;s physicist</source>
        <translation>如：科室物理师决定</translation>
    </message>
    <message>
        <source>&amp;Set level</source>
        <translation>设定水平(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use the template&apos;s level</source>
        <translation>恢复模板水平(&amp;U)</translation>
    </message>
    <message>
        <source>Only a service manager or quality control may set a site&apos;s action levels.</source>
        <translation>只有服务经理或质量控制人员可以设置科室的干预水平。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(template&apos;s)</source>
        <translation>（模板）</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Only the service manager plans staff training and records assessments.</source>
        <translation>只有服务经理可以制定人员培训计划和记录考核结果。</translation>
    </message>
    <message>
        <source>An assessment is visible to its engineer and the manager only.</source>
        <translation>考核结果仅本人及主管可见。</translation>
    </message>
    <message>
        <source>A rating is between 1 and 5.</source>
        <translation>评分须在 1 到 5 之间。</translation>
    </message>
    <message>
        <source>A failed assessment leads to retraining or a role change: choose one.</source>
        <translation>考核不合格须安排再培训或调整岗位，请选择一项。</translation>
    </message>
    <message>
        <source>%1 has no %2 qualification for this unit.</source>
        <translation>%1 没有此设备所需的%2资质。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 qualification expired on %3.</source>
        <translation>%1 的%2资质已于 %3 过期。</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>&amp;New course…</source>
        <translation>新增课程(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation>编辑课程(&amp;E)…</translation>
    </message>
    <message>
        <source>Record &amp;results…</source>
        <translation>登记成绩(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Add qualification…</source>
        <translation>新增资质(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit qualification…</source>
        <translation>编辑资质(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;new certificate…</source>
        <translation>证书换证(&amp;N)…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员培训与考核</translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation>请先选择一门课程。</translation>
    </message>
    <message>
        <source>Choose a qualification first.</source>
        <translation>请先选择一项资质。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Remove this requirement? Work orders will no longer warn of it.</source>
        <translation>删除此要求？工单将不再就此提醒。</translation>
    </message>
</context>
<context>
    <name>StaffFormDialog</name>
    <message>
        <source>This record was deleted meanwhile; your changes were not saved.</source>
        <translation>该记录已在此期间被删除，您的修改未保存。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>培训形式</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训讲师</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管评</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户评</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>后续措施</translation>
    </message>
    <message>
        <source>Qualification needed</source>
        <translation>所需资质</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>考核(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rate myself…</source>
        <translation>自评(&amp;R)…</translation>
    </message>
    <message>
        <source>Assessments are visible only to the person assessed and the manager.</source>
        <translation>考核结果仅本人及主管可见。</translation>
    </message>
    <message>
        <source>Training plan for</source>
        <translation>培训计划年度</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>资质证书</translation>
    </message>
    <message>
        <source>Work requirements</source>
        <translation>工作资质要求</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员培训与考核</translation>
    </message>
    <message>
        <source>All service staff (manager&apos;s view).</source>
        <translation>全体服务人员（主管视图）。</translation>
    </message>
    <message>
        <source>Your own training, qualifications and assessments, %1.</source>
        <translation>%1，这里是您本人的培训、资质和考核。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Expiring within 60 days: %1.</source>
        <translation>60 天内到期：%1。</translation>
    </message>
    <message>
        <source>Expired: %1.</source>
        <translation>已过期：%1。</translation>
    </message>
    <message>
        <source>Show qualifications</source>
        <translation>查看资质</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1（即将到期）</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>Choose an assessment first.</source>
        <translation>请先选择一条考核记录。</translation>
    </message>
    <message>
        <source>Rate myself</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Your own rating (1–5):</source>
        <translation>您的自评分（1–5）：</translation>
    </message>
</context>
<context>
    <name>StartChecklistDialog</name>
    <message>
        <source>Start a checklist</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>Show all templates</source>
        <translation>显示全部模板</translation>
    </message>
    <message>
        <source>Also list templates made for other kinds of unit; using one needs a reason</source>
        <translation>同时列出为其他类型设备制定的模板；使用时须说明原因</translation>
    </message>
    <message>
        <source>e.g. the physicist asked for this protocol</source>
        <translation>例如：物理师要求按此规范检测</translation>
    </message>
    <message>
        <source>Why this template</source>
        <translation>使用原因</translation>
    </message>
    <message>
        <source>e.g. the physicist asked for SRS limits</source>
        <translation>例如：物理师要求按 SRS 限值</translation>
    </message>
    <message>
        <source>Why another class</source>
        <translation>为何使用其他类别</translation>
    </message>
    <message>
        <source>This template is not made for this unit: say why it is used anyway.</source>
        <translation>此模板并非为该设备制定：请说明仍使用它的原因。</translation>
    </message>
    <message>
        <source>Templates made for: %1</source>
        <translation>适用设备：%1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <source>Machine class</source>
        <translation>机器类别</translation>
    </message>
    <message>
        <source>No checklist template is made for this unit. Tick “Show all templates” to use another one, with a reason.</source>
        <translation>没有为该设备制定的检查表模板。勾选“显示全部模板”可选用其他模板，并须说明原因。</translation>
    </message>
    <message>
        <source>%1 — not made for this unit</source>
        <translation>%1 — 非为该设备制定</translation>
    </message>
    <message>
        <source>Some template files were refused and are not offered:</source>
        <translation>以下模板文件有误，未列入可选模板：</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
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
        <source>%1 cannot be read (%2). It has not been changed; check who may read it.</source>
        <translation>无法读取 %1（%2）。该文件未被改动；请检查读取权限。</translation>
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
        <source>The data folder %1 is read-only. The database in it is sound, but Beamside saves every change there: make the folder writable, or choose another with --data-dir.</source>
        <translation>数据文件夹 %1 是只读的。其中的数据库完好，但 Beamside 需要在此保存每一项更改：请使该文件夹可写，或用 --data-dir 选择其他文件夹。</translation>
    </message>
    <message>
        <source>The database %1 is read-only. It is sound, but Beamside saves every change in it: make the file writable.</source>
        <translation>数据库 %1 是只读的。它完好，但 Beamside 需要在其中保存每一项更改：请使该文件可写。</translation>
    </message>
    <message>
        <source>Restore the latest backup? The damaged file is kept beside it, renamed.</source>
        <translation>恢复最新的备份吗?损坏的文件将改名后保留在旁边。</translation>
    </message>
    <message>
        <source>Beamside cannot start</source>
        <translation>Beamside 无法启动</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Complaint statistics</source>
        <translation>投诉统计</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>By nature</source>
        <translation>按性质</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>按严重程度</translation>
    </message>
    <message>
        <source>By hospital</source>
        <translation>按医院</translation>
    </message>
    <message>
        <source>By unit model</source>
        <translation>按设备型号</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Mean days to close</source>
        <translation>平均结案天数</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <source>Received &amp;since</source>
        <translation>受理起始日期(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>A serialised part moves one at a time.</source>
        <translation>按序列号管理的备件每次只能变动一件。</translation>
    </message>
    <message>
        <source>Part %1 is serialised: give its serial number.</source>
        <translation>备件 %1 按序列号管理：请填写序列号。</translation>
    </message>
    <message>
        <source>Choose the location the part comes from.</source>
        <translation>请选择调出库位。</translation>
    </message>
    <message>
        <source>This kind of movement has no source location.</source>
        <translation>此类变动没有调出库位。</translation>
    </message>
    <message>
        <source>Choose the location the part goes to.</source>
        <translation>请选择调入库位。</translation>
    </message>
    <message>
        <source>This kind of movement has no target location.</source>
        <translation>此类变动没有调入库位。</translation>
    </message>
    <message>
        <source>A stocktake adjustment either adds to or takes from one location.</source>
        <translation>盘点调整只能对一个库位增加或减少。</translation>
    </message>
    <message>
        <source>The source and the target are the same location.</source>
        <translation>调出和调入是同一库位。</translation>
    </message>
    <message>
        <source>Choose the work order the part is issued to.</source>
        <translation>请选择领用的工单。</translation>
    </message>
    <message>
        <source>Give the reason for this movement.</source>
        <translation>请填写此次变动的原因。</translation>
    </message>
    <message>
        <source>%1 holds only %2 of part %3: the movement would take it below zero.</source>
        <translation>%1 的备件 %3 仅有 %2：此次变动会使库存低于零。</translation>
    </message>
    <message>
        <source>Serial %1 is not at %2.</source>
        <translation>序列号 %1 不在 %2。</translation>
    </message>
    <message>
        <source>Serial %1 is already in stock at %2.</source>
        <translation>序列号 %1 已在 %2 的库存中。</translation>
    </message>
    <message>
        <source>Location %1 is no longer in use.</source>
        <translation>库位 %1 已停用。</translation>
    </message>
    <message>
        <source>Only the parts administrator and the service manager record this movement; engineers issue from and transfer out of their own kit.</source>
        <translation>此类出入库只能由配件管理员和售后服务经理登记；工程师只能从自己的备件箱发料或调出。</translation>
    </message>
    <message>
        <source>Only the parts administrator counts stock.</source>
        <translation>只有配件管理员可以盘点。</translation>
    </message>
    <message>
        <source>Only the service manager approves a stocktake.</source>
        <translation>只有售后服务经理可以审批盘点。</translation>
    </message>
    <message>
        <source>This stocktake is no longer being counted.</source>
        <translation>此盘点已不在盘点中。</translation>
    </message>
    <message>
        <source>Only a submitted stocktake can be approved.</source>
        <translation>只有已提交的盘点才能审批。</translation>
    </message>
    <message>
        <source>Part %1 differs from the ledger by %2: give the reason for the difference.</source>
        <translation>配件 %1 与台账相差 %2：请填写差异原因。</translation>
    </message>
    <message>
        <source>A count cannot be below zero.</source>
        <translation>盘点数量不能小于零。</translation>
    </message>
    <message>
        <source>%1 is neither a part number nor a serial here.</source>
        <translation>%1 既不是配件号，也不是此处的序列号。</translation>
    </message>
    <message>
        <source>Say why the stocktake is sent back.</source>
        <translation>请说明退回盘点的原因。</translation>
    </message>
    <message>
        <source>Part %1 is serialised: scan or type its serials.</source>
        <translation>配件 %1 按序列号管理：请扫描或输入其序列号。</translation>
    </message>
    <message>
        <source>The receiver signs for the parts: print the name.</source>
        <translation>领料人须签收：请填写姓名。</translation>
    </message>
    <message>
        <source>The receiver signs for the parts on the pad.</source>
        <translation>领料人须在签名板上签字。</translation>
    </message>
    <message>
        <source>Add at least one part to issue.</source>
        <translation>请至少添加一种要发放的配件。</translation>
    </message>
    <message>
        <source>You hold no kit to transfer parts from.</source>
        <translation>您没有可调出配件的备件箱。</translation>
    </message>
</context>
<context>
    <name>StockExport</name>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>no location is called %1; there are: %2</source>
        <translation>没有名为 %1 的库位；现有：%2</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>工作簿无法写入：%1</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>已写入 %1 行到 %2</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Filter by part number or description</source>
        <translation>按备件号或名称筛选</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>只看低库存</translation>
    </message>
    <message>
        <source>Record a movement…</source>
        <translation>登记变动…</translation>
    </message>
    <message>
        <source>Issue parts…</source>
        <translation>发料…</translation>
    </message>
    <message>
        <source>Transfer back…</source>
        <translation>退回仓库…</translation>
    </message>
    <message>
        <source>Stocktake…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <source>Part detail…</source>
        <translation>配件详情…</translation>
    </message>
    <message>
        <source>Low-stock list…</source>
        <translation>低库存清单…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Export movements…</source>
        <translation>导出出入库记录…</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>备件号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>库位：</translation>
    </message>
    <message>
        <source>Stock could not be read: %1</source>
        <translation>无法读取库存：%1</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>全部库位</translation>
    </message>
    <message>
        <source>Your kit: issue from it against the receiver&apos;s signature, or transfer parts back; the parts administrator records the rest.</source>
        <translation>您的备件箱：凭领料人签字发料，或将配件退回仓库；其余出入库由配件管理员登记。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Slip %1 is saved. The kit now holds less than zero of %2: the office sees it after the next sync.</source>
        <translation>领料单 %1 已保存。备件箱中 %2 的库存已低于零：下次同步后办公室会看到。</translation>
    </message>
    <message>
        <source>At or below the reorder level</source>
        <translation>已达到或低于再订货点</translation>
    </message>
    <message>
        <source>Below zero: movements from laptops that were offline met here</source>
        <translation>低于零：离线电脑的变动同步后在此相遇</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>showing %1–%2</source>
        <translation>显示第 %1–%2 行</translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n 项低库存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below zero</source>
        <translation>
            <numerusform>%n 项低于零</numerusform>
        </translation>
    </message>
    <message>
        <source>Part history</source>
        <translation>备件流水</translation>
    </message>
    <message>
        <source>Select a part in the list first.</source>
        <translation>请先在列表中选择一个备件。</translation>
    </message>
    <message>
        <source>Export stock to Excel</source>
        <translation>导出库存到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Begin a count</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>Scan or type a part number or serial, then Enter</source>
        <translation>扫描或输入配件号或序列号，然后按回车</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>账面数</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Reason of the variance</source>
        <translation>差异原因</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>保存盘点数</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Count sheet PDF…</source>
        <translation>盘点表 PDF…</translation>
    </message>
    <message>
        <source>Result PDF…</source>
        <translation>盘点结果 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stocktake:</source>
        <translation>盘点单：</translation>
    </message>
    <message>
        <source>New count of:</source>
        <translation>新盘点库位：</translation>
    </message>
    <message>
        <source>Serials found, separated by commas</source>
        <translation>找到的序列号，用逗号分隔</translation>
    </message>
    <message>
        <source>Choose a stocktake, or begin a count of a location.</source>
        <translation>请选择一个盘点单，或开始盘点一个库位。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 line(s), %5 with a variance</source>
        <translation>%1 · %2 · %3 · 共 %4 项，%5 项有差异</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>意见：%1</translation>
    </message>
    <message>
        <source>Row %1: the count %2 is not a number.</source>
        <translation>第 %1 行：盘点数 %2 不是数字。</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Why is the count sent back?</source>
        <translation>为什么退回此盘点？</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF 无法写入：%1</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Still bought from</source>
        <translation>仍在采购</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>此冲突已不存在。</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>此冲突已处理。</translation>
    </message>
    <message>
        <source>The record is not on this laptop, so the value cannot be re-applied.</source>
        <translation>本机上没有该记录，无法重新应用此值。</translation>
    </message>
    <message>
        <source>The record has been deleted since; the value cannot be re-applied.</source>
        <translation>该记录此后已被删除，无法重新应用此值。</translation>
    </message>
    <message>
        <source>This version of Beamside does not know that field; update Beamside.</source>
        <translation>此版本的 Beamside 不认识该字段，请更新 Beamside。</translation>
    </message>
    <message>
        <source>The value cannot be stored in this version of Beamside.</source>
        <translation>此版本的 Beamside 无法保存该值。</translation>
    </message>
    <message>
        <source>The value clashes with another record (it must be unique).</source>
        <translation>该值与另一条记录重复（必须唯一）。</translation>
    </message>
</context>
<context>
    <name>SyncConflictsView</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation>显示已处理的冲突</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>落选的值</translation>
    </message>
    <message>
        <source>Kept value (in the record now)</source>
        <translation>保留的值（记录中的当前值）</translation>
    </message>
    <message>
        <source>Re-apply my value</source>
        <translation>重新应用我的值</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Keep the record as it is now</source>
        <translation>保持记录的当前状态</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved conflict(s)</source>
        <translation>
            <numerusform>%n 个已处理的冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n 个待审核的冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: nothing written on this laptop was lost.</source>
        <translation>没有冲突：本机写入的内容均未丢失。</translation>
    </message>
    <message>
        <source>Re-applied on %1.</source>
        <translation>已于 %1 重新应用。</translation>
    </message>
    <message>
        <source>Dismissed on %1.</source>
        <translation>已于 %1 忽略。</translation>
    </message>
    <message>
        <source>Lost value (written on this laptop)</source>
        <translation>落选的值（在本机写入）</translation>
    </message>
    <message>
        <source>Lost value (written on another laptop)</source>
        <translation>落选的值（在另一台电脑上写入）</translation>
    </message>
    <message>
        <source>Re-apply the lost value</source>
        <translation>重新应用落选的值</translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
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
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
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
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>厂家</translation>
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
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>NMPA reg. no.</source>
        <translation>NMPA 注册证号</translation>
    </message>
    <message>
        <source>UDI</source>
        <translation>UDI</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clinical hours</source>
        <translation>临床使用时间</translation>
    </message>
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
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>故障原因</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Labour hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Travel hours</source>
        <translation>路程时间</translation>
    </message>
    <message>
        <source>Trial run result</source>
        <translation>试运行结果</translation>
    </message>
    <message>
        <source>Trial run notes</source>
        <translation>试运行备注</translation>
    </message>
    <message>
        <source>Replaced components</source>
        <translation>更换的部件</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>放行人</translation>
    </message>
    <message>
        <source>Released at</source>
        <translation>放行时间</translation>
    </message>
    <message>
        <source>Warnings shown</source>
        <translation>已告知的预警</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>检测人</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Serial no. removed</source>
        <translation>拆下部件序列号</translation>
    </message>
    <message>
        <source>Serial no. fitted</source>
        <translation>装上部件序列号</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生产厂家</translation>
    </message>
    <message>
        <source>Model / specification</source>
        <translation>型号/规格</translation>
    </message>
    <message>
        <source>Lot no.</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>Removed part</source>
        <translation>拆下件去向</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>医疗器械不良事件</translation>
    </message>
    <message>
        <source>Adverse event reported to</source>
        <translation>不良事件报告对象</translation>
    </message>
    <message>
        <source>Adverse event reported on</source>
        <translation>不良事件报告日期</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Fixed on site</source>
        <translation>现场已处理</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <source>Commissioning summary</source>
        <translation>调试总结</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>遗留问题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Reported back</source>
        <translation>是否反馈客户</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>整条记录</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>⇅ sync</source>
        <translation>⇅ 同步</translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>打开同步页面</translation>
    </message>
    <message>
        <source>⇅ Not set up for sync yet</source>
        <translation>⇅ 尚未设置同步</translation>
    </message>
    <message numerus="yes">
        <source>⇅ %n change(s) waiting</source>
        <translation>
            <numerusform>⇅ %n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sync is not set up yet.</source>
        <translation>尚未设置同步。</translation>
    </message>
    <message>
        <source>Click to open the Sync page.</source>
        <translation>点击打开同步页面。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>your login at the office</source>
        <translation>您在办公室的登录名</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Send and receive changes now (%1)</source>
        <translation>立即发送和接收更改（%1）</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>While the server can be reached; 0 turns it off</source>
        <translation>在能连接服务器时进行；设为 0 则关闭</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message numerus="yes">
        <source>%n sync round(s)</source>
        <translation>
            <numerusform>%n 次同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>自动同步间隔</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>等待发送：</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Last round:</source>
        <translation>上一轮：</translation>
    </message>
    <message>
        <source>Server reachable:</source>
        <translation>服务器可连接：</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Change your password on the sync server</source>
        <translation>修改您在同步服务器上的密码</translation>
    </message>
    <message>
        <source>Allow logging in over plain http:// (unencrypted) to another computer</source>
        <translation>允许通过明文 http://（未加密）登录到其他计算机</translation>
    </message>
    <message>
        <source>Warning: over http:// anyone on the network can read the password and this laptop&apos;s sync token. Use it only on a network you trust; ask the office for the server&apos;s https:// address.</source>
        <translation>警告：使用 http:// 时，网络上的任何人都能读取密码和本机的同步令牌。仅在可信任的网络中使用；请向办公室索取服务器的 https:// 地址。</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>上次错误：</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n kept for a colleague whose role may send them, e.g. finance&apos;s approval of a budget: they go when that person syncs from this laptop)</source>
        <translation>
            <numerusform>（其中 %n 项留待有相应权限的同事发送，例如财务对预算的批准：该同事在本机同步时发出）</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>The login is kept in the system keyring.</source>
        <translation>登录凭据保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>There is no system keyring here: the login is kept in the file %1, readable by your user account only.</source>
        <translation>此电脑没有系统密钥环：登录凭据保存在文件 %1 中，只有您的用户帐户可以读取。</translation>
    </message>
    <message>
        <source>Enter the server address and your user name, then log in.</source>
        <translation>请输入服务器地址和用户名，然后登录。</translation>
    </message>
    <message>
        <source>Not logged in on this laptop yet.</source>
        <translation>本机尚未登录。</translation>
    </message>
    <message>
        <source>Logged in as %1%2; this laptop stays logged in.</source>
        <translation>已以 %1%2 的身份登录；本机将保持登录。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>正在接收…</translation>
    </message>
    <message>
        <source>sent: %1 · received: %2 · conflicts: %3 · refused: %4</source>
        <translation>发送：%1 · 接收：%2 · 冲突：%3 · 被拒绝：%4</translation>
    </message>
    <message>
        <source>Sent: %1 · received: %2 · new conflicts: %3 · refused: %4 · files: %5</source>
        <translation>发送：%1 · 接收：%2 · 新冲突：%3 · 被拒绝：%4 · 文件：%5</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. http://192.168.1.10:8765.</source>
        <translation>请输入服务器地址，例如 http://192.168.1.10:8765。</translation>
    </message>
    <message>
        <source>Enter your user name at the office.</source>
        <translation>请输入您在办公室的用户名。</translation>
    </message>
    <message>
        <source>Started %1 with %2.</source>
        <translation>%1 开始，服务器 %2。</translation>
    </message>
    <message>
        <source>Sync round</source>
        <translation>同步记录</translation>
    </message>
</context>
<context>
    <name>SyncRecord</name>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Equipment model</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Spare part</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation>流程步骤</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Checklist value</source>
        <translation>检查表数值</translation>
    </message>
    <message>
        <source>Repair record</source>
        <translation>维修记录</translation>
    </message>
    <message>
        <source>Part used</source>
        <translation>使用的备件</translation>
    </message>
    <message>
        <source>Awaited part</source>
        <translation>待到配件</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Running parameter</source>
        <translation>运行参数</translation>
    </message>
    <message>
        <source>Installation record</source>
        <translation>安装记录</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Clinical release</source>
        <translation>临床放行</translation>
    </message>
    <message>
        <source>Acceptance-level testing</source>
        <translation>验收级检测</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>计划服务</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint progress entry</source>
        <translation>投诉进展记录</translation>
    </message>
    <message>
        <source>Complaint&apos;s work order</source>
        <translation>投诉关联工单</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Cannot reach the sync server. Check the network and the server address.</source>
        <translation>无法连接同步服务器。请检查网络和服务器地址。</translation>
    </message>
    <message>
        <source>The server refused the login. Check the user name and the password.</source>
        <translation>服务器拒绝登录。请检查用户名和密码。</translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop&apos;s login. Log in again.</source>
        <translation>服务器不再接受本机的登录，请重新登录。</translation>
    </message>
    <message>
        <source>The server address starts with http://, so the password would cross the network unencrypted. Use the server&apos;s https:// address, or allow plain http on the Sync page (command line: --allow-http) only on a network you trust.</source>
        <translation>服务器地址以 http:// 开头，密码将以未加密方式在网络上传输。请使用服务器的 https:// 地址，或仅在可信任的网络中于“同步”页面允许明文 http（命令行：--allow-http）。</translation>
    </message>
    <message>
        <source>This Beamside is too old for the server. Install the current version.</source>
        <translation>此 Beamside 版本过旧，服务器不再支持。请安装最新版本。</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is too far ahead of the server&apos;s. Correct the time.</source>
        <translation>本机时钟比服务器快太多，请校正时间。</translation>
    </message>
    <message>
        <source>The server is busy. Beamside will try again shortly.</source>
        <translation>服务器繁忙，Beamside 稍后会重试。</translation>
    </message>
    <message>
        <source>Too many failed logins: logging in is locked for %1 minute(s). Try again later, or ask the service office to unlock the account.</source>
        <translation>登录失败次数过多：登录已锁定 %1 分钟。请稍后再试，或请服务办公室为该账户解锁。</translation>
    </message>
    <message>
        <source>Too many failed logins: wait %1 second(s), then try again.</source>
        <translation>登录失败次数过多：请等待 %1 秒后再试。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>尝试次数过多。请等几分钟后再试。</translation>
    </message>
    <message>
        <source>This laptop is registered to another user on the server. Ask the service office to reassign it to you.</source>
        <translation>这台笔记本电脑在服务器上已登记给另一位用户。请服务办公室将其重新分配给您。</translation>
    </message>
    <message>
        <source>The server reported a problem: %1</source>
        <translation>服务器报告了一个问题：%1</translation>
    </message>
    <message>
        <source>The audit trail could not be anchored on the server: %1</source>
        <translation>审计记录未能在服务器上存证：%1</translation>
    </message>
    <message>
        <source>server not reachable</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>log in to sync</source>
        <translation>请登录以同步</translation>
    </message>
    <message>
        <source>log in again</source>
        <translation>请重新登录</translation>
    </message>
    <message>
        <source>update Beamside</source>
        <translation>请更新 Beamside</translation>
    </message>
    <message>
        <source>unencrypted address</source>
        <translation>地址未加密</translation>
    </message>
    <message>
        <source>clock is wrong</source>
        <translation>时钟不正确</translation>
    </message>
    <message>
        <source>too many attempts</source>
        <translation>尝试次数过多</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>服务器繁忙</translation>
    </message>
    <message>
        <source>login locked</source>
        <translation>登录已锁定</translation>
    </message>
    <message>
        <source>The new password is too short: use at least %1 characters.</source>
        <translation>新密码太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>laptop of another user</source>
        <translation>他人的笔记本电脑</translation>
    </message>
    <message>
        <source>password refused</source>
        <translation>密码被拒绝</translation>
    </message>
    <message>
        <source>server problem</source>
        <translation>服务器出错</translation>
    </message>
    <message>
        <source>audit trail not anchored</source>
        <translation>审计记录未存证</translation>
    </message>
    <message>
        <source>sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Your role may not make this change.</source>
        <translation>您的角色无权进行此更改。</translation>
    </message>
    <message>
        <source>The work order&apos;s workflow does not allow this step.</source>
        <translation>工单流程不允许这一步。</translation>
    </message>
    <message>
        <source>The server found the value invalid.</source>
        <translation>服务器认为该值无效。</translation>
    </message>
    <message>
        <source>The record is signed; changing it needs an amendment.</source>
        <translation>该记录已签字；修改需要先发起修订。</translation>
    </message>
    <message>
        <source>The record was deleted on another laptop.</source>
        <translation>该记录已在另一台电脑上被删除。</translation>
    </message>
    <message>
        <source>This kind of record cannot be changed once written.</source>
        <translation>此类记录一经写入便不能修改。</translation>
    </message>
    <message>
        <source>The server does not have this record.</source>
        <translation>服务器上没有这条记录。</translation>
    </message>
    <message>
        <source>A newer edit from another laptop was kept.</source>
        <translation>保留了另一台电脑上较新的编辑。</translation>
    </message>
    <message>
        <source>The same record was also created on another laptop.</source>
        <translation>另一台笔记本电脑也创建了同一条记录。</translation>
    </message>
    <message>
        <source>This laptop cannot read the record the server sent; it was skipped.</source>
        <translation>本机无法读取服务器发来的这条记录，已跳过。</translation>
    </message>
    <message>
        <source>The record was handed to someone else, so it was removed from this laptop; the server refuses changes to it, so this change was not sent.</source>
        <translation>该记录已转交他人，已从本机移除；服务器拒绝对它的修改，因此此修改未发送。</translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>当前密码不正确。未作任何修改。</translation>
    </message>
    <message>
        <source>The new password is too short.</source>
        <translation>新密码太短。</translation>
    </message>
    <message>
        <source>The new password may not contain your user name.</source>
        <translation>新密码不能包含您的用户名。</translation>
    </message>
    <message>
        <source>The new password is too easy to guess (a common password, a word, a name or a keyboard pattern). Choose a longer, less common one, e.g. a few unrelated words.</source>
        <translation>新密码太容易被猜到（常见密码、单词、姓名或键盘排列）。请选择更长、更不常见的密码，例如几个不相关的词。</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <source>Edited on two laptops at once</source>
        <translation>两台电脑同时编辑</translation>
    </message>
    <message>
        <source>Signed elsewhere</source>
        <translation>已在别处签字</translation>
    </message>
    <message>
        <source>Deleted elsewhere</source>
        <translation>已在别处删除</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The record was edited on two laptops at once; the later edit was kept. Re-applying makes the lost value the newest edit.</source>
        <translation>该记录在两台电脑上被同时编辑，保留了较晚的编辑。重新应用会使落选的值成为最新的编辑。</translation>
    </message>
    <message>
        <source>The record was signed elsewhere, so this change was not applied. Re-applying it needs an amendment of the signed record.</source>
        <translation>该记录已在别处签字，因此此更改未被应用。重新应用需要先对已签字的记录发起修订。</translation>
    </message>
    <message>
        <source>The server sent this record in a form this laptop cannot read, so it was skipped and the other records were taken. Ask the office to correct it.</source>
        <translation>服务器发来的这条记录格式本机无法读取，因此已跳过，其他记录已接收。请联系办公室更正。</translation>
    </message>
    <message>
        <source>The record was deleted elsewhere. Re-applying the value brings the record back.</source>
        <translation>该记录已在别处被删除。重新应用此值会恢复该记录。</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>被服务器拒绝：%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>TraineeDialog</name>
    <message>
        <source>Trainee</source>
        <translation>受训人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>The work order&apos;s hospital</source>
        <translation>工单所属医院</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Trainees</name>
    <message>
        <source>Trainees are recorded on training work orders only.</source>
        <translation>只有培训工单可以登记受训人员。</translation>
    </message>
</context>
<context>
    <name>TraineesPanel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Add trainee…</source>
        <translation>添加受训人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Record e&amp;xam…</source>
        <translation>登记考核(&amp;X)…</translation>
    </message>
    <message>
        <source>Certificate &amp;PDF…</source>
        <translation>证书 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Each trainee who attended and passed the exam gets a certificate of their own, with the number shown here; those below the pass mark may re-sit it.</source>
        <translation>每位出勤且考核合格的受训人员获得一份本人证书，编号如下；未达合格分数者可以补考。</translation>
    </message>
    <message>
        <source>Not examined</source>
        <translation>未考核</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 / %2 (attempt %3)</source>
        <translation>%1 / %2（第 %3 次）</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation>证书已保存：%1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>No certificate: %1 scored %2, below the pass mark of %3.</source>
        <translation>不能颁发证书：%1 成绩 %2 分，低于合格分数 %3 分。</translation>
    </message>
    <message>
        <source>No certificate: %1 has not passed an exam yet.</source>
        <translation>不能颁发证书：%1 尚未通过考核。</translation>
    </message>
    <message>
        <source>No certificate: %1 did not attend.</source>
        <translation>不能颁发证书：%1 未出勤。</translation>
    </message>
    <message>
        <source>Only engineers and the service manager record training and exams.</source>
        <translation>只有技术工程师和售后服务经理可以登记培训和考核。</translation>
    </message>
    <message>
        <source>A score is between 0 and 100.</source>
        <translation>成绩应在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The pass mark is between 1 and 100.</source>
        <translation>合格分数应在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>Choose at least one syllabus topic.</source>
        <translation>请至少选择一项培训内容。</translation>
    </message>
    <message>
        <source>%1 has passed already: a re-exam is for those who failed.</source>
        <translation>%1 已考核合格：补考仅针对不合格人员。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer parts back from your kit</source>
        <translation>从备件箱退回配件</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>配件：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Action level</source>
        <translation>干预水平</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>标称值</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>%1 (baseline %2)</source>
        <translation>%1（基准 %2）</translation>
    </message>
    <message>
        <source>measured %1, baseline %2</source>
        <translation>测量值 %1，基准 %2</translation>
    </message>
    <message>
        <source>baseline %1, difference %2</source>
        <translation>基准 %1，差值 %2</translation>
    </message>
    <message>
        <source>Outside tolerance</source>
        <translation>超出容差</translation>
    </message>
    <message>
        <source>Warning or fail (physicist&apos;s verdict)</source>
        <translation>警告或不合格（物理师判定）</translation>
    </message>
</context>
<context>
    <name>UnitConfiguration</name>
    <message>
        <source>A beam&apos;s energy must be above 0.</source>
        <translation>射束能量必须大于 0。</translation>
    </message>
    <message>
        <source>A reference output must be above 0 cGy/MU (or left empty).</source>
        <translation>参考输出必须大于 0 cGy/MU（或留空）。</translation>
    </message>
    <message>
        <source>A beam is listed twice.</source>
        <translation>有射束重复列出。</translation>
    </message>
    <message>
        <source>Only photon beams can be FFF.</source>
        <translation>只有光子射束可以是 FFF。</translation>
    </message>
    <message>
        <source>Unknown treatment class.</source>
        <translation>未知的治疗类别。</translation>
    </message>
    <message>
        <source>Name the component (e.g. Console).</source>
        <translation>请填写部件名称（例如：控制台）。</translation>
    </message>
    <message>
        <source>Enter the version installed.</source>
        <translation>请填写所安装的版本。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>文字过长。</translation>
    </message>
</context>
<context>
    <name>UnitConfigurationDialog</name>
    <message>
        <source>Unit configuration</source>
        <translation>设备配置</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>e.g. RapidArc; OBI/CBCT; gating</source>
        <translation>例如：RapidArc；OBI/CBCT；呼吸门控</translation>
    </message>
    <message>
        <source>Treatment class</source>
        <translation>治疗类别</translation>
    </message>
    <message>
        <source>Installed options</source>
        <translation>已安装选件</translation>
    </message>
    <message>
        <source>Particle</source>
        <translation>射线类型</translation>
    </message>
    <message>
        <source>Energy (MV / MeV)</source>
        <translation>能量（MV / MeV）</translation>
    </message>
    <message>
        <source>FFF</source>
        <translation>FFF</translation>
    </message>
    <message>
        <source>Reference output (cGy/MU)</source>
        <translation>参考输出（cGy/MU）</translation>
    </message>
    <message>
        <source>Add beam</source>
        <translation>添加射束</translation>
    </message>
    <message>
        <source>Remove beam</source>
        <translation>删除射束</translation>
    </message>
    <message>
        <source>Beams</source>
        <translation>射束</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Component, e.g. Treatment console</source>
        <translation>部件，例如：治疗控制台</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>记录版本</translation>
    </message>
    <message>
        <source>Software and firmware versions</source>
        <translation>软件与固件版本</translation>
    </message>
    <message>
        <source>A reference output must be a number, e.g. 1.000.</source>
        <translation>参考输出必须是数值，例如 1.000。</translation>
    </message>
</context>
<context>
    <name>Upgrades</name>
    <message>
        <source>Only the service manager runs upgrade campaigns.</source>
        <translation>只有售后服务经理可以管理升级活动。</translation>
    </message>
    <message>
        <source>Only engineers and the service manager record a unit&apos;s upgrade steps.</source>
        <translation>只有技术工程师和售后服务经理可以登记设备的升级进度。</translation>
    </message>
    <message>
        <source>The customer has not consented: an upgrade is scheduled only after consent.</source>
        <translation>客户尚未同意：须经客户同意后方可安排升级。</translation>
    </message>
    <message>
        <source>A unit that is “%1” cannot become “%2”.</source>
        <translation>处于“%1”的设备不能变为“%2”。</translation>
    </message>
    <message>
        <source>A software version is numbers separated by dots, e.g. 2.7 or 3.0.1.</source>
        <translation>软件版本应为以点分隔的数字，如 2.7 或 3.0.1。</translation>
    </message>
    <message>
        <source>The lowest version is above the highest.</source>
        <translation>起始版本高于截止版本。</translation>
    </message>
    <message>
        <source>This unit does not qualify: its model or software version is outside the range.</source>
        <translation>该设备不符合条件：型号或软件版本不在范围内。</translation>
    </message>
    <message>
        <source>Say who consented or refused for the customer, or let them sign.</source>
        <translation>请填写代表客户同意或拒绝的人员，或请其签名。</translation>
    </message>
    <message>
        <source>The test checklist of the upgrade work order is not complete yet.</source>
        <translation>升级工单的测试检查表尚未完成。</translation>
    </message>
    <message>
        <source>Give the campaign a title.</source>
        <translation>请填写升级活动标题。</translation>
    </message>
</context>
<context>
    <name>UpgradesPage</name>
    <message>
        <source>Campaign</source>
        <translation>升级活动</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>适用版本</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>%v of %m units finished</source>
        <translation>%m 台中已结束 %v 台</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Version before</source>
        <translation>原版本</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>排期</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Version now</source>
        <translation>现版本</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建升级活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Add units…</source>
        <translation>添加设备(&amp;A)…</translation>
    </message>
    <message>
        <source>Noti&amp;fied…</source>
        <translation>已通知(&amp;F)…</translation>
    </message>
    <message>
        <source>Customer&apos;s a&amp;nswer…</source>
        <translation>客户意见(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>安排(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>完成(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Verified…</source>
        <translation>验证(&amp;V)…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No upgrade campaign yet.</source>
        <translation>尚无升级活动。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → %2</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>升级内容：%1</translation>
    </message>
    <message>
        <source>Release note: %1</source>
        <translation>发行说明：%1</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>Upgrade verified</source>
        <translation>升级已验证</translation>
    </message>
    <message>
        <source>The unit is verified by the completed test checklist of its upgrade work order %1.</source>
        <translation>以升级工单 %1 上已完成的测试检查表验证该设备。</translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Serial out</source>
        <translation>旧件序列号</translation>
    </message>
    <message>
        <source>Serial in</source>
        <translation>新件序列号</translation>
    </message>
    <message>
        <source>Manufacturer, model</source>
        <translation>生产厂家、型号</translation>
    </message>
    <message>
        <source>Lot, produced</source>
        <translation>批号、生产日期</translation>
    </message>
    <message>
        <source>Removed part</source>
        <translation>拆下件去向</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Use letters, digits and . / _ - only (up to 40 characters).</source>
        <translation>只能使用字母、数字及 . / _ -（最多 40 个字符）。</translation>
    </message>
    <message>
        <source>The due date must be after the calibration date.</source>
        <translation>有效期必须晚于校准日期。</translation>
    </message>
    <message>
        <source>The calibration date is in the future.</source>
        <translation>校准日期不能晚于今天。</translation>
    </message>
    <message>
        <source>An instrument of this maker and model with this serial number is registered.</source>
        <translation>该制造商、型号及序列号的仪器已登记。</translation>
    </message>
    <message>
        <source>Choose an engineer or the office.</source>
        <translation>请选择工程师或公司（办公室）。</translation>
    </message>
    <message>
        <source>Only the service manager and quality control may change the register.</source>
        <translation>只有服务经理和质量控制可以修改仪器台账。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Choose the hospital.</source>
        <translation>请选择医院。</translation>
    </message>
    <message>
        <source>The time cannot be in the future.</source>
        <translation>时间不能晚于现在。</translation>
    </message>
    <message>
        <source>A call lasts between 0 and 600 minutes.</source>
        <translation>通话时长应在 0 到 600 分钟之间。</translation>
    </message>
    <message>
        <source>An unanswered question needs an owner and a due date.</source>
        <translation>未答复的问题需要指定负责人和答复期限。</translation>
    </message>
    <message>
        <source>Choose the nature of the complaint.</source>
        <translation>请选择投诉性质。</translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation>请选择严重程度。</translation>
    </message>
    <message>
        <source>Choose the owner.</source>
        <translation>请指定负责人。</translation>
    </message>
    <message>
        <source>Give a deadline.</source>
        <translation>请设定处理期限。</translation>
    </message>
    <message>
        <source>The deadline cannot be before the complaint.</source>
        <translation>处理期限不能早于投诉受理日期。</translation>
    </message>
    <message>
        <source>A complaint closes only with its root cause.</source>
        <translation>投诉须填写根本原因后才能结案。</translation>
    </message>
    <message>
        <source>A complaint closes only with the customer&apos;s feedback, satisfied.</source>
        <translation>投诉须有客户满意的反馈后才能结案。</translation>
    </message>
    <message>
        <source>Say what the customer is not satisfied with.</source>
        <translation>请说明客户不满意之处。</translation>
    </message>
    <message>
        <source>Say both to whom the adverse event was reported and on which date.</source>
        <translation>请同时填写不良事件的报告对象和报告日期。</translation>
    </message>
    <message>
        <source>The report date cannot be in the future.</source>
        <translation>报告日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Answer whether the complaint may be a reportable adverse event.</source>
        <translation>请回答该投诉是否可能为需上报的不良事件。</translation>
    </message>
    <message>
        <source>The complaint is not in a state that allows this.</source>
        <translation>投诉当前状态不允许此操作。</translation>
    </message>
    <message>
        <source>The question was answered already.</source>
        <translation>该问题已答复。</translation>
    </message>
    <message>
        <source>A fault code is at most 40 characters.</source>
        <translation>故障代码最多 40 个字符。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>Hours must be between 0 and 500.</source>
        <translation>小时数必须在 0 到 500 之间。</translation>
    </message>
    <message>
        <source>Say what failed in the trial run.</source>
        <translation>请说明试运行中出现的问题。</translation>
    </message>
    <message>
        <source>Acceptance needs the customer, the engineer and QC.</source>
        <translation>验收须由客户、工程师和质量控制三方签字确认。</translation>
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
    <message>
        <source>This work order is closed; its records are read-only.</source>
        <translation>此工单已关闭，其记录为只读。</translation>
    </message>
    <message>
        <source>Findings and readings belong to inspection or maintenance work orders.</source>
        <translation>发现的问题和运行参数只能记录在巡检或预防性维护工单中。</translation>
    </message>
    <message>
        <source>This finding was already escalated to a repair.</source>
        <translation>此问题已转为维修。</translation>
    </message>
    <message>
        <source>This finding was fixed on site; there is nothing to escalate.</source>
        <translation>此问题已当场解决，无需转为维修。</translation>
    </message>
    <message>
        <source>This finding was escalated to a repair, so it is kept.</source>
        <translation>此问题已转为维修，因此不能删除。</translation>
    </message>
    <message>
        <source>Follow up between 7 and 14 days after the work.</source>
        <translation>回访应在完工后 7 到 14 天内进行。</translation>
    </message>
    <message>
        <source>Choose the outcome of the call.</source>
        <translation>请选择回访结果。</translation>
    </message>
    <message>
        <source>Say what the customer is not satisfied with; it starts the re-check.</source>
        <translation>请说明客户不满意之处，系统将据此发起复查。</translation>
    </message>
    <message>
        <source>The outcome of this follow-up is recorded.</source>
        <translation>此回访的结果已记录，不能再次记录。</translation>
    </message>
    <message>
        <source>Use up to 60 letters, digits, spaces and . / _ - only.</source>
        <translation>最多 60 个字符，只能使用字母、数字、空格及 . / _ -。</translation>
    </message>
    <message>
        <source>Another part already has this part number.</source>
        <translation>已有其他配件使用此配件编号。</translation>
    </message>
    <message>
        <source>The reorder level must be between 0 and 10000.</source>
        <translation>再订货点必须在 0 到 10000 之间。</translation>
    </message>
    <message>
        <source>Choose a part from the catalogue.</source>
        <translation>请从配件目录中选择配件。</translation>
    </message>
    <message>
        <source>Say what happened to the removed part: returned, sent back (RMA) or scrapped.</source>
        <translation>请填写拆下件去向：退回、返厂（RMA）或报废。</translation>
    </message>
    <message>
        <source>A part was taken out (its serial number is given): say what happened to it.</source>
        <translation>已填写拆下件序列号：请填写拆下件去向。</translation>
    </message>
    <message>
        <source>The production date cannot be in the future.</source>
        <translation>生产日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose the part from the catalogue or write what it is.</source>
        <translation>请从配件目录中选择配件，或填写配件名称。</translation>
    </message>
    <message>
        <source>Give the date the part is expected.</source>
        <translation>请填写配件预计到货日期。</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>数量必须大于 0。</translation>
    </message>
    <message>
        <source>A serial number names one piece: record each serialised part on its own line.</source>
        <translation>一个序列号只对应一件配件：有序列号的配件请每件单独记录一行。</translation>
    </message>
    <message>
        <source>A password needs at least 6 characters.</source>
        <translation>密码至少需要 6 个字符。</translation>
    </message>
    <message>
        <source>Say why the signed record is amended.</source>
        <translation>请说明更正已签字记录的原因。</translation>
    </message>
    <message>
        <source>Your role may not amend a signed record.</source>
        <translation>您的角色不能修订已签名的记录。</translation>
    </message>
    <message>
        <source>Only a signed record needs an amendment.</source>
        <translation>只有已签字的记录才需要更正。</translation>
    </message>
    <message>
        <source>An amendment is already open; sign the corrected record first.</source>
        <translation>已有一项更正尚未签字，请先对更正后的记录签字。</translation>
    </message>
    <message>
        <source>A clinical release is signed through the release step, which checks its gate.</source>
        <translation>临床放行须通过放行步骤签字，该步骤会检查放行条件。</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>This record is signed and cannot be changed; amend it to correct it.</source>
        <translation>此记录已签字，不能修改；如需更正，请提交更正。</translation>
    </message>
    <message>
        <source>Name the physicist who did the test.</source>
        <translation>请填写完成检测的物理师姓名。</translation>
    </message>
    <message>
        <source>Say which test was done and where it is recorded.</source>
        <translation>请说明做了哪项检测及其记录存放位置。</translation>
    </message>
    <message>
        <source>This unit is not waiting for acceptance testing.</source>
        <translation>该设备没有待做的验收级检测。</translation>
    </message>
    <message>
        <source>This component is not on the list.</source>
        <translation>该部件不在列表中。</translation>
    </message>
    <message>
        <source>Enter a number between 0 and 10000000.</source>
        <translation>请输入 0 到 10000000 之间的数字。</translation>
    </message>
    <message>
        <source>The lead time must be 0 to 730 days.</source>
        <translation>交货周期必须为 0 到 730 天。</translation>
    </message>
    <message>
        <source>The unit does not stand at this hospital.</source>
        <translation>该设备不在此医院。</translation>
    </message>
    <message>
        <source>Choose the unit the repair is for.</source>
        <translation>请选择需要维修的设备。</translation>
    </message>
    <message>
        <source>This call has opened a work order already.</source>
        <translation>此来电已创建工单。</translation>
    </message>
    <message>
        <source>This call has opened a complaint already.</source>
        <translation>此来电已登记投诉。</translation>
    </message>
    <message>
        <source>Only a dissatisfied follow-up opens a complaint.</source>
        <translation>只有不满意的回访才能登记投诉。</translation>
    </message>
    <message>
        <source>This follow-up has opened a complaint already.</source>
        <translation>此回访已登记投诉。</translation>
    </message>
    <message>
        <source>The work order is for another hospital.</source>
        <translation>该工单属于其他医院。</translation>
    </message>
    <message>
        <source>The course ends before it starts.</source>
        <translation>课程结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The course starts outside the plan&apos;s year.</source>
        <translation>课程开始日期不在本计划年度内。</translation>
    </message>
    <message>
        <source>This course is already in the plan on the same start date.</source>
        <translation>计划中已有同一开始日期的同名课程。</translation>
    </message>
    <message>
        <source>The pass mark is between 1 and 100.</source>
        <translation>及格分应在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>A score is a whole number from 0 to 100.</source>
        <translation>成绩应为 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>Only someone who attended has an exam score.</source>
        <translation>只有出勤人员才有考试成绩。</translation>
    </message>
    <message>
        <source>The certificate expires before it was issued.</source>
        <translation>证书有效期早于发证日期。</translation>
    </message>
    <message>
        <source>A certificate cannot be issued in the future.</source>
        <translation>发证日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose an engineer.</source>
        <translation>请选择工程师。</translation>
    </message>
    <message>
        <source>This engineer already holds this qualification; renew it instead.</source>
        <translation>该工程师已持有此资质，请改为换证。</translation>
    </message>
    <message>
        <source>A certificate of this kind with this number is already recorded.</source>
        <translation>已登记过同类同编号的证书。</translation>
    </message>
    <message>
        <source>A renewed certificate expires later than the one it replaces.</source>
        <translation>换证后的有效期应晚于原证书。</translation>
    </message>
    <message>
        <source>A renewal needs the new expiry date.</source>
        <translation>换证须填写新的有效期。</translation>
    </message>
    <message>
        <source>This requirement is already defined.</source>
        <translation>此要求已存在。</translation>
    </message>
    <message>
        <source>This model is not of the chosen kind of equipment.</source>
        <translation>该型号不属于所选设备类别。</translation>
    </message>
    <message>
        <source>Your role does not record downtime causes or waiting for the customer.</source>
        <translation>您的角色不能记录停机原因或等待客户。</translation>
    </message>
    <message>
        <source>You record downtime only on repairs assigned to you.</source>
        <translation>您只能在分配给您的维修工单上记录停机情况。</translation>
    </message>
    <message>
        <source>Downtime causes and waiting for the customer are recorded on repairs only.</source>
        <translation>停机原因和等待客户只能记录在维修工单上。</translation>
    </message>
    <message>
        <source>Say why: the reason is required.</source>
        <translation>请说明原因：原因为必填项。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Waiting cannot start before the fault was reported.</source>
        <translation>等待不能早于故障报修时间开始。</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>该时间晚于当前时间。</translation>
    </message>
    <message>
        <source>This period overlaps another waiting period of this repair.</source>
        <translation>该时段与本维修的另一等待时段重叠。</translation>
    </message>
    <message>
        <source>The repair is already waiting for the customer; end that period first.</source>
        <translation>本维修已在等待客户，请先结束该时段。</translation>
    </message>
    <message>
        <source>The repair is not waiting for the customer.</source>
        <translation>本维修当前未在等待客户。</translation>
    </message>
    <message>
        <source>A repair&apos;s downtime is a failure or caused by the customer.</source>
        <translation>维修的停机原因只能是设备故障或客户原因。</translation>
    </message>
</context>
<context>
    <name>WaitDialog</name>
    <message>
        <source>Waiting since</source>
        <translation>等待开始</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>仍在等待</translation>
    </message>
    <message>
        <source>Customer ready at</source>
        <translation>客户就绪时间</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>等待原因</translation>
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
    <message>
        <source>%1 has no %2 qualification for this unit.</source>
        <translation>%1 没有此设备所需的%2资质。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 qualification expired on %3.</source>
        <translation>%1 的%2资质已于 %3 过期。</translation>
    </message>
</context>
<context>
    <name>WorkOrderWindow</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>编辑详情…</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Workflow history</source>
        <translation>流程记录</translation>
    </message>
    <message>
        <source>Repair record</source>
        <translation>维修记录</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Customer downtime</source>
        <translation>客户原因停机</translation>
    </message>
    <message>
        <source>Findings and readings</source>
        <translation>发现的问题与运行参数</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装调试</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>受训人员</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>照片与文件</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>开工时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Time to site</source>
        <translation>到场用时</translation>
    </message>
    <message>
        <source>Repair time</source>
        <translation>维修用时</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>停机时长</translation>
    </message>
    <message>
        <source>none — this work order is finished</source>
        <translation>无——此工单已结束</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reason (kept with the work order):</source>
        <translation>原因（将随工单保存）：</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The customer has not signed yet: hand the laptop over for signing first.</source>
        <translation>客户尚未签字：请先将电脑交由客户签字。</translation>
    </message>
    <message>
        <source>This step is not possible from the current state.</source>
        <translation>当前状态下不能执行此步骤。</translation>
    </message>
    <message>
        <source>Your role may not take this step.</source>
        <translation>您的角色无权执行此步骤。</translation>
    </message>
    <message>
        <source>Give a reason for this step.</source>
        <translation>请填写执行此步骤的原因。</translation>
    </message>
    <message>
        <source>Record the cause and the actions taken first.</source>
        <translation>请先填写故障原因和维修过程。</translation>
    </message>
    <message>
        <source>A repair is complete only after a passed trial run.</source>
        <translation>试运行通过后，维修才算完成。</translation>
    </message>
    <message>
        <source>Fill in the checklist first.</source>
        <translation>请先填写检查表。</translation>
    </message>
    <message>
        <source>Finish every checklist first.</source>
        <translation>请先完成所有检查表。</translation>
    </message>
    <message>
        <source>Name the awaited part, its order and the expected date first.</source>
        <translation>请先填写所等待的配件、订单号和预计到货日期。</translation>
    </message>
</context>
</TS>
