"""The real-world products the demo's units are: makers, models, how their units are
labelled (serial pattern, NMPA registration, GTIN) and the upgrades they get."""

from __future__ import annotations

from typing import NamedTuple

from app.domain.enums import Modality


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
