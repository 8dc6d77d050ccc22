"""The demo's people: the service staff (with their laptops' number prefixes and
regions) and the names the hospitals' contacts are drawn from. All invented."""

from __future__ import annotations

from typing import NamedTuple

from app.domain.enums import UserRole


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
