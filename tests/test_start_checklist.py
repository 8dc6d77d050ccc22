"""Starting a checklist offers the templates made for the unit; "Show all templates"
lets an engineer use another one, with a reason that is kept on the run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain.enums import WorkOrderType
from app.services.checklists import checklist_runs
from app.services.store import Store
from app.ui.checklists.checklists_panel import ChecklistsPanel, StartChecklistDialog
from app.ui.i18n import install_translators
from tests import factories

CYBERKNIFE = ("Accuray", "CyberKnife S7")
TG135 = {
    "cyberknife_qa_daily_tg135",
    "cyberknife_qa_monthly_tg135",
    "cyberknife_qa_annual_tg135",
    "cyberknife_pm",
}


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale("en"))


def order_for(store: Store, model: tuple[str, str]) -> str:
    _, _, unit_id = factories.hospital_with_unit(store, model=model)
    return factories.work_order(store, unit_id, kind=WorkOrderType.INSPECTION).id


def offered(dialog: StartChecklistDialog) -> list[str]:
    ids = (dialog.template.itemData(i) for i in range(dialog.template.count()))
    return [i for i in ids if i]  # separators carry no data


def test_a_cyberknife_is_offered_only_its_own_templates(qtbot: QtBot, store: Store) -> None:
    dialog = StartChecklistDialog(store, order_for(store, CYBERKNIFE))
    qtbot.addWidget(dialog)
    assert set(offered(dialog)) == TG135 | {"electrical_safety_iec62353", "linac_site_readiness"}
    unit = dialog.findChild(QLabel, "unit_fit")
    assert unit is not None and unit.text() == "Templates made for: Accuray CyberKnife S7"
    assert dialog.reason.isHidden() and dialog.start_button.isEnabled()
    dialog.template.setCurrentIndex(dialog.template.findData("cyberknife_qa_monthly_tg135"))
    classes = [dialog.machine_class.itemText(i) for i in range(dialog.machine_class.count())]
    assert classes == ["Fixed cones / Iris", "InCise MLC"]
    assert dialog.fit_reason() == ""


def test_a_radixact_is_not_offered_tg142(qtbot: QtBot, store: Store) -> None:
    dialog = StartChecklistDialog(store, order_for(store, ("Accuray", "TomoTherapy Radixact")))
    qtbot.addWidget(dialog)
    ids = offered(dialog)
    assert "tomotherapy_qa_annual_tg148" in ids and "tomotherapy_pm" in ids
    assert not any("tg142" in i or i == "linac_pm" or "tg135" in i for i in ids)


def test_show_all_needs_a_reason_and_the_run_keeps_it(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = order_for(store, CYBERKNIFE)
    panel = ChecklistsPanel(store, order)
    qtbot.addWidget(panel)
    seen: list[tuple[bool, bool, bool]] = []

    def use_tg142(dialog: StartChecklistDialog) -> int:
        assert "linac_qa_daily_tg142" not in offered(dialog)
        dialog.show_all.setChecked(True)
        assert "linac_qa_daily_tg142" in offered(dialog)
        index = dialog.template.findData("linac_qa_daily_tg142")
        assert dialog.template.itemText(index).endswith("— not made for this unit")
        dialog.template.setCurrentIndex(index)
        seen.append((dialog.reason.isHidden(), dialog.start_button.isEnabled(), False))
        qtbot.keyClicks(dialog.reason, "   ")
        seen.append((dialog.reason.isHidden(), dialog.start_button.isEnabled(), False))
        dialog.reason.insert("物理师要求按 TG-142 复核激光")  # keyClicks types ASCII only
        seen.append((dialog.reason.isHidden(), dialog.start_button.isEnabled(), True))
        dialog.machine_class.setCurrentIndex(dialog.machine_class.findData("srs_sbrt"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StartChecklistDialog, "exec", use_tg142)
    panel.start()
    # The reason shows once a template not made for the unit is chosen; Start waits for it.
    assert seen == [(False, False, False), (False, False, False), (False, True, True)]
    assert panel.run_widget is not None
    run = checklist_runs.load_run(store, panel.run_widget.model.run_id)
    assert (run.template_id, run.machine_class) == ("linac_qa_daily_tg142", "srs_sbrt")
    assert run.fit_exception == "物理师要求按 TG-142 复核激光"
    note = panel.run_widget.fit_note
    assert not note.isHidden()
    assert note.text() == (
        "Template not made for this unit, used because: 物理师要求按 TG-142 复核激光"
    )


def test_the_choice_for_a_cyberknife_in_chinese(
    qtbot: QtBot, store: Store, qapp: QApplication, tmp_path: Path
) -> None:
    """The dialog as a Chinese-speaking engineer sees it, saved as a picture to look at."""
    install_translators(qapp, "zh_CN")
    dialog = StartChecklistDialog(store, order_for(store, CYBERKNIFE))
    qtbot.addWidget(dialog)
    dialog.show_all.setChecked(True)
    dialog.template.setCurrentIndex(dialog.template.findData("linac_qa_annual_tg142"))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "开始检查"
    assert dialog.show_all.text() == "显示全部模板"
    assert dialog.template.currentText().startswith("直线加速器年度质控（AAPM TG-142）")
    assert not dialog.reason.isHidden() and not dialog.start_button.isEnabled()
    picture = tmp_path / "start_checklist_cyberknife_zh.png"
    assert dialog.grab().save(str(picture))
    assert picture.stat().st_size > 0


def test_a_unit_no_template_is_made_for_says_so_and_allows_one_with_a_reason(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from app.db.models import EquipmentModel
    from app.domain.enums import Modality
    from app.services.checklists import checklist_templates

    # A folder whose only template is the linac PM: the TPS's own is not there.
    folder = tmp_path / "checklists"
    folder.mkdir()
    shutil.copy(checklist_templates.templates_dir() / "linac_pm.yaml", folder)
    monkeypatch.setattr(checklist_templates, "templates_dir", lambda: folder)
    order = order_for(store, ("Elekta", "Monaco"))
    with store.session() as session:
        for model in session.scalars(
            select(EquipmentModel).where(EquipmentModel.model == "Monaco")
        ):
            model.modality = Modality.TPS
    dialog = StartChecklistDialog(store, order)
    qtbot.addWidget(dialog)
    assert offered(dialog) == [] and not dialog.empty.isHidden()
    assert not dialog.start_button.isEnabled()
    dialog.show_all.setChecked(True)
    assert "linac_pm" in offered(dialog) and dialog.empty.isHidden()
    assert not dialog.reason.isHidden() and not dialog.start_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "TPS server room PM, no template of its own")
    assert dialog.start_button.isEnabled()
    assert dialog.fit_reason() == "TPS server room PM, no template of its own"


@pytest.mark.parametrize(
    ("kind", "description", "first"),
    [
        (WorkOrderType.INSPECTION, "月度巡检", "linac_qa_monthly_tg142"),
        (WorkOrderType.INSPECTION, "年度辐射安全检查配合", "linac_qa_annual_tg142"),
        (WorkOrderType.INSPECTION, "季度巡检", "linac_qa_monthly_tg142"),
        (WorkOrderType.PREVENTIVE_MAINTENANCE, "年度预防性维护", "linac_pm"),
        (WorkOrderType.ACCEPTANCE, "验收测试", "linac_acceptance"),
        (WorkOrderType.INSTALLATION, "新机安装", "linac_site_readiness"),
    ],
)
def test_the_templates_the_job_needs_come_first(
    qtbot: QtBot, store: Store, kind: WorkOrderType, description: str, first: str
) -> None:
    """A monthly inspection of a TrueBeam starts with the TG-142 monthly QA, not the
    acceptance test that sorts first by name."""
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id, description, kind=kind)
    dialog = StartChecklistDialog(store, order.id)
    qtbot.addWidget(dialog)
    assert offered(dialog)[0] == first
    assert dialog.template.currentData() == first


def test_the_units_machine_class_is_preselected(qtbot: QtBot, store: Store) -> None:
    """The class the unit was last tested in (an SRS/SBRT linac) is the one preselected,
    on this job and the next one of the same unit."""
    _, _, unit_id = factories.hospital_with_unit(store)
    before = factories.work_order(store, unit_id, "月度巡检", kind=WorkOrderType.INSPECTION)
    fresh = StartChecklistDialog(store, before.id)
    qtbot.addWidget(fresh)
    assert fresh.machine_class.currentData() == "non_imrt"  # nothing known: the first
    checklist_runs.start_run(store, before.id, "linac_qa_monthly_tg142", "srs_sbrt")
    pm = WorkOrderType.PREVENTIVE_MAINTENANCE
    later = factories.work_order(store, unit_id, "年度预防性维护", kind=pm)
    dialog = StartChecklistDialog(store, later.id)
    qtbot.addWidget(dialog)
    assert dialog.template.currentData() == "linac_pm"
    assert dialog.machine_class.currentData() == "srs_sbrt"


def test_start_is_disabled_with_the_reason_on_a_finished_job(qtbot: QtBot, store: Store) -> None:
    from app.domain.enums import UserRole, WorkOrderState
    from app.services.work_orders import workflow

    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id, kind=WorkOrderType.INSPECTION)
    panel = ChecklistsPanel(store, order.id)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.start_button.isEnabled() and panel.start_refused.isHidden()
    workflow.move(store, order.id, WorkOrderState.CANCELLED, UserRole.SERVICE_MANAGER, "客户推迟")
    panel.show_start_state()
    assert not panel.start_button.isEnabled()
    assert panel.start_refused.isVisible()
    assert panel.start_refused.text() == (
        "This work order is closed; its checklists are read-only."
    )
