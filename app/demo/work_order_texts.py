"""What the demo's work orders say: fault descriptions per kind of unit and type of
work, and the wording of the lifecycle and fault stories, in Chinese as typed on site."""

from __future__ import annotations

from app.domain.enums import Modality, WorkOrderType

_LINAC_FAULTS = (
    "MLC叶片 A{n} 运动超差，治疗中断",
    "MLC叶片 B{n} 到位误差报警，调强计划无法执行",
    "真空泵报警 Interlock 58，无法出束",
    "剂量监测通道 1/2 偏差超限，剂量率不稳",
    "机架旋转异常噪声，旋转中报联锁",
    "高压打火频繁，调制器联锁",
    "水冷机组温度过高报警，设备自动停机",
    "kV 影像板无图像，CBCT 无法采集",
    "EPID 影像出现条纹，MV 图像不可用",
    "治疗床纵向运动卡顿，床位超差",
    "SF6 气压低报警",
    "控制台与信息系统（OIS）通讯中断",
    "光野与射野一致性超差 2 mm",
    "电子枪灯丝电流偏低，出束困难",
    "准直器旋转编码器故障",
    "治疗室门联锁报警，无法开始治疗",
)

DESCRIPTIONS: dict[Modality, dict[WorkOrderType, tuple[str, ...]]] = {
    Modality.LINAC: {
        WorkOrderType.REPAIR: _LINAC_FAULTS,
        WorkOrderType.PREVENTIVE_MAINTENANCE: (
            "年度预防性维护（TG-142 年检）",
            "半年预防性维护",
            "季度预防性维护（冷却水、SF6、真空系统）",
            "MLC 预防性维护与校准",
        ),
        WorkOrderType.TRAINING: (
            "操作人员培训（新技师 {k} 名）",
            "物理师高级培训：VMAT 计划质控",
            "安全联锁与应急操作培训",
        ),
    },
    Modality.CT_SIMULATOR: {
        WorkOrderType.REPAIR: (
            "球管打火，扫描中断",
            "激光定位灯偏移 2 mm，需重新校准",
            "探测器坏道，图像出现环状伪影",
            "滑环碳刷磨损报警",
            "高压发生器故障，无法曝光",
            "重建工作站死机，DICOM 传输失败",
            "4D CT 呼吸门控信号丢失",
        ),
        WorkOrderType.PREVENTIVE_MAINTENANCE: (
            "CT 年度保养（球管、滑环清洁）",
            "激光定位系统半年校准",
            "CT 值与图像质量年检",
        ),
        WorkOrderType.TRAINING: ("模拟定位技师培训（新技师 {k} 名）",),
    },
    Modality.AFTERLOADER: {
        WorkOrderType.REPAIR: (
            "放射源驱动电缆卡滞，源未到位",
            "通道 {c} 检测失败，假源无法通过",
            "施源器连接报警",
            "紧急回源报警，治疗中断",
            "源位置校验偏差 1.5 mm",
        ),
        WorkOrderType.PREVENTIVE_MAINTENANCE: (
            "Ir-192 换源及年度维护",
            "季度换源（Ir-192）",
            "施源器与传输管检查",
        ),
        WorkOrderType.TRAINING: ("后装治疗操作与应急回源培训",),
    },
    Modality.TPS: {
        WorkOrderType.REPAIR: (
            "计算服务器宕机，无法进行剂量计算",
            "DICOM 导入失败，CT 图像无法传输",
            "许可证服务器异常，工作站无法登录",
            "计划数据库备份失败",
        ),
        WorkOrderType.PREVENTIVE_MAINTENANCE: (
            "服务器巡检与数据库备份",
            "束流模型年度复核",
        ),
        WorkOrderType.TRAINING: ("物理师高级培训：自动计划模块", "计划系统新功能培训"),
    },
    Modality.QA_INSTRUMENT: {
        WorkOrderType.REPAIR: (
            "电离室读数漂移，需返厂校准",
            "探测器阵列通讯中断",
            "水箱驱动电机卡滞",
        ),
        WorkOrderType.PREVENTIVE_MAINTENANCE: ("年度计量校准", "电离室年度检定"),
        WorkOrderType.TRAINING: ("质控设备使用培训",),
    },
}

INSPECTIONS: tuple[str, ...] = (
    "季度巡检",
    "月度巡检",
    "半年巡检",
    "季度巡检（含安全联锁检查）",
    "节前安全巡检",
    "年度辐射安全检查配合",
)
INSTALLATION = "新机安装：{model}（{site}）"
COMMISSIONING = "调试：束流数据采集与建模"
ACCEPTANCE = "验收测试（含国家计量检定）"
NEW_UNIT_TRAINING = "操作人员培训（新技师 {k} 名）"
DOWN_REPAIR = "加速管真空度下降，离子泵电流异常，设备停机"
LIMITED_REPAIR = "MLC叶片 B41 电机故障，调强计划暂停，仅可执行三维适形治疗"
