"""The monthly service report's wording in both languages (the report speaks the
hospital's language, not the interface's, so its texts live here as the other
reports' do in labels.py)."""

from __future__ import annotations

from app.domain.enums import ContractLevel, EquipmentStatus
from app.reports.content import Language

TEXTS: dict[Language, dict[str, str]] = {
    "zh_CN": {
        "title": "月度服务报告",
        "subtitle": "{hospital} · {year}年{month}月",
        "period": "报告期间",
        "period_value": "{first} 至 {last}",
        "hospital": "医院",
        "prepared_by": "编制",
        "generated": "生成时间",
        "summary": "本月概况",
        "summary_value": "设备 {units} 台；上门服务及维修 {jobs} 次；未结事项 {open} 项；"
        "下月计划服务 {plan} 次。",
        "units": "设备",
        "col_unit": "设备",
        "col_site": "地点",
        "col_contract": "服务合同",
        "col_status": "状态",
        "no_contract": "无合同",
        "uptime": "开机率与合同保证值",
        "no_uptime": "本月没有在服务合同内且安排了临床时间的设备，不计开机率。",
        "col_scheduled": "计划临床时间",
        "col_lost": "非计划停机",
        "col_uptime": "开机率",
        "col_guarantee": "保证值",
        "col_shortfall": "差额",
        "hours": "{hours} 小时",
        "no_guarantee": "无保证值",
        "met": "达到",
        "not_met": "未达到",
        "uptime_note": "开机率 =（计划临床时间 − 非计划停机时间）÷ 计划临床时间；"
        "按合同扣除计划保养、客户原因及等待客户的时间。差额为低于保证值的临床小时数。",
        "jobs": "本月上门服务与维修",
        "col_number": "工单号",
        "col_date": "日期",
        "col_kind": "类型",
        "col_what": "内容",
        "col_outcome": "结果",
        "col_engineer": "工程师",
        "no_jobs": "本月无上门服务或维修。",
        "open": "未结事项（截至月末）",
        "col_since": "起始",
        "col_state": "状态",
        "no_open": "月末无未结事项。",
        "trends": "关键质控项目趋势（近{months}个月）",
        "no_trends": "近{months}个月无质控测量值。",
        "trend_item": "项目",
        "trend_tolerance": "容差",
        "trend_action": "干预水平",
        "trend_last": "最近值",
        "trend_count": "次数",
        "trend_outside": "超差",
        "trend_legend": "绿色区域为容差范围，红色虚线为干预水平，红点为超出容差的测量值。",
        "plan": "下月服务计划（{year}年{month}月）",
        "col_time": "开始",
        "col_work": "服务内容",
        "no_plan": "下月暂无计划上门服务。",
        "signed_note": "本报告由 {company} 的 Beamside 系统生成并以电子签章（PAdES）签署；"
        "任何改动都会使签章失效。",
        "signed_note_plain": "本报告由 Beamside 系统生成并以电子签章（PAdES）签署；"
        "任何改动都会使签章失效。",
        "page": "第 {page} 页，共 {pages} 页",
    },
    "en": {
        "title": "Monthly service report",
        "subtitle": "{hospital} · {month_name} {year}",
        "period": "Period",
        "period_value": "{first} to {last}",
        "hospital": "Hospital",
        "prepared_by": "Prepared by",
        "generated": "Generated",
        "summary": "The month in brief",
        "summary_value": "{units} unit(s); {jobs} visit(s) and repair(s); {open} open item(s); "
        "{plan} visit(s) planned next month.",
        "units": "Equipment",
        "col_unit": "Unit",
        "col_site": "Site",
        "col_contract": "Service contract",
        "col_status": "Status",
        "no_contract": "no contract",
        "uptime": "Uptime against the guarantee",
        "no_uptime": "No unit was under a service contract with scheduled clinical hours "
        "this month, so no uptime is reported.",
        "col_scheduled": "Scheduled",
        "col_lost": "Lost",
        "col_uptime": "Uptime",
        "col_guarantee": "Guarantee",
        "col_shortfall": "Shortfall",
        "hours": "{hours} h",
        "no_guarantee": "none",
        "met": "met",
        "not_met": "not met",
        "uptime_note": "Uptime = (scheduled clinical hours − unscheduled downtime) ÷ scheduled "
        "clinical hours, excluding planned maintenance, customer-caused time and time waiting "
        "for the customer as the contract says. The shortfall is the clinical hours below "
        "the guarantee.",
        "jobs": "Visits and repairs this month",
        "col_number": "Work order",
        "col_date": "Date",
        "col_kind": "Type",
        "col_what": "What",
        "col_outcome": "Outcome",
        "col_engineer": "Engineer",
        "no_jobs": "No visit or repair this month.",
        "open": "Open items at the month's end",
        "col_since": "Since",
        "col_state": "State",
        "no_open": "Nothing open at the month's end.",
        "trends": "Key QA items over the last {months} months",
        "no_trends": "No QA measurement in the last {months} months.",
        "trend_item": "Item",
        "trend_tolerance": "Tolerance",
        "trend_action": "Action level",
        "trend_last": "Latest",
        "trend_count": "Values",
        "trend_outside": "Out of tol.",
        "trend_legend": "Green: the tolerance band; dashed red: the action levels; red "
        "points: values beyond tolerance.",
        "plan": "Next month's plan ({month_name} {year})",
        "col_time": "Starts",
        "col_work": "Work",
        "no_plan": "No visit planned next month.",
        "signed_note": "Generated by {company}'s Beamside and sealed with an electronic "
        "signature (PAdES); any change to the file invalidates the seal.",
        "signed_note_plain": "Generated by Beamside and sealed with an electronic signature "
        "(PAdES); any change to the file invalidates the seal.",
        "page": "Page {page} of {pages}",
    },
}

CONTRACT_LEVELS: dict[Language, dict[ContractLevel, str]] = {
    "zh_CN": {
        ContractLevel.WARRANTY: "保修期",
        ContractLevel.FULL_SERVICE: "全保",
        ContractLevel.PARTS_ONLY: "仅备件",
        ContractLevel.LABOUR_ONLY: "仅人工",
        ContractLevel.TIME_AND_MATERIALS: "按次计费",
    },
    "en": {
        ContractLevel.WARRANTY: "warranty",
        ContractLevel.FULL_SERVICE: "full service",
        ContractLevel.PARTS_ONLY: "parts only",
        ContractLevel.LABOUR_ONLY: "labour only",
        ContractLevel.TIME_AND_MATERIALS: "time and materials",
    },
}


def text(language: Language, key: str, **values: object) -> str:
    return TEXTS[language][key].format(**values)


UNIT_STATUS: dict[Language, dict[EquipmentStatus, str]] = {
    "zh_CN": {
        EquipmentStatus.INSTALLING: "安装中",
        EquipmentStatus.CLINICAL: "临床使用",
        EquipmentStatus.DOWN: "停机",
        EquipmentStatus.LIMITED: "限制使用",
        EquipmentStatus.DECOMMISSIONED: "已退役",
    },
    "en": {
        EquipmentStatus.INSTALLING: "installing",
        EquipmentStatus.CLINICAL: "clinical use",
        EquipmentStatus.DOWN: "down",
        EquipmentStatus.LIMITED: "limited use",
        EquipmentStatus.DECOMMISSIONED: "decommissioned",
    },
}
