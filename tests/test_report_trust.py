"""verify-report says who signed: exit 0 only for an intact report signed by a key this
installation trusts (certified by the company root it holds or is given with --root, or
its own); 4 for an intact report whose signer is not trusted, saying why; 1 modified.

The company CA here is the sync server's own class (sync/server/ca.py) in a temporary
folder; the server's routes are tested in tests/test_sync_server_certificates.py.
"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding

from app.reports.pdf_signing import DeviceIdentity, device_identity, keys_dir, sign_pdf
from app.reports.pdf_trust import CRL_FILE, ROOT_FILE
from sync.server.ca import CertificateAuthority, Revoked
from tests.test_cli import beamside
from tests.test_pdf_signing import LOCATION, REASON, changed, make_pdf

DEVICE = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
SIGNER = f"CN=Beamside device {DEVICE}, serialNumber={DEVICE}, O=Beamside, OU=li.na"


def authority(folder: Path) -> CertificateAuthority:
    ca = CertificateAuthority(folder)
    ca.ensure()
    return ca


@pytest.fixture
def company(tmp_path: Path) -> CertificateAuthority:
    return authority(tmp_path / "company-ca")


@pytest.fixture
def laptop(tmp_path: Path, company: CertificateAuthority) -> DeviceIdentity:
    """A laptop's key, certified by the company as the server does at the first sync."""
    own = device_identity(tmp_path / "laptop", DEVICE)
    leaf = company.certify(own.key.public_key(), DEVICE, "li.na")
    return DeviceIdentity(own.key, leaf, own.key_path, own.certificate_path, (company.root,))


@pytest.fixture
def root_pem(tmp_path: Path, company: CertificateAuthority) -> Path:
    path = tmp_path / "beamside-root.pem"
    path.write_text(company.root_pem)
    return path


def signed_by(identity: DeviceIdentity, target: Path) -> Path:
    sign_pdf(make_pdf(target.with_suffix(".src.pdf")), target, identity, REASON, LOCATION)
    return target


def verify(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    """verify-report on "another computer": a data folder that does not exist."""
    folder = data_dir or Path("/nonexistent/beamside-elsewhere")
    return beamside("--data-dir", str(folder), "verify-report", *args)


def self_signed_copy(subject: x509.Name) -> DeviceIdentity:
    """A forger's key with a self-made certificate copying the device's name."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return DeviceIdentity(key, certificate, Path("forged-key.pem"), Path("forged-cert.pem"))


def test_an_intact_certified_report_verifies_anywhere_with_the_root(
    laptop: DeviceIdentity, root_pem: Path, tmp_path: Path
) -> None:
    report = signed_by(laptop, tmp_path / "report.pdf")
    result = verify(str(report), "--root", str(root_pem))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"signed by {SIGNER} at ")
    assert lines[0].endswith(" UTC; covers the whole file")
    assert lines[-1].endswith(
        ": the signer's certificate chains to the company root "
        "(O=Beamside,CN=Beamside Service Root CA)"
    )
    assert result.stderr == ""
    # Modified: one flipped bit in the middle of the file, still exit 1.
    data = report.read_bytes()
    modified = verify(str(changed(report, len(data) // 2)), "--root", str(root_pem))
    assert modified.returncode == 1
    assert modified.stdout.startswith("NOT VALID (modified): ")


def test_a_forged_self_signed_copy_of_the_device_name_is_not_trusted(
    laptop: DeviceIdentity, root_pem: Path, tmp_path: Path
) -> None:
    forger = self_signed_copy(laptop.certificate.subject)
    forged = signed_by(forger, tmp_path / "forged.pdf")
    for extra in (["--root", str(root_pem)], []):
        result = verify(str(forged), *extra)
        assert result.returncode == 4, result.stdout + result.stderr
        assert result.stdout.splitlines()[:2] == [
            "NOT TRUSTED (self-signed): the file is intact, but the signer's certificate is "
            "self-signed: anyone can make one under any name, and it is not this "
            "installation's key",
            f"signature claims: {SIGNER} at " + result.stdout.splitlines()[1].split(" at ")[-1],
        ]
        assert result.stdout.splitlines()[1].endswith(" UTC")


def test_a_report_under_a_foreign_root_is_not_trusted(root_pem: Path, tmp_path: Path) -> None:
    foreign = authority(tmp_path / "foreign-ca")
    own = device_identity(tmp_path / "stranger", DEVICE)
    leaf = foreign.certify(own.key.public_key(), DEVICE, "li.na")  # the same name
    identity = DeviceIdentity(own.key, leaf, own.key_path, own.certificate_path, (foreign.root,))
    report = signed_by(identity, tmp_path / "foreign.pdf")
    result = verify(str(report), "--root", str(root_pem))
    assert result.returncode == 4, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == (
        "NOT TRUSTED (unknown root): the file is intact, but the signer's certificate names "
        "the company root (O=Beamside,CN=Beamside Service Root CA) as its issuer, and that "
        "root did not sign it: another root under the same name"
    )
    # A root under a name of its own.
    other = CertificateAuthority(tmp_path / "other-ca")
    other.folder.mkdir()
    other.key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Acme Root")])
    other.root = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(other.key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(other.key, hashes.SHA256())
    )
    acme = device_identity(tmp_path / "acme", DEVICE)
    acme_leaf = other.certify(acme.key.public_key(), DEVICE, "li.na")
    acme_report = signed_by(
        DeviceIdentity(acme.key, acme_leaf, acme.key_path, acme.certificate_path, (other.root,)),
        tmp_path / "acme.pdf",
    )
    acme_result = verify(str(acme_report), "--root", str(root_pem))
    assert acme_result.returncode == 4
    assert acme_result.stdout.splitlines()[0] == (
        "NOT TRUSTED (unknown root): the file is intact, but the signer's certificate was "
        "issued by CN=Acme Root, which is not the company root trusted here"
    )
    # Without any root at hand the verdict is the same, and says so.
    alone = verify(str(report))
    assert alone.returncode == 4
    assert alone.stdout.splitlines()[0].endswith(
        "and no company root is known here to check it against"
    )


def test_a_revoked_certificate_is_not_trusted_with_the_crl(
    laptop: DeviceIdentity, company: CertificateAuthority, root_pem: Path, tmp_path: Path
) -> None:
    report = signed_by(laptop, tmp_path / "report.pdf")
    at = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
    entry = Revoked(laptop.certificate.serial_number, at, x509.ReasonFlags.cessation_of_operation)
    crl = tmp_path / "beamside.crl"
    crl.write_bytes(company.revocation_list([entry], 1).public_bytes(Encoding.PEM))
    result = verify(str(report), "--root", str(root_pem), "--crl", str(crl))
    assert result.returncode == 4, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == (
        "NOT TRUSTED (revoked): the file is intact, but the signer's certificate was "
        "revoked on 2026-12-01 08:30 UTC (cessation of operation)"
    )
    # A list that does not name it changes nothing; one from another CA is refused.
    clean = tmp_path / "clean.crl"
    clean.write_bytes(company.revocation_list([], 2).public_bytes(Encoding.DER))
    assert verify(str(report), "--root", str(root_pem), "--crl", str(clean)).returncode == 0
    stranger = authority(tmp_path / "other-ca")
    alien = tmp_path / "alien.crl"
    alien.write_bytes(stranger.revocation_list([entry], 1).public_bytes(Encoding.PEM))
    refused = verify(str(report), "--root", str(root_pem), "--crl", str(alien))
    assert refused.returncode == 2
    assert refused.stderr == (
        f"beamside: the revocation list {alien} is not signed by the company root\n"
    )
    rootless = verify(str(report), "--crl", str(crl))
    assert rootless.returncode == 2
    assert rootless.stderr == (
        f"beamside: no company root to check the revocation list {crl} against: give --root\n"
    )


def test_the_laptop_uses_its_root_its_own_key_and_a_fresh_crl(
    laptop: DeviceIdentity, company: CertificateAuthority, tmp_path: Path
) -> None:
    """What sync/client/certify.py leaves in the keys folder is used without any option."""
    data_dir = tmp_path / "laptop"
    report = signed_by(laptop, tmp_path / "report.pdf")
    own_only = verify(str(report), data_dir=data_dir)  # own key, not yet certified here
    assert own_only.returncode == 0, own_only.stdout
    assert own_only.stdout.splitlines()[-1].endswith(": signed with this installation's own key")

    colleague = device_identity(tmp_path / "colleague", "0193-colleague")
    leaf = company.certify(colleague.key.public_key(), "0193-colleague", "wang.lei")
    theirs = signed_by(
        DeviceIdentity(
            colleague.key, leaf, colleague.key_path, colleague.certificate_path, (company.root,)
        ),
        tmp_path / "colleague.pdf",
    )
    assert verify(str(theirs), data_dir=data_dir).returncode == 4  # no root here yet
    keys = keys_dir(data_dir)
    (keys / ROOT_FILE).write_text(company.root_pem)
    assert verify(str(theirs), data_dir=data_dir).returncode == 0

    entry = Revoked(leaf.serial_number, datetime.now(UTC), x509.ReasonFlags.superseded)
    (keys / CRL_FILE).write_bytes(company.revocation_list([entry], 1).public_bytes(Encoding.PEM))
    revoked = verify(str(theirs), data_dir=data_dir)
    assert revoked.returncode == 4
    assert revoked.stdout.startswith("NOT TRUSTED (revoked): ")
    assert revoked.stdout.splitlines()[0].endswith(" UTC (superseded)")


def test_an_expired_certificate_is_not_trusted(
    company: CertificateAuthority, root_pem: Path, tmp_path: Path
) -> None:
    own = device_identity(tmp_path / "old", DEVICE)
    now = datetime.now(UTC)
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "old laptop")]))
        .issuer_name(company.root.subject)
        .public_key(own.key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=400))
        .not_valid_after(now - timedelta(days=35))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(company.key, hashes.SHA256())
    )
    identity = DeviceIdentity(own.key, leaf, own.key_path, own.certificate_path, (company.root,))
    report = signed_by(identity, tmp_path / "old.pdf")
    result = verify(str(report), "--root", str(root_pem))
    assert result.returncode == 4, result.stdout + result.stderr
    ended = f"{leaf.not_valid_after_utc:%Y-%m-%d}"
    assert result.stdout.splitlines()[0] == (
        f"NOT TRUSTED (expired): the file is intact, but the signer's certificate expired on "
        f"{ended} (it is valid {leaf.not_valid_before_utc:%Y-%m-%d} to {ended})"
    )


def test_an_unreadable_root_is_a_clear_error(laptop: DeviceIdentity, tmp_path: Path) -> None:
    report = signed_by(laptop, tmp_path / "report.pdf")
    bad = tmp_path / "root.pem"
    bad.write_text("not a certificate")
    result = verify(str(report), "--root", str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith(f"beamside: cannot use the root certificate {bad}: ")
    assert "Traceback" not in result.stderr
