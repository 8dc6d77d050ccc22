"""The seal on reports: PAdES B-B with the installation's key, checked by Beamside and by
poppler's `pdfsig`; any changed, added or removed byte makes the check fail.

verify-report exit codes: 0 intact, covering the whole file and signed by a trusted key;
1 modified or invalid (a truncated file counts as modified: it was complete once); 2 not
a Beamside-signed PDF, or not a PDF at all; 4 intact but the signer is not trusted
(tests/test_report_trust.py).
"""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from app.db.signing import ReportFile
from app.domain.enums import ReportKind
from app.reports import pdf_signing
from app.reports.pdf_signing import (
    DeviceIdentity,
    DeviceIdentityError,
    device_identity,
    sealing,
    sign_pdf,
    verify_pdf,
)
from app.reports.pdf_trust import SELF_SIGNED, UNKNOWN_ROOT, TrustAnchors
from app.services.reports import report_export
from app.services.store import Store
from app.services.work_orders.attachments import blob_path
from tests import factories
from tests.conftest import ROOT
from tests.needs import need_tools
from tests.test_cli import beamside

REASON = "Service report WO-2026-TEST-00001"
LOCATION = "江苏省肿瘤医院 · 放疗科 1号机房"


def make_pdf(path: Path, pages: int = 3) -> Path:
    """A small report-like PDF: a few pages of text, so the middle is page content."""
    canvas = Canvas(str(path), pagesize=A4, pageCompression=0)
    for page in range(pages):
        for line in range(40):
            canvas.drawString(60, 780 - line * 18, f"page {page + 1} line {line + 1}: MLC A23")
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture
def identity(data_dir: Path) -> DeviceIdentity:
    return device_identity(data_dir, "TEST")


@pytest.fixture
def signed(tmp_path: Path, identity: DeviceIdentity) -> Path:
    target = tmp_path / "signed.pdf"
    sign_pdf(make_pdf(tmp_path / "report.pdf"), target, identity, REASON, LOCATION)
    return target


def changed(path: Path, offset: int, bit: int = 0x01) -> Path:
    """A copy with one bit flipped at `offset`."""
    data = bytearray(path.read_bytes())
    data[offset] ^= bit
    copy = path.with_name(f"changed-{offset}-{bit}.pdf")
    copy.write_bytes(bytes(data))
    return copy


def container_span(path: Path) -> tuple[int, int]:
    """Where the signature's /Contents hex string lies (the one unsigned stretch)."""
    data = path.read_bytes()
    start = data.index(b"/Contents <") + len(b"/Contents ")
    return start, data.index(b">", start) + 1


# --- signing and verifying ---------------------------------------------------------------


def test_a_signed_pdf_is_valid_and_says_who_signed_what_when(
    signed: Path, identity: DeviceIdentity
) -> None:
    result = verify_pdf(signed)
    assert result.status == "untrusted", result.detail  # nothing trusted: intact only
    assert result.covers_whole_file
    assert result.signer == "CN=Beamside device TEST, O=Beamside"
    assert result.signed_at is not None
    assert abs(result.signed_at - datetime.now(UTC)) < timedelta(minutes=5)
    assert (result.reason, result.location) == (REASON, LOCATION)
    assert result.certificate_sha256 == identity.fingerprint
    assert result.trust_problem == SELF_SIGNED and "self-signed" in result.detail
    assert not result.chains_to_trusted_root

    own = verify_pdf(signed, anchors=TrustAnchors(own=identity.certificate))
    assert own.status == "valid" and own.detail == "signed with this installation's own key"
    trusted = verify_pdf(signed, trusted=[identity.certificate])
    assert trusted.status == "valid" and trusted.chains_to_trusted_root


def test_a_signer_outside_the_trusted_roots_is_untrusted(signed: Path, tmp_path: Path) -> None:
    stranger = device_identity(tmp_path / "other", "OTHER")
    result = verify_pdf(signed, trusted=[stranger.certificate])
    assert (result.status, result.trust_problem) == ("untrusted", SELF_SIGNED)
    assert result.covers_whole_file


def test_the_signature_field_is_invisible_and_pades(signed: Path) -> None:
    data = signed.read_bytes()
    assert b"/ETSI.CAdES.detached" in data
    assert re.search(rb"/Rect \[ ?0 0 0 0 ?\]", data)  # a zero-size widget: no appearance
    assert data.count(b"/FT /Sig") == 1


def test_cli_verify_report_prints_the_signer(signed: Path, data_dir: Path) -> None:
    result = beamside("--data-dir", str(data_dir), "verify-report", str(signed))
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("signed by CN=Beamside device TEST, O=Beamside at ")
    assert first.endswith(" UTC; covers the whole file")
    assert f"reason: {REASON}" in result.stdout
    assert "(this installation)" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    "where",
    ["middle of the file", "middle of the first signed range", "signature container"],
)
def test_one_flipped_byte_is_detected(signed: Path, where: str) -> None:
    start, end = container_span(signed)
    size = signed.stat().st_size
    offset = {
        "middle of the file": size // 2,
        "middle of the first signed range": start // 2,
        "signature container": (start + end) // 2,
    }[where]
    bad = changed(signed, offset)
    assert verify_pdf(bad).status in ("modified", "invalid")
    result = beamside("verify-report", str(bad))
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("NOT VALID (")
    assert "Traceback" not in result.stderr


def test_changes_the_signature_itself_does_not_cover_are_caught(signed: Path) -> None:
    """Hex is case-blind, the container is zero-padded and partly unsigned: a sample of
    single-bit changes across the whole /Contents string (every one was tried offline)."""
    start, end = container_span(signed)
    missed = [
        (offset, bit)
        for offset in range(start, end, 7)
        for bit in (0x01, 0x20)
        if verify_pdf(changed(signed, offset, bit)).valid
    ]
    assert missed == []


def test_padding_and_letter_case_in_the_container(signed: Path) -> None:
    data = signed.read_bytes()
    start, end = container_span(signed)
    hex_text = data[start + 1 : end - 1]
    letter = start + 1 + next(i for i, c in enumerate(hex_text) if chr(c) in "ABCDEF")
    padding = end - 2  # the last digit: zeros follow the container
    assert data[padding : padding + 1] == b"0"
    assert verify_pdf(changed(signed, letter, 0x20)).status == "modified"  # 'A' → 'a'
    assert verify_pdf(changed(signed, padding, 0x01)).status == "modified"  # '0' → '1'


@pytest.mark.parametrize("cut", ["last byte", "last 300 bytes", "half"])
def test_a_truncated_file_counts_as_modified(signed: Path, cut: str) -> None:
    data = signed.read_bytes()
    keep = {"last byte": len(data) - 1, "last 300 bytes": len(data) - 300, "half": len(data) // 2}
    short = signed.with_name("short.pdf")
    short.write_bytes(data[: keep[cut]])
    assert verify_pdf(short).status == "modified"
    assert beamside("verify-report", str(short)).returncode == 1


def test_bytes_appended_after_signing_are_detected(signed: Path) -> None:
    longer = signed.with_name("longer.pdf")
    longer.write_bytes(signed.read_bytes() + b"\n% appended\n")
    result = verify_pdf(longer)
    assert result.status == "modified" and not result.covers_whole_file


def test_unsigned_and_non_pdf_files_are_exit_2(tmp_path: Path) -> None:
    unsigned = make_pdf(tmp_path / "unsigned.pdf")
    text = tmp_path / "notes.pdf"
    text.write_text("not a PDF at all")
    assert verify_pdf(unsigned).status == "not_signed"
    assert verify_pdf(text).status == "unreadable"
    assert verify_pdf(tmp_path / "missing.pdf").status == "unreadable"
    for path in (unsigned, text, tmp_path / "missing.pdf"):
        result = beamside("verify-report", str(path))
        assert result.returncode == 2, result.stdout
        assert "not a Beamside-signed PDF" in result.stderr
        assert "Traceback" not in result.stderr


def test_a_pdf_signed_by_someone_else_is_not_beamside_signed(
    tmp_path: Path, identity: DeviceIdentity, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "foreign.pdf"
    with monkeypatch.context() as patch:
        patch.setattr(sealing, "FIELD_NAME", "Signature1")
        sign_pdf(make_pdf(tmp_path / "r.pdf"), target, identity, "", "")
    assert verify_pdf(target).status == "not_signed"
    assert beamside("verify-report", str(target)).returncode == 2


def test_sign_pdf_replaces_nothing_on_failure(tmp_path: Path, identity: DeviceIdentity) -> None:
    source = tmp_path / "broken.pdf"
    source.write_bytes(b"%PDF-1.4\n garbage")
    target = tmp_path / "out.pdf"
    target.write_bytes(b"previous")
    with pytest.raises(pdf_signing.SigningError):
        sign_pdf(source, target, identity, REASON, LOCATION)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.pdf", "data", "out.pdf"]


def test_sign_pdf_runs_in_worker_threads(tmp_path: Path, identity: DeviceIdentity) -> None:
    """The GUI signs through its thread pool; pyHanko's event loop must not mind."""
    source = make_pdf(tmp_path / "report.pdf")
    targets = [tmp_path / f"signed-{i}.pdf" for i in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [
            pool.submit(sign_pdf, source, target, identity, REASON, LOCATION) for target in targets
        ]
        for future in futures:
            future.result(timeout=60)
        anchors = TrustAnchors(own=identity.certificate)
        checks = list(pool.map(lambda target: verify_pdf(target, anchors=anchors), targets))
    assert [check.status for check in checks] == ["valid"] * 4


# --- poppler's pdfsig --------------------------------------------------------------------


def test_pdfsig_agrees(signed: Path) -> None:
    need_tools("pdfsig")

    def pdfsig(path: Path) -> str:
        done = subprocess.run(
            ["pdfsig", "-nocert", str(path)], capture_output=True, text=True, timeout=60
        )
        return done.stdout + done.stderr

    good = pdfsig(signed)
    assert "Signature Validation: Signature is Valid." in good
    assert "Total document signed" in good
    assert "Signature Field Name: Beamside" in good
    assert "ETSI.CAdES.detached" in good
    flipped = pdfsig(changed(signed, signed.stat().st_size // 2))
    assert "Signature is Valid." not in flipped


# --- the device identity -----------------------------------------------------------------


def test_the_identity_is_made_once_and_reused(data_dir: Path) -> None:
    first = device_identity(data_dir, "0197-TEST")
    key_bytes = first.key_path.read_bytes()
    again = device_identity(data_dir, "ignored-now")
    assert again.fingerprint == first.fingerprint
    assert again.key_path.read_bytes() == key_bytes
    assert stat.S_IMODE(first.key_path.stat().st_mode) == 0o600
    assert first.key_path.parent == data_dir / "keys"
    assert key_bytes.startswith(b"-----BEGIN PRIVATE KEY-----")


def test_the_certificate_is_what_validators_expect(identity: DeviceIdentity) -> None:
    cert = identity.certificate
    assert cert.subject == cert.issuer  # self-signed until the sync server certifies it
    assert identity.subject == "CN=Beamside device TEST, O=Beamside"
    public = cert.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey) and public.curve.name == "secp256r1"
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365.25
    assert 9.99 < years < 10.01
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment  # nonRepudiation
    assert not usage.key_cert_sign


def test_a_corrupt_key_is_refused_not_replaced(data_dir: Path) -> None:
    made = device_identity(data_dir)
    made.key_path.write_bytes(b"-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n")
    with pytest.raises(DeviceIdentityError, match="cannot be read.*left untouched"):
        device_identity(data_dir)
    assert b"broken" in made.key_path.read_bytes()


def test_a_certificate_of_another_key_is_refused(data_dir: Path, tmp_path: Path) -> None:
    made = device_identity(data_dir)
    other = device_identity(tmp_path / "other")
    made.certificate_path.write_bytes(other.certificate_path.read_bytes())
    with pytest.raises(DeviceIdentityError, match="does not belong"):
        device_identity(data_dir)


def test_a_key_without_its_certificate_gets_one_for_the_same_key(data_dir: Path) -> None:
    made = device_identity(data_dir)
    made.certificate_path.unlink()
    again = device_identity(data_dir)
    assert again.key_path.read_bytes() == made.key_path.read_bytes()
    assert again.certificate_path.is_file()


def certify(identity: DeviceIdentity) -> x509.Certificate:
    """Does what the sync server will do: issues the device key a certificate from a CA
    and leaves it, with the CA's certificate as the chain, in the keys folder."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Beamside test CA")])
    now = datetime.now(UTC)

    def issue(subject: x509.Name, public: Any, ca: bool) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(ca_name)
            .public_key(public)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(hours=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if not ca:
            usage = identity.certificate.extensions.get_extension_for_class(x509.KeyUsage)
            builder = builder.add_extension(usage.value, critical=True)
        return builder.sign(ca_key, hashes.SHA256())

    ca_cert = issue(ca_name, ca_key.public_key(), ca=True)
    device = issue(identity.certificate.subject, identity.key.public_key(), ca=False)
    identity.certificate_path.write_bytes(device.public_bytes(Encoding.PEM))
    chain = identity.certificate_path.with_name(pdf_signing.CHAIN_FILE)
    chain.write_bytes(ca_cert.public_bytes(Encoding.PEM))
    return ca_cert


def test_a_certified_device_key_chains_to_its_root(
    data_dir: Path, identity: DeviceIdentity, tmp_path: Path
) -> None:
    ca_cert = certify(identity)
    certified = device_identity(data_dir)
    assert len(certified.chain) == 1 and certified.certificate.issuer == ca_cert.subject
    target = tmp_path / "certified.pdf"
    sign_pdf(make_pdf(tmp_path / "r.pdf"), target, certified, REASON, LOCATION)

    alone = verify_pdf(target)
    assert (alone.status, alone.trust_problem) == ("untrusted", UNKNOWN_ROOT)
    assert "issued by CN=Beamside test CA" in alone.detail
    assert verify_pdf(target, anchors=TrustAnchors(own=certified.certificate)).valid
    rooted = verify_pdf(target, trusted=[ca_cert])
    assert rooted.status == "valid" and rooted.chains_to_trusted_root
    stranger = device_identity(tmp_path / "other").certificate
    assert verify_pdf(target, trusted=[stranger]).trust_problem == UNKNOWN_ROOT


# --- exporting reports end to end --------------------------------------------------------


def own_anchors(data_dir: Path) -> TrustAnchors:
    return TrustAnchors(own=device_identity(data_dir).certificate)


def signed_work_order(store: Store) -> str:
    """A completed repair signed by the engineer and the customer, as the signing mode
    stores it."""
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.completed_repair(store, unit_id)
    stroke = [[100.0 + i * 8, 150.0 + (i % 7) * 9, 0.5, i * 15.0] for i in range(60)]
    factories.sign_report(store, order.id, "张伟", [stroke])
    return order.number


def test_export_report_then_verify_report(store: Store, data_dir: Path, tmp_path: Path) -> None:
    number = signed_work_order(store)
    target = tmp_path / "report.pdf"
    exported = beamside("--data-dir", str(data_dir), "export-report", number, "-o", str(target))
    assert exported.returncode == 0, exported.stderr
    assert f"exported {number} service report to {target}" in exported.stdout

    verified = beamside("--data-dir", str(data_dir), "verify-report", str(target))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert f"reason: Service report {number}; record sha256:" in verified.stdout
    with store.reading() as session:
        row = session.scalars(select(ReportFile)).one()
    assert (row.report_kind, row.language, row.size) == (
        ReportKind.SERVICE,
        "zh_CN",
        target.stat().st_size,
    )
    assert row.record_hash and row.record_hash in verified.stdout
    assert blob_path(store, row.sha256).read_bytes() == target.read_bytes()
    if shutil.which("pdfsig"):
        checked = subprocess.run(["pdfsig", "-nocert", str(target)], capture_output=True, text=True)
        assert "Signature is Valid." in checked.stdout


def test_export_report_runs_in_a_worker_thread(store: Store, tmp_path: Path) -> None:
    """How the GUI calls it: through its thread pool, with the store it already has."""
    number = signed_work_order(store)
    work_order_id = report_export.find_work_order(store, number)
    assert work_order_id is not None
    target = tmp_path / "from-worker.pdf"
    with ThreadPoolExecutor(max_workers=1) as pool:
        result = pool.submit(
            report_export.export_report, store, work_order_id, "en", target
        ).result(timeout=120)
    assert (result.path, result.kind, result.language) == (target, ReportKind.SERVICE, "en")
    assert verify_pdf(target, anchors=own_anchors(store.data_dir)).valid


def test_the_report_commands_need_no_gui(store: Store, data_dir: Path, tmp_path: Path) -> None:
    """They run on a server with no display and no GL: Qt's core (for the translations
    of their messages) at most, never QtGui or QtWidgets; and they say nothing on
    stderr when all is well."""
    number = signed_work_order(store)
    target = tmp_path / "r.pdf"
    script = (
        "import sys; from app.cli import main; "
        f"codes = [main(['--data-dir', {str(data_dir)!r}, 'export-report', {number!r}, "
        f"'-o', {str(target)!r}]), main(['--data-dir', {str(data_dir)!r}, 'verify-report', "
        f"{str(target)!r}])]; "
        "print('codes', codes, 'gui', [m for m in sys.modules if m.startswith("
        "('PySide6.QtGui', 'PySide6.QtWidgets'))])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert "codes [0, 0] gui []" in done.stdout, done.stdout + done.stderr
    assert done.stderr == ""


def test_export_reports_since_a_date(store: Store, data_dir: Path, tmp_path: Path) -> None:
    number = signed_work_order(store)
    out = tmp_path / "out"
    today = date.today()
    result = beamside(
        "--data-dir", str(data_dir), "export-reports", "--since", str(today), "--out", str(out),
        "--lang", "en",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"{number}_service.pdf"]
    assert verify_pdf(out / f"{number}_service.pdf", anchors=own_anchors(data_dir)).valid
    later = beamside(
        "--data-dir", str(data_dir), "export-reports",
        "--since", str(today + timedelta(days=2)), "--out", str(tmp_path / "none"),
    )  # fmt: skip
    assert later.returncode == 0 and "exported 0 report(s)" in later.stdout


def test_export_with_a_corrupt_key_fails_clearly(
    store: Store, data_dir: Path, tmp_path: Path
) -> None:
    number = signed_work_order(store)
    key = device_identity(data_dir).key_path
    key.write_bytes(b"not a key")
    target = tmp_path / "r.pdf"
    result = beamside("--data-dir", str(data_dir), "export-report", number, "-o", str(target))
    assert result.returncode == 1
    assert f"the signing key {key} cannot be read" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists() and key.read_bytes() == b"not a key"


def test_export_of_an_unknown_work_order_is_exit_2(store: Store, data_dir: Path) -> None:
    result = beamside(
        "--data-dir", str(data_dir), "export-report", "WO-1999-XX-00001", "-o", "x.pdf"
    )
    assert result.returncode == 2
    assert "no work order numbered 'WO-1999-XX-00001'" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_without_a_database_is_exit_3(tmp_path: Path) -> None:
    result = beamside("--data-dir", str(tmp_path), "export-report", "WO-1", "-o", "x.pdf")
    assert result.returncode == 3
    assert "no database" in result.stderr
