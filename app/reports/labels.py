"""The report's own fixed texts, in both languages.

A report's language is chosen per report and is independent of the UI's language
(an English-speaking engineer prints a Chinese report for the hospital), so these are
plain dicts, not Qt translations. Every dict has the same keys in both languages
(tests/test_reports.py checks it).
"""

from __future__ import annotations

from enum import StrEnum

from app.domain import clinical_release as cr
from app.domain import conclusions, units
from app.domain.conclusions import Outcome
from app.domain.enums import (
    AdverseEventAnswer,
    FindingSeverity,
    Modality,
    RemovedPartFate,
    ReportKind,
    SignatureMeaning,
    TrialRunResult,
    UserRole,
    Verdict,
    WorkOrderState,
    WorkOrderType,
)
from app.reports.content import Language

TEXTS: dict[Language, dict[str, str]] = {
    "zh_CN": {
        "sec_identity": "客户与设备",
        "sec_times": "服务时间",
        "sec_description": "工作内容",
        "sec_reported": "报修内容",
        "sec_repair": "维修记录",
        "sec_parts": "更换备件",
        "sec_findings": "检查发现",
        "sec_readings": "运行参数",
        "sec_checklists": "检测结果",
        "sec_installation": "安装调试记录",
        "sec_acceptance": "验收结论",
        "sec_open_problems": "遗留问题",
        "sec_photos": "现场照片",
        "photo_caption": "照片 {n}",
        "see_photo": "见照片 {n}",
        "sec_signatures": "签字确认",
        "work_order_no": "工单号",
        "work_order_type": "工单类型",
        "state": "工单状态",
        "customer": "客户（医院）",
        "address": "地址",
        "site": "科室／机房",
        "equipment": "设备型号",
        "modality": "设备类别",
        "serial": "序列号",
        "nmpa": "注册证号",
        "udi": "UDI",
        "engineers": "服务工程师",
        "reported": "报修时间",
        "acknowledged": "响应时间",
        "arrived": "到场时间",
        "started": "开始工作",
        "finished": "完成时间",
        "closed": "关闭时间",
        "symptom": "故障现象",
        "fault_code": "故障代码",
        "cause": "故障原因",
        "actions": "处理措施",
        "labour_hours": "工时",
        "travel_hours": "路程时间",
        "trial_run": "试运行结果",
        "replaced_components": "更换的部件",
        "sec_release": "临床放行",
        "release_status": "放行状态",
        "released": "已放行临床使用：{name} · {at}",
        "released_legacy": "旧记录：工程师勾选“恢复临床使用”（{name} · {at}），无物理师签字",
        "not_released": "未放行临床使用",
        "release_reasons": "未放行原因",
        "release_checks": "恢复使用前检测",
        "release_warnings": "预警项及说明",
        "awaiting_acceptance": "需进行验收级检测（更换重要部件）",
        "col_check": "检测",
        "col_recorded": "记录的检测项及数值",
        "yes": "是",
        "no": "否",
        "hours": "{hours} 小时",
        "col_no": "序号",
        "col_part_number": "备件号",
        "col_description": "名称",
        "col_quantity": "数量",
        "col_serial_out": "拆下序列号",
        "col_serial_in": "装上序列号",
        "col_manufacturer": "生产厂家",
        "col_model_spec": "型号/规格",
        "col_lot": "批号",
        "col_produced": "生产日期",
        "col_removed_part": "拆下件去向",
        "adverse_event": "医疗器械不良事件",
        "adverse_reported": "报告对象及日期",
        "not_reported_yet": "尚未报告",
        "possibly_reportable": "可能需报告的不良事件",
        "col_severity": "严重程度",
        "col_finding": "问题描述",
        "col_status": "处理情况",
        "fixed_on_site": "现场已处理",
        "escalated": "已转维修 {number}",
        "open": "待处理",
        "col_parameter": "参数",
        "col_reading": "读数",
        "col_unit": "单位",
        "col_item": "检查项目",
        "col_value": "测量值",
        "col_tolerance": "允差／干预水平",
        "action_level": "干预 {action}",
        "baseline_delta": "基准 {baseline}，Δ {delta}",
        "judged_by_physicist": "无限值，物理师判定",
        "limit_unconfirmed": "限值待与正式发布的标准核对",
        "spec_from_atp": "型号规格（验收规程）",
        "class_override": "未使用设备的治疗类别，原因：{reason}",
        "col_verdict": "结论",
        "col_comment": "备注",
        "machine_class": "机型等级",
        "fit_exception": "模板并非为该设备制定，使用原因：{reason}",
        "completed_at": "完成时间",
        "in_progress": "未完成",
        "counts": "合格 {passed}　预警 {warnings}　不合格 {failures}　"
        "不适用 {not_applicable}　未录入 {pending}　共 {total} 项",
        "agreed_date": "约定安装日期",
        "place": "安装地点",
        "people": "参加人员",
        "commissioning_summary": "调试总结",
        "accepted_by_customer": "客户验收人",
        "accepted_by_engineer": "工程师",
        "accepted_by_qc": "质量控制",
        "accepted_at": "验收时间",
        "accepted": "经双方按上述项目逐项检测，设备性能符合合同及技术规格要求，同意验收。",
        "not_accepted": "尚未验收：{failures} 项不合格，{pending} 项未录入，见检测结果。",
        "acceptance_open": "验收尚未完成。",
        "sec_conclusion": "结论",
        "conclusion_open": "结论尚未确定，以下内容记录完整后方可签字：",
        "unsigned_state": "未签字",
        "none": "无",
        "sec_awaited": "等待备件",
        "sec_downtime": "停机原因与等待客户",
        "downtime_cause": "停机原因",
        "cause_customer": "客户原因：{reason}",
        "cause_failure": "设备故障",
        "col_from": "开始",
        "col_until": "结束",
        "col_hours": "小时",
        "col_why": "等待原因",
        "still_waiting": "仍在等待",
        "waited_total": "等待客户共 {count} 次，{hours} 小时",
        "waited_open": "等待客户共 {count} 次，仍在等待；已结束的时段合计 {hours} 小时",
        "col_part": "备件",
        "col_order": "订单号",
        "col_expected": "预计到货",
        "col_received": "到货",
        "awaiting": "待到货",
        "not_signed": "尚无签字。",
        "signed_at": "签字时间",
        "page": "第 {page} 页／共 {pages} 页",
        "record_hash": "记录哈希",
        "generated": "生成时间",
        "draft_banner": "草稿——未签字",
        "draft_note": "本报告尚未签字，不作为正式记录。",
        "draft_mark": "草稿",
        "amendment_banner": "更正记录",
        "amendment_reason": "更正原因：{reason}",
        "previous_hash": "原记录哈希：{hash}",
        "certificate_intro": "兹证明上述人员已于{date}在{customer}完成以下设备的操作培训，"
        "经考核合格，掌握设备的安全操作、日常检查及紧急处理程序。",
        "no_trainees": "本培训工单尚未登记受训人员，无法出具培训证书。",
        "staff_number": "工号 {number}",
        "trainees": "受训人员",
        "trainer": "培训工程师",
        "training_content": "培训内容",
        "certificate_no": "证书编号",
        "training_date": "培训日期",
        "training_form": "培训方式",
        "syllabus": "培训内容",
        "exam_score": "考核成绩",
        "score_of": "{score} 分（合格线 {mark} 分）",
    },
    "en": {
        "sec_identity": "Customer and equipment",
        "sec_times": "Service times",
        "sec_description": "Scope of work",
        "sec_reported": "Reported problem",
        "sec_repair": "Repair record",
        "sec_parts": "Parts used",
        "sec_findings": "Findings",
        "sec_readings": "Running parameters",
        "sec_checklists": "Test results",
        "sec_installation": "Installation and commissioning",
        "sec_acceptance": "Acceptance",
        "sec_open_problems": "Open problems",
        "sec_photos": "Photos",
        "photo_caption": "Photo {n}",
        "see_photo": "see photo {n}",
        "sec_signatures": "Signatures",
        "work_order_no": "Work order no.",
        "work_order_type": "Work order type",
        "state": "Status",
        "customer": "Customer (hospital)",
        "address": "Address",
        "site": "Department / room",
        "equipment": "Equipment model",
        "modality": "Equipment type",
        "serial": "Serial no.",
        "nmpa": "NMPA registration no. (注册证号)",
        "udi": "UDI",
        "engineers": "Service engineers",
        "reported": "Reported",
        "acknowledged": "Acknowledged",
        "arrived": "Arrived on site",
        "started": "Work started",
        "finished": "Work finished",
        "closed": "Closed",
        "symptom": "Symptom",
        "fault_code": "Fault code",
        "cause": "Cause",
        "actions": "Actions taken",
        "labour_hours": "Labour",
        "travel_hours": "Travel",
        "trial_run": "Trial run",
        "replaced_components": "Components replaced",
        "sec_release": "Clinical release",
        "release_status": "Status",
        "released": "Released for clinical use: {name} · {at}",
        "released_legacy": 'Legacy record: the engineer ticked "back in clinical use" '
        "({name} · {at}); no physicist's signature",
        "not_released": "Not released for clinical use",
        "release_reasons": "Why not released",
        "release_checks": "Return-to-service checks",
        "release_warnings": "Warnings and their comments",
        "awaiting_acceptance": "Acceptance-level testing required (major component replaced)",
        "col_check": "Check",
        "col_recorded": "Items recorded, with values",
        "yes": "Yes",
        "no": "No",
        "hours": "{hours} h",
        "col_no": "No.",
        "col_part_number": "Part no.",
        "col_description": "Description",
        "col_quantity": "Qty",
        "col_serial_out": "Serial removed",
        "col_serial_in": "Serial fitted",
        "col_manufacturer": "Manufacturer",
        "col_model_spec": "Model / specification",
        "col_lot": "Lot no.",
        "col_produced": "Produced",
        "col_removed_part": "Removed part",
        "adverse_event": "Medical device adverse event",
        "adverse_reported": "Reported to, on",
        "not_reported_yet": "Not reported yet",
        "possibly_reportable": "possibly reportable adverse event",
        "col_severity": "Severity",
        "col_finding": "Finding",
        "col_status": "Status",
        "fixed_on_site": "Fixed on site",
        "escalated": "Repair {number}",
        "open": "Open",
        "col_parameter": "Parameter",
        "col_reading": "Reading",
        "col_unit": "Unit",
        "col_item": "Item",
        "col_value": "Value",
        "col_tolerance": "Tolerance / action",
        "action_level": "action {action}",
        "baseline_delta": "baseline {baseline}, Δ {delta}",
        "judged_by_physicist": "no limit; physicist's verdict",
        "limit_unconfirmed": "limit to be confirmed against the published standard",
        "spec_from_atp": "model's ATP specification",
        "class_override": "Not the unit's treatment class, used because: {reason}",
        "col_verdict": "Verdict",
        "col_comment": "Comment",
        "machine_class": "Machine class",
        "fit_exception": "Template not made for this unit, used because: {reason}",
        "completed_at": "Completed",
        "in_progress": "In progress",
        "counts": "Pass {passed} · Warning {warnings} · Fail {failures} · "
        "N/A {not_applicable} · Not entered {pending} · {total} items",
        "agreed_date": "Agreed installation date",
        "place": "Place",
        "people": "People present",
        "commissioning_summary": "Commissioning summary",
        "accepted_by_customer": "Accepted for the customer",
        "accepted_by_engineer": "Engineer",
        "accepted_by_qc": "Quality control",
        "accepted_at": "Accepted on",
        "accepted": "The parties tested the unit item by item as listed above; it meets the "
        "contract and its technical specification and is accepted.",
        "not_accepted": "Not accepted yet: {failures} item(s) failed and {pending} not "
        "entered; see the test results.",
        "acceptance_open": "Acceptance is not complete yet.",
        "sec_conclusion": "Conclusion",
        "conclusion_open": "No conclusion yet; the report can be signed once the record has:",
        "unsigned_state": "not signed",
        "none": "None",
        "sec_awaited": "Awaiting parts",
        "sec_downtime": "Downtime cause and waiting for the customer",
        "downtime_cause": "Downtime cause",
        "cause_customer": "Caused by the customer: {reason}",
        "cause_failure": "Failure of the unit",
        "col_from": "From",
        "col_until": "Until",
        "col_hours": "Hours",
        "col_why": "Waiting for",
        "still_waiting": "still waiting",
        "waited_total": "Waited for the customer {count} time(s), {hours} h in all",
        "waited_open": "Waited for the customer {count} time(s), still waiting; {hours} h in "
        "the periods ended",
        "col_part": "Part",
        "col_order": "Order",
        "col_expected": "Expected",
        "col_received": "Received",
        "awaiting": "awaited",
        "not_signed": "Not signed yet.",
        "signed_at": "Signed",
        "page": "Page {page} of {pages}",
        "record_hash": "Record hash",
        "generated": "Generated",
        "draft_banner": "DRAFT — not signed",
        "draft_note": "This report has not been signed and is not a record.",
        "draft_mark": "DRAFT",
        "amendment_banner": "Amended record",
        "amendment_reason": "Reason for the amendment: {reason}",
        "previous_hash": "Previous record hash: {hash}",
        "certificate_intro": "This is to certify that the person named above completed "
        "operator training on {date} at {customer} on the equipment below and passed its "
        "assessment, covering its safe operation, daily checks and emergency procedures.",
        "no_trainees": "No trainee is recorded on this training work order yet, so no "
        "certificate can be issued.",
        "staff_number": "Staff no. {number}",
        "trainees": "Trainees",
        "trainer": "Trainer(s)",
        "training_content": "Training content",
        "certificate_no": "Certificate no.",
        "training_date": "Training date",
        "training_form": "Form of training",
        "syllabus": "Syllabus",
        "exam_score": "Exam score",
        "score_of": "{score} (pass mark {mark})",
    },
}

# The training session's form and syllabus topics (app/domain/training_exams.py keys).
FORMS: dict[Language, dict[str, str]] = {
    "zh_CN": {"on_site": "现场培训", "central": "集中培训"},
    "en": {"on_site": "On site", "central": "Central"},
}
SYLLABUS: dict[Language, dict[str, str]] = {
    "zh_CN": {
        "principle": "基本原理",
        "operation": "操作方法",
        "daily_maintenance": "日常维护",
        "safety": "安全注意事项",
    },
    "en": {
        "principle": "basic principle",
        "operation": "operation",
        "daily_maintenance": "daily maintenance",
        "safety": "safety precautions",
    },
}

OC = Outcome
OUTCOMES: dict[Language, dict[Outcome, str]] = {
    "zh_CN": {
        OC.OPEN: "结论尚未确定。",
        OC.REPAIRED: "维修完成：试运行通过，设备已恢复临床使用。",
        OC.REPAIRED_NOT_IN_USE: "维修完成：试运行通过，设备尚未恢复临床使用。",
        OC.NOT_REPAIRED: "未修复：试运行未通过，设备不得用于临床，见试运行记录。",
        OC.WORK_DONE: "工作已按上述内容完成。",
        OC.PASSED: "检查合格：全部项目在允差范围内。",
        OC.PASSED_WITH_WARNINGS: "检查合格，{warnings} 项超出允差但未达干预水平，需跟踪复测。",
        OC.PASSED_WITH_FINDINGS: "检查项目合格；{findings} 项发现问题未能现场解决，"
        "处理见发现问题。",
        OC.CRITICAL_FINDINGS: "检查项目合格，但 {critical} 项严重问题未能现场解决："
        "问题解决前设备不宜用于临床，见发现问题。",
        OC.FAILED: "检查不合格：{failures} 项超出干预水平，见检测结果及处理记录。",
        OC.INSTALLED: "安装调试完成，检测项目全部合格，无遗留问题。",
        OC.INSTALLED_WITH_PROBLEMS: "安装调试完成；{failures} 项不合格、{problems} 项遗留问题"
        "待处理，见下文。",
        OC.ACCEPTED: "经双方按上述项目逐项检测，设备性能符合合同及技术规格要求，同意验收。",
        OC.ACCEPTED_WITH_PROBLEMS: "经双方按上述项目逐项检测，设备性能符合合同及技术规格要求，"
        "同意验收；{problems} 项遗留问题按下文处理。",
        OC.NOT_ACCEPTED: "不予验收：{failures} 项不合格，见检测结果。",
        OC.TRAINED: "培训已按上述内容完成。",
    },
    "en": {
        OC.OPEN: "No conclusion yet.",
        OC.REPAIRED: "Repaired: the trial run passed and the unit is back in clinical use.",
        OC.REPAIRED_NOT_IN_USE: "Repaired: the trial run passed; the unit is not back in "
        "clinical use yet.",
        OC.NOT_REPAIRED: "Not repaired: the trial run failed and the unit must not be used "
        "clinically; see the trial run.",
        OC.WORK_DONE: "The work described above is done.",
        OC.PASSED: "Passed: every item is within tolerance.",
        OC.PASSED_WITH_WARNINGS: "Passed; {warnings} item(s) beyond tolerance but within the "
        "action level, to be followed up.",
        OC.PASSED_WITH_FINDINGS: "The checks passed; {findings} finding(s) could not be "
        "fixed on site, see the findings for what follows.",
        OC.CRITICAL_FINDINGS: "The checks passed, but {critical} critical finding(s) could "
        "not be fixed on site: the unit should not be used clinically until they are "
        "resolved; see the findings.",
        OC.FAILED: "Failed: {failures} item(s) beyond the action level; see the results and "
        "the actions taken.",
        OC.INSTALLED: "Installed and commissioned; every test passed and nothing is open.",
        OC.INSTALLED_WITH_PROBLEMS: "Installed and commissioned; {failures} test(s) failed and "
        "{problems} open problem(s) remain, listed below.",
        OC.ACCEPTED: "The parties tested the unit item by item as listed above; it meets the "
        "contract and its technical specification and is accepted.",
        OC.ACCEPTED_WITH_PROBLEMS: "The parties tested the unit item by item as listed above; "
        "it meets the contract and its technical specification and is accepted; "
        "{problems} open problem(s) are settled as listed below.",
        OC.NOT_ACCEPTED: "Not accepted: {failures} item(s) failed; see the test results.",
        OC.TRAINED: "The training described above was given.",
    },
}
POSITIVE = frozenset({OC.REPAIRED, OC.WORK_DONE, OC.PASSED, OC.INSTALLED, OC.ACCEPTED, OC.TRAINED})

# What the record still lacks (app/domain/conclusions.py's reasons), in both languages.
GAPS: dict[Language, dict[str, str]] = {
    "zh_CN": {
        conclusions.NO_ACTIONS: "处理措施",
        conclusions.NO_CAUSE: "故障原因",
        conclusions.NO_TRIAL_RUN: "试运行结果",
        conclusions.NO_CHECKLIST: "检查表",
        conclusions.OPEN_CHECKLIST: "全部检查表填写完成（无未录入项目）",
        conclusions.NO_SUMMARY: "调试总结",
        conclusions.NO_ACCEPTANCE: "验收记录（客户、工程师、质量控制及验收时间）",
        conclusions.NO_TRAINING: "培训内容",
        conclusions.NO_TRAINEES: "受训人员（至少一名出席且考核合格）",
    },
    "en": {
        conclusions.NO_ACTIONS: "what was done",
        conclusions.NO_CAUSE: "the cause of the fault",
        conclusions.NO_TRIAL_RUN: "the result of the trial run",
        conclusions.NO_CHECKLIST: "a checklist",
        conclusions.OPEN_CHECKLIST: "every checklist finished (no item without a value)",
        conclusions.NO_SUMMARY: "the commissioning summary",
        conclusions.NO_ACCEPTANCE: "the acceptance (customer, engineer, quality control and date)",
        conclusions.NO_TRAINING: "the training given",
        conclusions.NO_TRAINEES: "who was trained (a trainee who attended and passed)",
    },
}

TITLES: dict[Language, dict[ReportKind, str]] = {
    "zh_CN": {
        ReportKind.SERVICE: "维修服务报告",
        ReportKind.INSPECTION: "巡检及预防性维护报告",
        ReportKind.INSTALLATION: "安装调试报告",
        ReportKind.ACCEPTANCE: "验收报告",
        ReportKind.TRAINING: "操作培训证书",
    },
    "en": {
        ReportKind.SERVICE: "Service Report",
        ReportKind.INSPECTION: "Inspection and Preventive Maintenance Report",
        ReportKind.INSTALLATION: "Installation and Commissioning Report",
        ReportKind.ACCEPTANCE: "Acceptance Report",
        ReportKind.TRAINING: "Operator Training Certificate",
    },
}

# A symbol as well as a word, so a verdict reads on a black-and-white copy too.
VERDICTS: dict[Language, dict[Verdict, str]] = {
    "zh_CN": {
        Verdict.PASS: "✓ 合格",
        Verdict.WARNING: "▲ 预警",
        Verdict.FAIL: "✖ 不合格",
        Verdict.NOT_APPLICABLE: "– 不适用",
        Verdict.PENDING: "○ 未录入",
    },
    "en": {
        Verdict.PASS: "✓ Pass",
        Verdict.WARNING: "▲ Warning",
        Verdict.FAIL: "✖ Fail",
        Verdict.NOT_APPLICABLE: "– N/A",
        Verdict.PENDING: "○ Not entered",
    },
}

MEANINGS: dict[Language, dict[SignatureMeaning, str]] = {
    "zh_CN": {
        SignatureMeaning.PERFORMED_BY: "执行人",
        SignatureMeaning.REVIEWED_BY: "审核人",
        SignatureMeaning.ACCEPTED_BY: "验收人",
        SignatureMeaning.RECEIVED_BY: "接收人",
        SignatureMeaning.RELEASED_FOR_CLINICAL_USE: "放行临床使用",
    },
    "en": {
        SignatureMeaning.PERFORMED_BY: "Performed by",
        SignatureMeaning.REVIEWED_BY: "Reviewed by",
        SignatureMeaning.ACCEPTED_BY: "Accepted by",
        SignatureMeaning.RECEIVED_BY: "Received by",
        SignatureMeaning.RELEASED_FOR_CLINICAL_USE: "Released for clinical use",
    },
}

# How a pass/fail item's stored value text reads in the value column.
VALUE_WORDS: dict[Language, dict[str, str]] = {
    "zh_CN": {"pass": "正常", "fail": "异常", "n/a": "不适用"},
    "en": {"pass": "OK", "fail": "Not OK", "n/a": "n/a"},
}

ENUMS: dict[Language, dict[StrEnum, str]] = {
    "zh_CN": {
        WorkOrderType.INSTALLATION: "安装",
        WorkOrderType.COMMISSIONING: "调试",
        WorkOrderType.ACCEPTANCE: "验收",
        WorkOrderType.INSPECTION: "巡检",
        WorkOrderType.PREVENTIVE_MAINTENANCE: "预防性维护",
        WorkOrderType.REPAIR: "维修",
        WorkOrderType.UPGRADE: "升级",
        WorkOrderType.TRAINING: "培训",
        WorkOrderState.REPORTED: "已报修",
        WorkOrderState.ACKNOWLEDGED: "已响应",
        WorkOrderState.TRAVELLING: "在途",
        WorkOrderState.ON_SITE: "已到场",
        WorkOrderState.IN_PROGRESS: "处理中",
        WorkOrderState.AWAITING_PARTS: "等待备件",
        WorkOrderState.TRIAL_RUN: "试运行",
        WorkOrderState.COMPLETED: "已完成",
        WorkOrderState.CUSTOMER_SIGNED: "客户已签字",
        WorkOrderState.CLOSED: "已关闭",
        WorkOrderState.CANCELLED: "已取消",
        Modality.LINAC: "直线加速器",
        Modality.CT_SIMULATOR: "CT 模拟定位机",
        Modality.AFTERLOADER: "后装治疗机",
        Modality.TPS: "治疗计划系统",
        Modality.QA_INSTRUMENT: "质控设备",
        TrialRunResult.NOT_RUN: "未试运行",
        TrialRunResult.PASSED: "通过",
        TrialRunResult.FAILED: "未通过",
        FindingSeverity.MINOR: "轻微",
        FindingSeverity.MAJOR: "严重",
        FindingSeverity.CRITICAL: "危急",
        AdverseEventAnswer.NOT_ANSWERED: "未回答",
        AdverseEventAnswer.NO_HARM: "未导致且不可能导致人体伤害",
        AdverseEventAnswer.COULD_HAVE_HARMED: "未导致人体伤害，但可能导致人体伤害",
        AdverseEventAnswer.HARMED: "已导致人体伤害",
        RemovedPartFate.NOT_RECORDED: "未记录",
        RemovedPartFate.NONE: "无拆下件",
        RemovedPartFate.RETURNED: "退回备件库",
        RemovedPartFate.RMA: "返厂（RMA）",
        RemovedPartFate.SCRAPPED: "报废",
    },
    "en": {
        WorkOrderType.INSTALLATION: "Installation",
        WorkOrderType.COMMISSIONING: "Commissioning",
        WorkOrderType.ACCEPTANCE: "Acceptance",
        WorkOrderType.INSPECTION: "Inspection",
        WorkOrderType.PREVENTIVE_MAINTENANCE: "Preventive maintenance",
        WorkOrderType.REPAIR: "Repair",
        WorkOrderType.UPGRADE: "Upgrade",
        WorkOrderType.TRAINING: "Training",
        WorkOrderState.REPORTED: "Reported",
        WorkOrderState.ACKNOWLEDGED: "Acknowledged",
        WorkOrderState.TRAVELLING: "Travelling",
        WorkOrderState.ON_SITE: "On site",
        WorkOrderState.IN_PROGRESS: "In progress",
        WorkOrderState.AWAITING_PARTS: "Awaiting parts",
        WorkOrderState.TRIAL_RUN: "Trial run",
        WorkOrderState.COMPLETED: "Completed",
        WorkOrderState.CUSTOMER_SIGNED: "Signed by customer",
        WorkOrderState.CLOSED: "Closed",
        WorkOrderState.CANCELLED: "Cancelled",
        Modality.LINAC: "Linear accelerator",
        Modality.CT_SIMULATOR: "CT simulator",
        Modality.AFTERLOADER: "Afterloader",
        Modality.TPS: "Treatment planning system",
        Modality.QA_INSTRUMENT: "QA instrument",
        TrialRunResult.NOT_RUN: "Not run yet",
        TrialRunResult.PASSED: "Passed",
        TrialRunResult.FAILED: "Failed",
        FindingSeverity.MINOR: "Minor",
        FindingSeverity.MAJOR: "Major",
        FindingSeverity.CRITICAL: "Critical",
        AdverseEventAnswer.NOT_ANSWERED: "Not answered",
        AdverseEventAnswer.NO_HARM: "No one harmed, and no one could have been",
        AdverseEventAnswer.COULD_HAVE_HARMED: "No one harmed, but it could have harmed a patient",
        AdverseEventAnswer.HARMED: "Someone was harmed",
        RemovedPartFate.NOT_RECORDED: "Not recorded",
        RemovedPartFate.NONE: "Nothing removed",
        RemovedPartFate.RETURNED: "Returned to parts store",
        RemovedPartFate.RMA: "Sent to manufacturer (RMA)",
        RemovedPartFate.SCRAPPED: "Scrapped",
    },
}


# The role titles the app offers (the user roles, as the screens name them in either
# language): a signer's role typed in one language prints in the report's language.
ROLE_TITLES: dict[Language, dict[UserRole, str]] = {
    "zh_CN": {
        UserRole.ENGINEER: "技术工程师",
        UserRole.REPAIR_TECHNICIAN: "维修技师",
        UserRole.PARTS_ADMINISTRATOR: "配件管理员",
        UserRole.SERVICE_MANAGER: "售后服务经理",
        UserRole.QUALITY_CONTROL: "质量控制",
    },
    "en": {
        UserRole.ENGINEER: "Field engineer",
        UserRole.REPAIR_TECHNICIAN: "Repair technician",
        UserRole.PARTS_ADMINISTRATOR: "Parts administrator",
        UserRole.SERVICE_MANAGER: "Service manager",
        UserRole.QUALITY_CONTROL: "Quality control",
    },
}


def unit(language: Language, stored: str) -> str:
    """A unit of measure in the report's language, when it is one we know."""
    return units.unit_in(language, stored)


def role_title(language: Language, stored: str) -> str:
    """A signer's role in the report's language when it is one of the app's role titles
    (whatever language it was typed in); a role the signer wrote prints as written."""
    for titles in ROLE_TITLES.values():
        for role, title_text in titles.items():
            if stored.strip().casefold() == title_text.casefold():
                return ROLE_TITLES[language][role]
    return stored


def text(language: Language, key: str, **values: object) -> str:
    """The fixed text `key` in `language`, with {placeholders} filled in."""
    template = TEXTS[language][key]
    return template.format(**values) if values else template


def enum_label(language: Language, value: StrEnum) -> str:
    return ENUMS[language][value]


# Items beyond tolerance but within the action level, said after any conclusion but the
# one made of them: a failure or an open finding must not hide them.
ALSO_WARNINGS: dict[Language, str] = {
    "zh_CN": "另有 {warnings} 项超出允差但未达干预水平，需跟踪复测。",
    "en": "Also, {warnings} item(s) beyond tolerance but within the action level, to be "
    "followed up.",
}


def outcome(language: Language, value: Outcome, **counts: int) -> str:
    """The conclusion's sentence; counts it does not mention may be left out."""
    known = {"failures": 0, "warnings": 0, "problems": 0, "findings": 0, "critical": 0}
    filled = {**known, **counts}
    sentence = OUTCOMES[language][value].format(**filled)
    if filled["warnings"] and value not in (Outcome.OPEN, Outcome.PASSED_WITH_WARNINGS):
        sentence += ("" if language == "zh_CN" else " ") + ALSO_WARNINGS[language].format(**filled)
    return sentence


def gap(language: Language, reason: str) -> str:
    return GAPS[language].get(reason, reason)


def title(language: Language, kind: ReportKind) -> str:
    return TITLES[language][kind]


# The release gate's reasons (app/domain/clinical_release.py) as the report words them.
RELEASE_REASONS: dict[Language, dict[str, str]] = {
    "zh_CN": {
        cr.FAILED_ITEM: "安全或剂量学检查项不合格",
        cr.MISSING_ITEM: "安全或剂量学检查项未填写",
        cr.MISSING_CHECK: "恢复使用前检测未记录",
        cr.FAILED_CHECK: "恢复使用前检测不合格",
        cr.WARNING_WITHOUT_COMMENT: "预警项无说明",
        cr.ACCEPTANCE_REQUIRED: "更换重要部件后需验收级检测（由物理师记录）",
        cr.TRIAL_RUN: "试运行未通过",
        cr.ALREADY_RELEASED: "本工单已放行",
    },
    "en": {
        cr.FAILED_ITEM: "Failed safety or dosimetry item",
        cr.MISSING_ITEM: "Safety or dosimetry item without a value",
        cr.MISSING_CHECK: "Return-to-service check not recorded",
        cr.FAILED_CHECK: "Return-to-service check failed",
        cr.WARNING_WITHOUT_COMMENT: "Warning without a comment",
        cr.ACCEPTANCE_REQUIRED: "Acceptance-level testing required (recorded by a physicist) "
        "after replacing",
        cr.TRIAL_RUN: "The trial run has not passed",
        cr.ALREADY_RELEASED: "The unit was already released on this job",
    },
}
