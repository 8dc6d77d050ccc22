"""This installation's signing identity: one ECDSA P-256 key and its certificate in
`DATA_DIR/keys/`.

They are made on first use and never replaced: a key that cannot be read is
reported, never silently regenerated, since reports already sealed with it could no
longer be tied to this laptop. The certificate starts self-signed; the first sync has
the server certify the key (sync/client/certify.py), which leaves the issuers beside it in
CHAIN_FILE, embedded with every seal from then on.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.durable import publish_new
from app.reports.pdf_signing.problems import why

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey
    from cryptography.x509 import Certificate

KEY_FILE = "device-key.pem"
CERT_FILE = "device-cert.pem"
CHAIN_FILE = "device-chain.pem"  # issuers of a certified device certificate, if any
VALIDITY = timedelta(days=3653)  # ten years, leap days included


class DeviceIdentityError(Exception):
    """The signing key or certificate in the data folder cannot be used."""


@dataclass(frozen=True)
class DeviceIdentity:
    """This installation's signing key and certificate, loaded from `DATA_DIR/keys/`."""

    key: EllipticCurvePrivateKey
    certificate: Certificate
    key_path: Path
    certificate_path: Path
    chain: tuple[Certificate, ...] = ()  # embedded with each signature

    @property
    def subject(self) -> str:
        return subject_text(self.certificate)

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the certificate, the way people compare certificates by eye."""
        from cryptography.hazmat.primitives import hashes

        return self.certificate.fingerprint(hashes.SHA256()).hex()


def keys_dir(data_dir: Path) -> Path:
    return data_dir / "keys"


def device_identity(data_dir: Path, device_id: str | None = None) -> DeviceIdentity:
    """The installation's key and certificate, made on first use.

    `device_id` names the device in the certificate's CN (a random id when not given).
    An existing key is never overwritten, also not by a second process racing this one.
    """
    folder = keys_dir(data_dir)
    key_path, cert_path = folder / KEY_FILE, folder / CERT_FILE
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not key_path.exists():
            publish_new(key_path, _new_key_pem(), mode=0o600)
        key = _load_key(key_path)
        if not cert_path.exists():
            name = device_id or uuid.uuid4().hex
            publish_new(cert_path, _self_signed_pem(key, name), mode=0o644)
    except OSError as exc:
        raise DeviceIdentityError(f"cannot set up the signing key in {folder}: {exc}") from exc
    certificate = _load_certificates(cert_path)[0]
    if certificate.public_key() != key.public_key():
        raise DeviceIdentityError(
            f"the signing certificate {cert_path} does not belong to the key {key_path}; "
            "both were left untouched"
        )
    chain_path = folder / CHAIN_FILE
    chain = _load_certificates(chain_path) if chain_path.exists() else []
    return DeviceIdentity(key, certificate, key_path, cert_path, tuple(chain))


def existing_certificate(data_dir: Path) -> Certificate | None:
    """This installation's certificate if one was made; never creates one (verifying a
    report must not leave keys behind)."""
    try:
        return _load_certificates(keys_dir(data_dir) / CERT_FILE)[0]
    except DeviceIdentityError:
        return None


def _new_key_pem() -> bytes:
    from app.signing_certificates import new_key, private_pem

    return private_pem(new_key())  # the laptop's disk encryption guards it


def _self_signed_pem(key: EllipticCurvePrivateKey, device_name: str) -> bytes:
    """Until the server certifies the key: a certificate of the shape the company CA
    issues (app/signing_certificates.py), signed by the key itself."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    from app.signing_certificates import device_common_name, issue, organization

    name = x509.Name([device_common_name(device_name), organization()])
    certificate = issue(name, key.public_key(), name, key, VALIDITY)
    return certificate.public_bytes(serialization.Encoding.PEM)


def _load_key(path: Path) -> EllipticCurvePrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise DeviceIdentityError(
            f"the signing key {path} cannot be read ({why(exc)}). It was left untouched: "
            "restore it from a backup, or move it away to make a new key (reports signed "
            "with the old key can then no longer be tied to this installation)"
        ) from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise DeviceIdentityError(f"the signing key {path} is not an ECDSA key")
    return key


def _load_certificates(path: Path) -> list[Certificate]:
    from cryptography import x509

    try:
        return x509.load_pem_x509_certificates(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise DeviceIdentityError(
            f"the signing certificate {path} cannot be read ({why(exc)}); it was left untouched"
        ) from exc


def subject_text(certificate: Certificate) -> str:
    """CN first, as people read it: `CN=Beamside device …, O=Beamside`."""
    from cryptography.x509.oid import NameOID

    names = {NameOID.SERIAL_NUMBER: "serialNumber"}  # the device id, in certified ones
    parts = [
        f"{names.get(a.oid, a.rfc4514_attribute_name)}={a.value!s}" for a in certificate.subject
    ]
    return ", ".join(sorted(parts, key=lambda part: not part.startswith("CN=")))
