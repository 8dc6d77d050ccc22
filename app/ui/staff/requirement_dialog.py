"""What work needs (§8.1): a kind of qualification for units of a kind of equipment
and/or one model. Work orders on such units warn when a chosen engineer lacks it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.domain.enums import Modality
from app.domain.staff import QualificationKind
from app.services.staff import requirements
from app.services.store import Store
from app.ui.labels import enum_label
from app.ui.staff.form_dialog import StaffFormDialog
from app.ui.widgets import choice_combo, combo_value, enum_combo


class RequirementDialog(StaffFormDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Work that needs a qualification"), parent)
        self.store = store
        self.models = requirements.model_choices(store)
        self.kind = enum_combo(list(QualificationKind), QualificationKind.RADIATION_SAFETY)
        modalities = [(m.value, enum_label(m)) for m in Modality]
        self.modality = choice_combo([("", self.tr("Any equipment")), *modalities], "")
        self.model = choice_combo([], None)
        self.add_field("kind", self.tr("&Qualification needed"), self.kind)
        self.add_field("modality", self.tr("For &equipment"), self.modality)
        self.add_field("model_id", self.tr("For &model"), self.model)
        self.modality.currentIndexChanged.connect(self._fill_models)
        self._fill_models()
        self.kind.setFocus()
        self.resize(460, self.sizeHint().height())

    def _fill_models(self) -> None:
        """The models of the chosen kind of equipment (all with "any equipment")."""
        wanted = combo_value(self.modality) or ""
        self.model.clear()
        self.model.addItem(self.tr("Any model"), "")
        for choice in self.models:
            if not wanted or choice.modality.value == wanted:
                self.model.addItem(choice.name, choice.id)

    def save_work(self) -> Callable[[], object]:
        chosen = combo_value(self.modality)
        store, kind = self.store, QualificationKind(combo_value(self.kind))
        modality = Modality(chosen) if chosen else None
        model_id = combo_value(self.model) or None
        return lambda: requirements.add_requirement(store, kind, modality, model_id)
