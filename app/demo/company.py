"""The demo's service company: a profile with a logo and a red seal drawn at seed time.

Both images are drawn here with Pillow (reportlab's own image library) and the
bundled WenQuanYi font, so the demo needs no file from anywhere; the same seed draws
the same pixels.
"""

from __future__ import annotations

import io
import math
from functools import cache

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy.orm import Session

from app.db.company import PROFILE_ID, CompanyProfile, image_text
from app.paths import resources_dir

NAME_ZH = "南京澄光医疗技术服务有限公司"
NAME_EN = "Nanjing Chengguang Medical Technology Services Co., Ltd."
SEAL_TEXT = "南京澄光医疗技术服务有限公司"
SEAL_FOOT = "技术服务专用章"
BLUE = (24, 86, 160, 255)
SEAL_RED = (206, 32, 38, 235)


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resources_dir() / "fonts" / "wqy-microhei.ttc"), size)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


@cache
def logo_png() -> bytes:
    """A blue disc holding a white gantry ring with a beam cone down to the isocentre,
    and 澄光 under it."""
    size = 360
    image = Image.new("RGBA", (size, size + 90), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    white = (255, 255, 255, 255)
    draw.ellipse((20, 20, size - 20, size - 20), fill=BLUE)
    centre = size // 2
    draw.ellipse((70, 70, size - 70, size - 70), outline=white, width=20)
    draw.rounded_rectangle((centre - 34, 52, centre + 34, 100), radius=8, fill=white)
    draw.polygon(
        [(centre - 22, 100), (centre + 22, 100), (centre + 70, 250), (centre - 70, 250)],
        fill=(255, 255, 255, 150),
    )
    draw.ellipse((centre - 12, 238, centre + 12, 262), fill=white)
    font = _font(70)
    draw.text((centre, size + 40), "澄光", font=font, fill=BLUE, anchor="mm")
    return _png(image)


@cache
def seal_png() -> bytes:
    """A round red company seal: ring, star, the name along the top, the use below."""
    size = 600
    centre = size / 2.0
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((12, 12, size - 12, size - 12), outline=SEAL_RED, width=18)
    star = []
    for point in range(10):
        radius = 72 if point % 2 == 0 else 29
        angle = math.pi / 2 + point * math.pi / 5
        star.append((centre + radius * math.cos(angle), centre - radius * math.sin(angle)))
    draw.polygon(star, fill=SEAL_RED)
    font = _font(54)
    span = 220.0  # degrees of the ring the name covers, centred on the top
    count = len(SEAL_TEXT)
    for index, char in enumerate(SEAL_TEXT):
        angle = -span / 2 + span * index / (count - 1)
        glyph = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((40, 40), char, font=font, fill=SEAL_RED, anchor="mm")
        glyph = glyph.rotate(-angle, resample=Image.Resampling.BICUBIC)
        ring = size / 2 - 78
        x = centre + ring * math.sin(math.radians(angle))
        y = centre - ring * math.cos(math.radians(angle))
        image.alpha_composite(glyph, (round(x - 40), round(y - 40)))
    draw.text((centre, centre + 160), SEAL_FOOT, font=_font(44), fill=SEAL_RED, anchor="mm")
    return _png(image)


def seed_company(session: Session, by: str) -> bool:
    """Adds the demo company's profile unless the user already has one."""
    if session.get(CompanyProfile, PROFILE_ID) is not None:
        return False
    session.add(
        CompanyProfile(
            id=PROFILE_ID,
            name_zh=NAME_ZH,
            name_en=NAME_EN,
            address_zh="江苏省南京市建邺区江东中路 100 号 8 楼",
            address_en="8F, 100 Jiangdong Middle Road, Jianye District, Nanjing, Jiangsu",
            phone="+86 25 8000 0000",
            email="service@chengguang-medical.example",
            website="www.chengguang-medical.example",
            logo_png=image_text(logo_png()),
            seal_png=image_text(seal_png()),
            updated_by=by,
        )
    )
    return True
