"""Certificates the company CA issues (issue 21 §8): one per device, named by the server
from the user and device, replacing the previous one; a revocation list anyone can
fetch, which the laptops keep and `verify-report --root … --crl …` consults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.reports.pdf_signing import (
    CHAIN_FILE,
    DeviceIdentity,
    device_identity,
    keys_dir,
    sign_pdf,
)
from app.reports.pdf_trust import CRL_FILE, ROOT_FILE
from sync.client.certify import certify, company_root, refresh_crl
from sync.server import admin
from sync.server.ca import CertificateAuthority
from tests.sync_helpers import Api, Session, state
from tests.test_cli import beamside
from tests.test_pdf_signing import make_pdf

pytest_plugins = ["tests.sync_fixtures"]


def public_pem(key: ec.EllipticCurvePrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def certified(laptop: Session, key: ec.EllipticCurvePrivateKey) -> x509.Certificate:
    answer = laptop.post("/ca/certify", {"public_key_pem": public_pem(key)})
    assert answer.status_code == 200, answer.text
    return x509.load_pem_x509_certificate(answer.json()["certificate_pem"].encode())


def crl_of(api: Api) -> x509.CertificateRevocationList:
    answer = api.client.get("/ca/crl")  # no token: anyone may fetch it
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/x-pem-file"
    return x509.load_pem_x509_crl(answer.content)


def revoked_serials(crl: x509.CertificateRevocationList) -> dict[int, x509.ReasonFlags]:
    reasons = {}
    for entry in crl:
        reason = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason
        reasons[entry.serial_number] = reason
    return reasons


def test_the_root_is_offered_to_anyone(api: Api) -> None:
    answer = api.client.get("/ca/root")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/x-pem-file"
    root = x509.load_pem_x509_certificate(answer.content)
    assert root == state(api.app).ca.root


def test_one_certificate_per_device_named_by_the_server(api: Api) -> None:
    laptop = api.session("li.na", "engineer", device_id="laptop-7")
    key = ec.generate_private_key(ec.SECP256R1())
    first = certified(laptop, key)
    names = {a.oid: a.value for a in first.subject}
    # The device calls itself "test laptop"; the name in the certificate is the server's.
    assert names == {
        NameOID.COMMON_NAME: "Beamside device laptop-7",
        NameOID.SERIAL_NUMBER: "laptop-7",
        NameOID.ORGANIZATION_NAME: "Beamside",
        NameOID.ORGANIZATIONAL_UNIT_NAME: "li.na",
    }
    assert certified(laptop, key) == first  # the same key again: the same certificate
    assert crl_of(api).next_update_utc is not None and len(crl_of(api)) == 0

    second = certified(laptop, ec.generate_private_key(ec.SECP256R1()))
    assert second.serial_number != first.serial_number
    crl = crl_of(api)
    assert revoked_serials(crl) == {first.serial_number: x509.ReasonFlags.superseded}
    assert crl.is_signature_valid(state(api.app).ca.root.public_key())  # type: ignore[arg-type]
    third = certified(laptop, ec.generate_private_key(ec.SECP256R1()))
    assert set(revoked_serials(crl_of(api))) == {first.serial_number, second.serial_number}
    assert third.serial_number not in revoked_serials(crl_of(api))


def test_a_key_certified_for_one_device_is_refused_for_another(api: Api) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    certified(api.session("li.na", "engineer"), key)
    other = api.session("wang.lei", "engineer")
    answer = other.post("/ca/certify", {"public_key_pem": public_pem(key)})
    assert answer.status_code == 409
    assert answer.json()["detail"] == "this key is certified for another device"


def test_a_revoked_device_is_on_the_crl_and_its_reports_are_not_trusted(
    api: Api, tmp_path: Path
) -> None:
    """End to end: the laptop certifies at sync and keeps the root and the CRL; after the
    device is revoked, verify-report with the downloaded root and CRL says so (exit 4),
    and so does the laptop itself once a sync brought the new list."""
    laptop = api.session("li.na", "engineer", device_id="laptop-9")
    data_dir = tmp_path / "laptop"
    device_identity(data_dir, "laptop-9")

    def request(method: str, path: str, json: Any = None) -> Any:
        answer = api.client.request(method, path, json=json, headers=laptop.headers)
        assert answer.status_code == 200, answer.text
        return answer

    assert certify(data_dir, request) is True
    assert company_root(data_dir) == state(api.app).ca.root
    assert refresh_crl(data_dir, request) is True
    identity = device_identity(data_dir)
    report = tmp_path / "report.pdf"
    sign_pdf(make_pdf(tmp_path / "plain.pdf"), report, identity, "service", "Suzhou")

    root_pem = tmp_path / "beamside-root.pem"
    root_pem.write_bytes(api.client.get("/ca/root").content)
    crl_file = tmp_path / "beamside.crl"
    crl_file.write_bytes(api.client.get("/ca/crl").content)
    elsewhere = ["--data-dir", str(tmp_path / "elsewhere"), "verify-report", str(report)]
    trusted = beamside(*elsewhere, "--root", str(root_pem), "--crl", str(crl_file))
    assert trusted.returncode == 0, trusted.stdout + trusted.stderr
    assert trusted.stdout.startswith(
        "signed by CN=Beamside device laptop-9, serialNumber=laptop-9, O=Beamside, OU=li.na"
    )

    admin.revoke_device(state(api.app).db, "laptop-9")
    crl = crl_of(api)
    assert revoked_serials(crl) == {
        identity.certificate.serial_number: x509.ReasonFlags.cessation_of_operation
    }
    crl_file.write_bytes(crl.public_bytes(serialization.Encoding.PEM))
    revoked = beamside(*elsewhere, "--root", str(root_pem), "--crl", str(crl_file))
    assert revoked.returncode == 4, revoked.stdout + revoked.stderr
    first = revoked.stdout.splitlines()[0]
    assert first.startswith(
        "NOT TRUSTED (revoked): the file is intact, but the signer's certificate was revoked on "
    )
    assert first.endswith(" UTC (cessation of operation)")

    # A colleague's laptop that synced since needs no options.
    colleague = api.session("wang.lei", "engineer")
    other_dir = tmp_path / "colleague"
    device_identity(other_dir, "colleague")

    def colleague_request(method: str, path: str, json: Any = None) -> Any:
        return api.client.request(method, path, json=json, headers=colleague.headers)

    assert certify(other_dir, colleague_request) is True
    assert refresh_crl(other_dir, colleague_request) is True
    assert (keys_dir(other_dir) / CRL_FILE).is_file()
    on_laptop = beamside("--data-dir", str(other_dir), "verify-report", str(report))
    assert on_laptop.returncode == 4
    assert on_laptop.stdout.startswith("NOT TRUSTED (revoked): ")


def test_a_crl_not_signed_by_the_root_is_not_kept(api: Api, tmp_path: Path) -> None:
    laptop = api.session("li.na", "engineer")
    data_dir = tmp_path / "laptop"
    device_identity(data_dir)

    def request(method: str, path: str, json: Any = None) -> Any:
        return api.client.request(method, path, json=json, headers=laptop.headers)

    certify(data_dir, request)
    stranger = CertificateAuthority(tmp_path / "other-ca")
    stranger.ensure()
    forged = stranger.revocation_list([], 1).public_bytes(serialization.Encoding.PEM)

    class Answer:
        content = forged

    try:
        refresh_crl(data_dir, lambda method, path, json=None: Answer())
    except ValueError as exc:
        assert str(exc) == "the server's revocation list is not signed by the company root"
    else:
        raise AssertionError("a foreign CRL was accepted")
    assert not (keys_dir(data_dir) / CRL_FILE).exists()


def test_a_certified_identity_signs_with_the_servers_name(api: Api, tmp_path: Path) -> None:
    """The laptop's own file keeps the certificate the server issued."""
    laptop = api.session("li.na", "engineer", device_id="laptop-3")
    data_dir = tmp_path / "laptop"
    device_identity(data_dir, "Beamside Quality Control Office")  # whatever it calls itself

    def request(method: str, path: str, json: Any = None) -> Any:
        return api.client.request(method, path, json=json, headers=laptop.headers)

    certify(data_dir, request)
    identity: DeviceIdentity = device_identity(data_dir)
    assert identity.subject == (
        "CN=Beamside device laptop-3, serialNumber=laptop-3, O=Beamside, OU=li.na"
    )


def test_a_laptop_asks_at_every_sync_and_a_legacy_certificate_is_replaced(
    api: Api, tmp_path: Path
) -> None:
    """A certificate from before the server named them (CN = the device's own name, not
    on record, so never revocable) is replaced at the next sync; afterwards asking again
    changes nothing; a server with another root is refused."""
    laptop = api.session("li.na", "engineer", device_id="laptop-5")
    data_dir = tmp_path / "laptop"
    own = device_identity(data_dir, "laptop-5")
    ca = state(api.app).ca
    legacy = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Beamside Quality Control Office")])
        )
        .issuer_name(ca.root.subject)
        .public_key(own.key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(own.certificate.not_valid_before_utc)
        .not_valid_after(own.certificate.not_valid_after_utc)
        .sign(ca.key, hashes.SHA256())
    )
    keys = keys_dir(data_dir)
    (keys / ROOT_FILE).write_text(ca.root_pem)
    (keys / CHAIN_FILE).write_text(ca.root_pem)
    own.certificate_path.write_bytes(legacy.public_bytes(serialization.Encoding.PEM))

    def request(method: str, path: str, json: Any = None) -> Any:
        return api.client.request(method, path, json=json, headers=laptop.headers)

    assert certify(data_dir, request) is True
    assert device_identity(data_dir).subject.startswith("CN=Beamside device laptop-5, ")
    before = own.certificate_path.read_bytes()
    assert certify(data_dir, request) is False
    assert own.certificate_path.read_bytes() == before

    other = CertificateAuthority(tmp_path / "other-ca")
    other.ensure()
    (keys / ROOT_FILE).write_text(other.root_pem)  # as if certified by another company
    with pytest.raises(ValueError, match="not the company root this laptop holds"):
        certify(data_dir, request)
    assert own.certificate_path.read_bytes() == before
