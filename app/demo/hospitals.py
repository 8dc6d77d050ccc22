"""The demo's hospitals, their rooms and the units in each (keys of MODELS).

Hospital names follow common naming patterns; addresses and e-mail domains are
invented (e-mails use `example.com` subdomains so none can reach a real mailbox).
"""

from __future__ import annotations

from typing import NamedTuple

from app.domain.enums import HospitalGrade


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
