"""Audit anchoring (a device's trail may only grow) and the certificate authority."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import func, select

from app.domain.audit_chain import GENESIS, entry_hash
from sync.server.ca import ROOT_NAME
from sync.server.models import ServerAuditEntry
from tests.sync_helpers import Api, state

pytest_plugins = ["tests.sync_fixtures"]


def _trail(count: int, start: int = 1, prev: str = GENESIS) -> list[dict[str, Any]]:
    """A hash-chained trail as app/services/audit.py writes it."""
    entries = []
    for seq in range(start, start + count):
        at = "2026-11-25T10:00:00.000000+00:00"
        values = [seq, at, "li.na", "work_order", "wo-1", "update", "description", "a", f"v{seq}"]
        digest = entry_hash(prev, *values)  # type: ignore[arg-type]
        keys = ["seq", "at", "user_login", "table_name", "record_id", "action", "field"]
        entry = dict(zip([*keys, "old_value", "new_value"], values, strict=True))
        entries.append({**entry, "prev_hash": prev, "hash": digest})
        prev = digest
    return entries


def test_a_trail_is_anchored_and_a_retry_is_idempotent(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    trail = _trail(5)
    first = laptop.post("/sync/audit", {"entries": trail[:3]})
    assert first.status_code == 200
    assert first.json() == {"device_id": laptop.device_id, "seq": 3, "hash": trail[2]["hash"]}
    again = laptop.post("/sync/audit", {"entries": trail})  # 1-3 again, then 4-5
    assert again.status_code == 200 and again.json()["seq"] == 5
    assert laptop.post("/sync/audit", {"entries": []}).json()["seq"] == 5
    with state(api.app).db.read() as connection:
        stored = connection.execute(select(func.count()).select_from(ServerAuditEntry)).scalar()
    assert stored == 5


def test_a_rewritten_or_broken_trail_is_refused(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    trail = _trail(4)
    laptop.post("/sync/audit", {"entries": trail[:2]})
    rewritten = _trail(4)
    rewritten[1] = {**rewritten[1], "new_value": "forged"}
    answer = laptop.post("/sync/audit", {"entries": rewritten})
    assert answer.status_code == 409
    assert answer.json()["detail"] == "audit trail of this device does not continue at entry #2"
    gap = laptop.post("/sync/audit", {"entries": trail[3:]})
    assert gap.status_code == 409 and gap.json()["detail"].endswith("at entry #3")
    bad_hash = laptop.post("/sync/audit", {"entries": [{**trail[2], "hash": "0" * 64}]})
    assert bad_hash.status_code == 409 and bad_hash.json()["detail"].endswith("#3")
    # The sound entries before a bad one are kept.
    broken = [trail[2], {**trail[3], "prev_hash": "f" * 64}]
    kept = laptop.post("/sync/audit", {"entries": broken})
    assert kept.status_code == 409 and kept.json()["anchor"]["seq"] == 3
    # Each device has its own trail.
    other = api.session("wang.lei", "engineer")
    assert other.post("/sync/audit", {"entries": trail[:1]}).json()["seq"] == 1


def test_the_root_is_made_once_and_certifies_device_keys(api: Api, tmp_path: Path) -> None:
    server = state(api.app)
    folder = server.settings.ca_dir
    assert stat.S_IMODE((folder / "root-key.pem").stat().st_mode) == 0o600
    root = x509.load_pem_x509_certificate((folder / "root-cert.pem").read_bytes())
    assert root.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == ROOT_NAME
    laptop = api.session("li.na", "engineer", device_id="laptop-7")
    key = ec.generate_private_key(ec.SECP256R1())
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    answer = laptop.post("/ca/certify", {"public_key_pem": public.decode()})
    assert answer.status_code == 200
    leaf = x509.load_pem_x509_certificate(answer.json()["certificate_pem"].encode())
    chain = [x509.load_pem_x509_certificate(p.encode()) for p in answer.json()["chain_pem"]]
    assert chain == [root]
    leaf.verify_directly_issued_by(root)
    assert leaf.public_key() == key.public_key()
    names = {a.oid: a.value for a in leaf.subject}
    assert names[NameOID.COMMON_NAME] == "Beamside device laptop-7"  # not the laptop's name
    assert names[NameOID.SERIAL_NUMBER] == "laptop-7"
    assert names[NameOID.ORGANIZATION_NAME] == "Beamside"
    assert names[NameOID.ORGANIZATIONAL_UNIT_NAME] == "li.na"
    usage = leaf.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert leaf.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    years = (leaf.not_valid_after_utc - datetime.now(UTC)) / timedelta(days=365)
    assert 4.9 < years < 5.1
    # A second start keeps the same root.
    from sync.server.ca import CertificateAuthority

    again = CertificateAuthority(folder)
    again.ensure()
    assert again.root == root


def test_a_certified_key_signs_reports_that_chain_to_the_root(api: Api, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    from app.reports.pdf_signing import DeviceIdentity, device_identity, sign_pdf, verify_pdf

    laptop = api.session("li.na", "engineer")
    own = device_identity(tmp_path / "laptop")
    public = own.key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    answer = laptop.post("/ca/certify", {"public_key_pem": public.decode()}).json()
    leaf = x509.load_pem_x509_certificate(answer["certificate_pem"].encode())
    root = x509.load_pem_x509_certificate(answer["chain_pem"][0].encode())
    certified = DeviceIdentity(own.key, leaf, own.key_path, own.certificate_path, (root,))
    source, signed = tmp_path / "report.pdf", tmp_path / "signed.pdf"
    page = canvas.Canvas(str(source))
    page.drawString(100, 700, "Service report")
    page.save()
    sign_pdf(source, signed, certified, reason="performed", location="Beijing")
    result = verify_pdf(signed, trusted=[root])
    assert result.valid and result.chains_to_trusted_root, result.detail


def test_keys_that_cannot_be_certified_are_refused(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    small = ec.generate_private_key(ec.SECP192R1()) if hasattr(ec, "SECP192R1") else None
    pems = ["not a key", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"]
    if small is not None:
        pems.append(
            small.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode()
        )
    for pem in pems:
        answer = laptop.post("/ca/certify", {"public_key_pem": pem})
        assert answer.status_code == 422 and answer.json()["detail"].startswith("validation: ")
