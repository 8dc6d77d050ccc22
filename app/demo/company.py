"""The demo's service company: a profile with a logo and a red seal drawn at seed time.

Both images are painted here with Qt (QPainter on a QImage, which works in the worker
that seeds the demo) and the bundled WenQuanYi font, so the demo needs no file from
anywhere. Qt, not Pillow: the bundle leaves out Pillow's font module. Without a
running Qt application (a benchmark script) an offscreen one is started for the
painting.
"""

from __future__ import annotations

import math
import os
from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

from app.db.company import PROFILE_ID, CompanyProfile, image_text
from app.paths import resources_dir

NAME_ZH = "南京澄光医疗技术服务有限公司"
NAME_EN = "Nanjing Chengguang Medical Technology Services Co., Ltd."
SEAL_FOOT = "技术服务专用章"
BLUE = QColor(24, 86, 160)
SEAL_RED = QColor(206, 32, 38, 235)
# Started here only when nothing else runs Qt; a QApplication (not a QGuiApplication),
# so widgets made later in the same process (the app, a test) still work.
_app: QApplication | None = None


def _family() -> str:
    """The CJK font's family, registered with Qt (again: harmless when already done)."""
    global _app
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication(["beamside-demo"])
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "wqy-microhei.ttc"))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else "WenQuanYi Micro Hei"


def _font(family: str, pixels: int) -> QFont:
    font = QFont(family)
    font.setPixelSize(pixels)
    return font


def _canvas(width: int, height: int) -> tuple[QImage, QPainter]:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return image, painter


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as a str here, whatever its stubs say.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


@cache
def logo_png() -> bytes:
    """A blue disc holding a white gantry ring with a beam cone down to the isocentre,
    and 澄光 under it."""
    family = _family()
    size, centre = 360, 180.0
    image, painter = _canvas(size, size + 90)
    white = QColor(255, 255, 255)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BLUE)
    painter.drawEllipse(QRectF(20, 20, size - 40, size - 40))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(white, 20))
    painter.drawEllipse(QRectF(80, 80, size - 160, size - 160))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(white)
    painter.drawRoundedRect(QRectF(centre - 34, 52, 68, 48), 8, 8)
    painter.setBrush(QColor(255, 255, 255, 150))
    cone = [QPointF(centre - 22, 100), QPointF(centre + 22, 100)]
    cone += [QPointF(centre + 70, 250), QPointF(centre - 70, 250)]
    painter.drawPolygon(QPolygonF(cone))
    painter.setBrush(white)
    painter.drawEllipse(QPointF(centre, 250), 12, 12)
    painter.setPen(BLUE)
    painter.setFont(_font(family, 70))
    painter.drawText(QRectF(0, size - 5, size, 90), Qt.AlignmentFlag.AlignCenter, "澄光")
    painter.end()
    return _png(image)


@cache
def seal_png() -> bytes:
    """A round red company seal: ring, star, the name along the top, the use below."""
    family = _family()
    size, centre = 600, 300.0
    image, painter = _canvas(size, size)
    painter.setPen(QPen(SEAL_RED, 18))
    painter.drawEllipse(QRectF(12, 12, size - 24, size - 24))
    star = []
    for point in range(10):
        radius = 72 if point % 2 == 0 else 29
        angle = math.pi / 2 + point * math.pi / 5
        star.append(QPointF(centre + radius * math.cos(angle), centre - radius * math.sin(angle)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(SEAL_RED))
    painter.drawPolygon(QPolygonF(star))
    painter.setPen(SEAL_RED)
    painter.setFont(_font(family, 54))
    span, ring = 220.0, size / 2 - 78  # degrees the name covers, centred on the top
    for index, char in enumerate(NAME_ZH):
        painter.save()
        painter.translate(centre, centre)
        painter.rotate(-span / 2 + span * index / (len(NAME_ZH) - 1))
        painter.drawText(QRectF(-40, -ring - 40, 80, 80), Qt.AlignmentFlag.AlignCenter, char)
        painter.restore()
    painter.setFont(_font(family, 44))
    painter.drawText(QRectF(0, centre + 120, size, 80), Qt.AlignmentFlag.AlignCenter, SEAL_FOOT)
    painter.end()
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
