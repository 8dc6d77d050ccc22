"""The shared kernel's lists are the ones both sides act on: the laptop's models and the
server's tables carry the fields the kernel names, so a renamed table or column fails
here rather than on a signed record or an anchored trail."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from cryptography import x509
from cryptography.x509.oid import NameOID
from sqlalchemy import Table

from app.db.fieldwork import AuditEntry, ChecklistValue
from app.db.models import WorkOrder
from app.domain import audit_chain, signed_record
from app.reports.pdf_signing import device_identity
from app.services.signing import record_lock
from sync.protocol import AuditEntryOut
from sync.server import rules
from sync.server.ca import CertificateAuthority
from sync.server.models import AuditSetAside, ServerAuditEntry


def test_the_lock_locks_the_tables_the_server_locks() -> None:
    tables = tuple(model.__tablename__ for model in record_lock.CONTENT)
    assert tables == signed_record.CONTENT_TABLES
    assert ChecklistValue.__tablename__ == signed_record.CHECKLIST_VALUE
    children = tuple(model.__tablename__ for model in record_lock.RUN_CHILDREN)
    assert children == signed_record.RUN_CHILD_TABLES
    assert all("run_id" in cast(Table, m.__table__).c for m in record_lock.RUN_CHILDREN)
    assert rules.RUN_CHILD_TABLES == frozenset(signed_record.RUN_CHILD_TABLES)
    assert signed_record.OPTIONAL_TABLES <= set(signed_record.RUN_CHILD_TABLES)
    assert WorkOrder.__tablename__ == signed_record.WORK_ORDER
    columns = set(cast(Table, WorkOrder.__table__).c.keys())
    assert signed_record.WORKFLOW_FIELDS <= columns
    assert record_lock.WORKFLOW_FIELDS is signed_record.WORKFLOW_FIELDS


def test_an_audit_entry_has_the_chain_fields_on_every_side() -> None:
    assert tuple(AuditEntryOut.model_fields) == audit_chain.ENTRY_FIELDS
    for model in (AuditEntry, ServerAuditEntry, AuditSetAside):
        columns = cast(Table, model.__table__).c.keys()
        assert set(audit_chain.ENTRY_FIELDS) <= set(columns), model


def test_laptop_and_server_issue_device_certificates_of_one_shape(tmp_path: Path) -> None:
    own = device_identity(tmp_path / "laptop", "dev-1")
    authority = CertificateAuthority(tmp_path / "ca")
    authority.ensure()
    leaf = authority.certify(own.key.public_key(), "dev-1", "li.na")
    for kind in (x509.KeyUsage, x509.BasicConstraints):
        mine = own.certificate.extensions.get_extension_for_class(kind)
        issued = leaf.extensions.get_extension_for_class(kind)
        assert (mine.value, mine.critical) == (issued.value, issued.critical)
    cn = NameOID.COMMON_NAME
    assert own.certificate.subject.get_attributes_for_oid(cn) == (
        leaf.subject.get_attributes_for_oid(cn)
    )
    root = authority.root.extensions.get_extension_for_class(x509.KeyUsage).value
    assert root.key_cert_sign and root.crl_sign and not root.digital_signature
