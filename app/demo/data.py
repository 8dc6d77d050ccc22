"""The fixed tables the demo seed draws from: hospitals, models, people and wording.

Kept apart from `demo.py` so the seeding logic stays readable. Hospital names follow
common naming patterns; addresses, people, phone numbers and e-mails are invented
(e-mails use `example.com` subdomains so none can reach a real mailbox).
"""

from __future__ import annotations

from typing import NamedTuple

from app.domain.enums import HospitalGrade, Modality, UserRole, WorkOrderState, WorkOrderType


class ModelSpec(NamedTuple):
    """A real-world product and how its units are labelled (`#` = random digit)."""

    maker: str
    model: str
    modality: Modality
    serial_pattern: str
    nmpa: str  # registration certificate number, one per product
    gtin_body: str  # 13 digits; the GS1 check digit is appended
    upgrades: tuple[str, ...]


MODELS: dict[str, ModelSpec] = {
    "TB": ModelSpec(
        "Varian",
        "TrueBeam",
        Modality.LINAC,
        "H19####",
        "国械注进20173050842",
        "0084282600112",
        ("软件升级至 TrueBeam 4.1", "升级 HyperArc 高精度放射外科模块"),
    ),
    "HAL": ModelSpec(
        "Varian",
        "Halcyon",
        Modality.LINAC,
        "H62####",
        "国械注进20193050317",
        "0084282600211",
        ("Halcyon 软件升级至 4.0", "启用 HyperSight 大孔径 CBCT"),
    ),
    "VB": ModelSpec(
        "Varian",
        "VitalBeam",
        Modality.LINAC,
        "H28####",
        "国械注进20183050529",
        "0084282600310",
        ("软件升级至 VitalBeam 3.0", "升级 PerfectPitch 六维床"),
    ),
    "VHD": ModelSpec(
        "Elekta",
        "Versa HD",
        Modality.LINAC,
        "153###",
        "国械注进20163050216",
        "0073400100125",
        ("Integrity 控制系统升级至 R4.0", "升级 XVI 5.0 锥形束 CT"),
    ),
    "INF": ModelSpec(
        "Elekta",
        "Infinity",
        Modality.LINAC,
        "151###",
        "国械注进20153050774",
        "0073400100224",
        ("Integrity 控制系统升级至 R3.2", "Agility 多叶准直器升级"),
    ),
    "HAR": ModelSpec(
        "Elekta",
        "Harmony",
        Modality.LINAC,
        "158###",
        "国械注进20203050125",
        "0073400100323",
        ("Harmony 软件升级至 R2.0", "升级 Iris 影像系统"),
    ),
    "RDX": ModelSpec(
        "Accuray",
        "TomoTherapy Radixact",
        Modality.LINAC,
        "RX0###",
        "国械注进20193050688",
        "0085100500117",
        ("Radixact 软件升级至 3.1", "启用 Synchrony 实时运动追踪"),
    ),
    "CK": ModelSpec(
        "Accuray",
        "CyberKnife S7",
        Modality.LINAC,
        "CK1###",
        "国械注进20213050453",
        "0085100500216",
        ("Precision 治疗计划系统升级至 3.3", "升级 InCise 多叶准直器"),
    ),
    "GOSIM": ModelSpec(
        "Siemens Healthineers",
        "SOMATOM go.Sim",
        Modality.CT_SIMULATOR,
        "12####",
        "国械注进20203060562",
        "0404400000113",
        ("syngo CT 软件升级至 VB20", "升级 DirectDensity"),
    ),
    "BBRT": ModelSpec(
        "Philips",
        "Brilliance CT Big Bore RT",
        Modality.CT_SIMULATOR,
        "8####",
        "国械注进20163060981",
        "0088473300112",
        ("升级 4D CT 呼吸门控软件", "系统软件升级至 4.2"),
    ),
    "DRT": ModelSpec(
        "GE Healthcare",
        "Discovery RT",
        Modality.CT_SIMULATOR,
        "RT#####CN",
        "国械注进20183060237",
        "0084068200117",
        ("升级 MAR 金属伪影校正", "系统软件升级至 ZX1.2"),
    ),
    "FLX": ModelSpec(
        "Elekta",
        "Flexitron",
        Modality.AFTERLOADER,
        "T2####",
        "国械注进20173050369",
        "0073400100422",
        ("Oncentra Brachy 升级至 4.6",),
    ),
    "BRV": ModelSpec(
        "Varian",
        "BravosHDR",
        Modality.AFTERLOADER,
        "BV####",
        "国械注进20203050746",
        "0084282600419",
        ("BrachyVision 升级至 18.0",),
    ),
    "SAG": ModelSpec(
        "Eckert & Ziegler",
        "SagiNova",
        Modality.AFTERLOADER,
        "SN-###",
        "国械注进20193050158",
        "0426009700114",
        ("SagiPlan 升级至 2.2", "增加 Co-60 源配置"),
    ),
    "ECL": ModelSpec(
        "Varian",
        "Eclipse",
        Modality.TPS,
        "ECL-#####",
        "国械注进20183210421",
        "0084282600518",
        ("Eclipse 升级至 18.0", "增加 RapidPlan 知识库模块"),
    ),
    "MON": ModelSpec(
        "Elekta",
        "Monaco",
        Modality.TPS,
        "MON-#####",
        "国械注进20173210835",
        "0073400100521",
        ("Monaco 升级至 6.2", "增加 MR-Linac 计划模块"),
    ),
    "ARC": ModelSpec(
        "Sun Nuclear",
        "ArcCHECK",
        Modality.QA_INSTRUMENT,
        "1220#####",
        "国械注进20172050613",
        "0085000300115",
        ("SNC Patient 软件升级至 8.5",),
    ),
    "BS": ModelSpec(
        "PTW",
        "BEAMSCAN",
        Modality.QA_INSTRUMENT,
        "BS-####",
        "国械注进20192050277",
        "0405700400116",
        ("BEAMSCAN 软件升级至 4.4",),
    ),
}


class SiteSpec(NamedTuple):
    """A room or department; units are MODELS keys, optionally `KEY:flag` where flag is
    down, limited, installing or new (installed within the past year)."""

    name: str
    building: str
    units: tuple[str, ...]


class Hospital(NamedTuple):
    name_zh: str
    name_en: str
    region: str
    area_code: str
    address: str
    grade: HospitalGrade
    mail: str  # e-mail subdomain
    sites: tuple[SiteSpec, ...]


_LINACS = "放疗科 加速器区（{}）"
_CT = SiteSpec("放疗科 CT模拟定位室", "放疗中心 负一层", ("GOSIM",))
_3A = HospitalGrade.GRADE_3A

HOSPITALS: tuple[Hospital, ...] = (
    Hospital(
        "江苏省肿瘤医院",
        "Jiangsu Cancer Hospital",
        "江苏",
        "025",
        "江苏省南京市玄武区健康路 188 号",
        _3A,
        "jsch",
        (
            SiteSpec(_LINACS.format("1–4号机房"), "放疗中心大楼 B1", ("TB", "TB", "VHD", "RDX")),
            _CT,
            SiteSpec("后装治疗室", "放疗中心大楼 B1", ("FLX",)),
        ),
    ),
    Hospital(
        "浙江省肿瘤医院",
        "Zhejiang Cancer Hospital",
        "浙江",
        "0571",
        "浙江省杭州市拱墅区康华路 56 号",
        _3A,
        "zjch",
        (
            SiteSpec(_LINACS.format("1–3号机房"), "肿瘤中心 地下一层", ("TB", "HAL", "INF")),
            SiteSpec("放疗科 CT模拟定位室", "肿瘤中心 地下一层", ("BBRT",)),
            SiteSpec("放疗科 物理室", "肿瘤中心 三楼", ("ECL", "ARC")),
        ),
    ),
    Hospital(
        "杭州市第一人民医院",
        "Hangzhou First People's Hospital",
        "浙江",
        "0571",
        "浙江省杭州市上城区湖滨南路 261 号",
        _3A,
        "hz1h",
        (
            SiteSpec("放疗科 1号加速器机房", "门诊楼 负一层", ("VB",)),
            SiteSpec("放疗科 CT模拟定位室", "门诊楼 负一层", ("DRT",)),
        ),
    ),
    Hospital(
        "广州医科大学附属肿瘤医院",
        "Affiliated Cancer Hospital of Guangzhou Medical University",
        "广东",
        "020",
        "广东省广州市越秀区恒福东路 78 号",
        _3A,
        "gzmuch",
        (
            SiteSpec(_LINACS.format("1–3号机房"), "放疗楼 一层", ("VHD", "HAR", "CK")),
            SiteSpec("后装治疗室", "放疗楼 一层", ("SAG",)),
            SiteSpec("放疗科 物理室", "放疗楼 二层", ("MON",)),
        ),
    ),
    Hospital(
        "深圳市人民医院",
        "Shenzhen People's Hospital",
        "广东",
        "0755",
        "广东省深圳市罗湖区东门北路 1017 号",
        _3A,
        "szph",
        (
            SiteSpec("放疗科 1号加速器机房", "住院部 负二层", ("TB",)),
            SiteSpec("放疗科 2号加速器机房", "住院部 负二层", ("HAL",)),
            _CT,
        ),
    ),
    Hospital(
        "山东省肿瘤医院",
        "Shandong Cancer Hospital",
        "山东",
        "0531",
        "山东省济南市槐荫区济兖路 440 号",
        _3A,
        "sdch",
        (
            SiteSpec(_LINACS.format("1–3号机房"), "放疗中心 B1", ("TB", "VB", "RDX")),
            SiteSpec("放疗科 CT模拟定位室", "放疗中心 B1", ("BBRT",)),
            SiteSpec("后装治疗室", "放疗中心 一层", ("BRV",)),
        ),
    ),
    Hospital(
        "青岛市中心医院",
        "Qingdao Central Hospital",
        "山东",
        "0532",
        "山东省青岛市市北区四流南路 127 号",
        _3A,
        "qdch",
        (
            SiteSpec("放疗科 1号加速器机房", "肿瘤楼 负一层", ("INF",)),
            SiteSpec("放疗科 CT模拟定位室", "肿瘤楼 负一层", ("DRT",)),
        ),
    ),
    Hospital(
        "四川省肿瘤医院",
        "Sichuan Cancer Hospital",
        "四川",
        "028",
        "四川省成都市武侯区人民南路四段 55 号",
        _3A,
        "scch",
        (
            SiteSpec(_LINACS.format("1–3号机房"), "放疗大楼 B2", ("VHD", "VHD:limited", "CK")),
            SiteSpec("放疗科 物理室", "放疗大楼 三楼", ("MON", "BS")),
        ),
    ),
    Hospital(
        "重庆市肿瘤医院",
        "Chongqing Cancer Hospital",
        "重庆",
        "023",
        "重庆市沙坪坝区汉渝路 181 号",
        _3A,
        "cqch",
        (
            SiteSpec(_LINACS.format("1–2号机房"), "放疗中心 负一层", ("TB:down", "HAL")),
            SiteSpec("后装治疗室", "放疗中心 负一层", ("FLX",)),
        ),
    ),
    Hospital(
        "湖北省肿瘤医院",
        "Hubei Cancer Hospital",
        "湖北",
        "027",
        "湖北省武汉市洪山区卓刀泉南路 116 号",
        _3A,
        "hbch",
        (
            SiteSpec(_LINACS.format("1–2号机房"), "放疗楼 一层", ("HAR", "VB")),
            SiteSpec("放疗科 CT模拟定位室", "放疗楼 一层", ("GOSIM",)),
        ),
    ),
    Hospital(
        "湖南省肿瘤医院",
        "Hunan Cancer Hospital",
        "湖南",
        "0731",
        "湖南省长沙市岳麓区桐梓坡路 283 号",
        _3A,
        "hnch",
        (
            SiteSpec(_LINACS.format("1–2号机房"), "放疗中心 B1", ("TB", "RDX")),
            SiteSpec("后装治疗室", "放疗中心 B1", ("SAG",)),
        ),
    ),
    Hospital(
        "河南省肿瘤医院",
        "Henan Cancer Hospital",
        "河南",
        "0371",
        "河南省郑州市金水区东明路 127 号",
        _3A,
        "hach",
        (
            SiteSpec(_LINACS.format("1–3号机房"), "放疗楼 负一层", ("VHD", "INF", "TB")),
            SiteSpec("放疗科 CT模拟定位室", "放疗楼 负一层", ("BBRT",)),
        ),
    ),
    Hospital(
        "福建医科大学附属肿瘤医院",
        "Affiliated Cancer Hospital of Fujian Medical University",
        "福建",
        "0591",
        "福建省福州市晋安区福马路 420 号",
        _3A,
        "fjmuch",
        (
            SiteSpec("放疗科 1号加速器机房", "医技楼 负一层", ("HAL",)),
            SiteSpec("后装治疗室", "医技楼 负一层", ("BRV",)),
        ),
    ),
    Hospital(
        "陕西省肿瘤医院",
        "Shaanxi Cancer Hospital",
        "陕西",
        "029",
        "陕西省西安市雁塔区西沣路 309 号",
        _3A,
        "snch",
        (
            SiteSpec(_LINACS.format("1–2号机房"), "放疗中心 一层", ("VB", "HAR")),
            SiteSpec("放疗科 物理室", "放疗中心 二层", ("ECL",)),
        ),
    ),
    Hospital(
        "苏州市第一人民医院",
        "Suzhou First People's Hospital",
        "江苏",
        "0512",
        "江苏省苏州市姑苏区十梓街 899 号",
        _3A,
        "sz1h",
        (
            SiteSpec("放疗科 1号加速器机房", "肿瘤中心 负一层", ("TB:new",)),
            _CT,
        ),
    ),
    Hospital(
        "宁波市第二人民医院",
        "Ningbo Second People's Hospital",
        "浙江",
        "0574",
        "浙江省宁波市海曙区西北街 41 号",
        HospitalGrade.GRADE_3B,
        "nb2h",
        (SiteSpec("放疗科 1号加速器机房", "门诊医技楼 负一层", ("HAR",)),),
    ),
    Hospital(
        "合肥市第一人民医院",
        "Hefei First People's Hospital",
        "安徽",
        "0551",
        "安徽省合肥市瑶海区淮河路 390 号",
        _3A,
        "hf1h",
        (
            SiteSpec("放疗科 1号加速器机房", "放疗楼 负一层", ("VB:new",)),
            SiteSpec("放疗科 CT模拟定位室", "放疗楼 负一层", ("DRT",)),
        ),
    ),
    Hospital(
        "上海康宁肿瘤医院",
        "Shanghai Kangning Cancer Hospital",
        "上海",
        "021",
        "上海市闵行区康华路 1288 号",
        HospitalGrade.PRIVATE,
        "shkn",
        (
            SiteSpec("放疗科 1号加速器机房", "放疗中心 B1", ("HAL",)),
            SiteSpec("放疗科 2号加速器机房", "放疗中心 B1", ("HAL:installing",)),
        ),
    ),
    Hospital(
        "昆山市第二人民医院",
        "Kunshan Second People's Hospital",
        "江苏",
        "0512",
        "江苏省昆山市玉山镇前进中路 198 号",
        HospitalGrade.GRADE_2A,
        "ks2h",
        (SiteSpec("放疗科 1号加速器机房", "综合楼 负一层", ("INF",)),),
    ),
)


class Person(NamedTuple):
    display_name: str
    login: str
    role: UserRole
    phone: str
    laptop_prefix: str  # 2 characters, field staff only


USERS: tuple[Person, ...] = (
    Person("张伟", "zhang.wei", UserRole.ENGINEER, "138 1234 5601", "K7"),
    Person("李娜", "li.na", UserRole.ENGINEER, "139 2345 6702", "M3"),
    Person("王磊", "wang.lei", UserRole.ENGINEER, "137 3456 7803", "P2"),
    Person("陈静", "chen.jing", UserRole.ENGINEER, "136 4567 8904", "R9"),
    Person("刘洋", "liu.yang", UserRole.REPAIR_TECHNICIAN, "135 5678 9005", "T4"),
    Person("赵强", "zhao.qiang", UserRole.REPAIR_TECHNICIAN, "158 6789 0106", "W6"),
    Person("孙丽", "sun.li", UserRole.PARTS_ADMINISTRATOR, "159 7890 1207", ""),
    Person("周建国", "zhou.jianguo", UserRole.SERVICE_MANAGER, "186 8901 2308", ""),
    Person("吴敏", "wu.min", UserRole.QUALITY_CONTROL, "188 9012 3409", ""),
)

# Index into USERS of the engineer who looks after each region.
REGION_ENGINEER: dict[str, int] = {
    "江苏": 0,
    "浙江": 0,
    "上海": 0,
    "安徽": 0,
    "广东": 1,
    "福建": 1,
    "山东": 2,
    "河南": 2,
    "陕西": 2,
    "四川": 3,
    "重庆": 3,
    "湖北": 3,
    "湖南": 3,
}

SURNAMES: tuple[tuple[str, str], ...] = (
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("黄", "huang"),
    ("赵", "zhao"),
    ("吴", "wu"),
    ("周", "zhou"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("朱", "zhu"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("何", "he"),
    ("林", "lin"),
    ("高", "gao"),
    ("罗", "luo"),
)
GIVEN_NAMES: tuple[tuple[str, str], ...] = (
    ("芳", "fang"),
    ("敏", "min"),
    ("静", "jing"),
    ("秀英", "xiuying"),
    ("建华", "jianhua"),
    ("志强", "zhiqiang"),
    ("海燕", "haiyan"),
    ("国栋", "guodong"),
    ("晓东", "xiaodong"),
    ("丽萍", "liping"),
    ("文杰", "wenjie"),
    ("雪梅", "xuemei"),
    ("振宇", "zhenyu"),
    ("婷", "ting"),
    ("浩", "hao"),
    ("佳", "jia"),
    ("明", "ming"),
    ("红霞", "hongxia"),
)
CONTACT_ROLES: tuple[str, ...] = ("放疗科主任", "物理师", "设备科科长")
EXTRA_CONTACT_ROLES: tuple[str, ...] = ("放疗科技师长", "医学工程处工程师", "物理组组长")

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

S = WorkOrderState
T = WorkOrderType

# States of the newest routine work orders, newest first: every state shows up.
RECENT_STATES: tuple[WorkOrderState, ...] = (
    S.REPORTED, S.REPORTED, S.ACKNOWLEDGED, S.REPORTED, S.ACKNOWLEDGED, S.TRAVELLING,
    S.TRAVELLING, S.ON_SITE, S.IN_PROGRESS, S.IN_PROGRESS, S.AWAITING_PARTS, S.ON_SITE,
    S.TRIAL_RUN, S.IN_PROGRESS, S.COMPLETED, S.AWAITING_PARTS, S.TRIAL_RUN, S.COMPLETED,
    S.CUSTOMER_SIGNED, S.CANCELLED, S.COMPLETED, S.CUSTOMER_SIGNED, S.CLOSED,
)  # fmt: skip

# Days before `today` on which the newest signed work was finished and signed.
SIGNED_LATELY_DAYS = (1, 1, 2, 3, 5)

# Routine work orders of the year by type (lifecycle and fault stories come on top).
ROUTINE: dict[WorkOrderType, int] = {
    T.REPAIR: 108, T.INSPECTION: 56, T.PREVENTIVE_MAINTENANCE: 42, T.UPGRADE: 14, T.TRAINING: 10,
}  # fmt: skip

# How likely each kind of unit is picked for a type of work (others: all alike).
_M = Modality
MODALITY_WEIGHT: dict[WorkOrderType, dict[Modality, float]] = {
    T.REPAIR: {_M.LINAC: 6, _M.CT_SIMULATOR: 2, _M.AFTERLOADER: 2, _M.TPS: 1},
    T.UPGRADE: {_M.LINAC: 3, _M.TPS: 2, _M.QA_INSTRUMENT: 0.5},
    T.TRAINING: {_M.LINAC: 4, _M.TPS: 2},
}  # fmt: skip

# Work from start to finish, in hours (min, max).
WORK_HOURS: dict[WorkOrderType, tuple[float, float]] = {
    T.INSTALLATION: (120, 240), T.COMMISSIONING: (120, 360), T.ACCEPTANCE: (16, 72),
    T.INSPECTION: (2, 5), T.PREVENTIVE_MAINTENANCE: (4, 10), T.REPAIR: (1, 12),
    T.UPGRADE: (4, 12), T.TRAINING: (3, 8),
}  # fmt: skip

# How many of (acknowledged, arrived, started, finished, closed) each state has reached.
REACHED: dict[WorkOrderState, int] = {
    S.REPORTED: 0, S.ACKNOWLEDGED: 1, S.TRAVELLING: 1, S.ON_SITE: 2, S.IN_PROGRESS: 3,
    S.AWAITING_PARTS: 3, S.TRIAL_RUN: 3, S.COMPLETED: 4, S.CUSTOMER_SIGNED: 4, S.CLOSED: 5,
    S.CANCELLED: 1,
}  # fmt: skip
