"""The company's certificate authority for report-signing keys.

At first start the server makes a root key (ECDSA P-256, file mode 0600) and a
self-signed root certificate "Beamside Service Root CA" in `<data-dir>/ca/`. They are
written under their final names only if absent (link() refuses an existing name), so
two processes starting at once end up with the same root. The root never changes
afterwards: a root that cannot be read stops the server rather than being replaced,
since every certified laptop's reports chain to it.

A laptop sends the public half of its own report-signing key (it never leaves the
laptop, app/reports/pdf_signing.py) and gets a leaf certificate whose name the server
derives, never the laptop: CN = "Beamside device <device id>", serialNumber = the
device id, O = Beamside, OU = the user; a signer's key usage (digitalSignature and
nonRepudiation); CA:false; five years. Certificates of both kinds are made by the
shared kernel's app/signing_certificates.py, as the laptop's self-signed one is.
Reports it signs then chain to the company root. Which certificate a device holds, and
which were revoked, is sync/server/certificates.py's part; this module signs the
certificates and the revocation list (CRL).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from app.durable import publish_new  # durable, and a racing process's file wins
from app.signing_certificates import (
    CLOCK_SLACK,
    PublicKey,
    device_common_name,
    issue,
    new_key,
    organization,
    private_pem,
)

ROOT_NAME = "Beamside Service Root CA"
KEY_FILE = "root-key.pem"
CERT_FILE = "root-cert.pem"
ROOT_VALIDITY = timedelta(days=365 * 25)
LEAF_VALIDITY = timedelta(days=365 * 5 + 1)
CRL_VALIDITY = timedelta(days=7)  # laptops fetch one at every sync


@dataclass(frozen=True)
class Revoked:
    """One entry of the revocation list."""

    serial_number: int
    revoked_at: datetime
    reason: x509.ReasonFlags


class CertifyError(ValueError):
    """The key sent for certification cannot be certified (the message says why)."""


class CertificateAuthority:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.key: ec.EllipticCurvePrivateKey
        self.root: x509.Certificate

    def ensure(self) -> None:
        """Makes the root on first start, then loads it."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        key_path, cert_path = self.folder / KEY_FILE, self.folder / CERT_FILE
        if not key_path.exists():
            publish_new(key_path, private_pem(new_key()), 0o600)
        loaded = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        if not isinstance(loaded, ec.EllipticCurvePrivateKey):
            raise RuntimeError(f"{key_path} is not an ECDSA key")
        self.key = loaded
        if not cert_path.exists():
            publish_new(cert_path, self._root_pem(), 0o644)
        self.root = x509.load_pem_x509_certificate(cert_path.read_bytes())
        if self.root.public_key() != self.key.public_key():
            raise RuntimeError(f"{cert_path} does not belong to {key_path}")

    @property
    def root_pem(self) -> str:
        return self.root.public_bytes(serialization.Encoding.PEM).decode("ascii")

    def _root_pem(self) -> bytes:
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, ROOT_NAME), organization()])
        root = issue(name, self.key.public_key(), name, self.key, ROOT_VALIDITY, ca=True)
        return root.public_bytes(serialization.Encoding.PEM)

    def certify(self, public: CertifiableKey, device_id: str, user_name: str) -> x509.Certificate:
        """A leaf certificate for the device's report-signing key, named by the server
        from the authenticated user and device (see the module docstring)."""
        subject = x509.Name(
            [
                device_common_name(device_id),
                x509.NameAttribute(NameOID.SERIAL_NUMBER, device_id[:64] or "-"),
                organization(),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, user_name[:64] or "-"),
            ]
        )
        return issue(
            subject, public, self.root.subject, self.key, LEAF_VALIDITY, name_issuer_key=True
        )

    def revocation_list(
        self, revoked: Iterable[Revoked], number: int
    ) -> x509.CertificateRevocationList:
        """The CRL over `revoked`, valid for CRL_VALIDITY; `number` must grow with
        every list issued (RFC 5280's cRLNumber)."""
        now = datetime.now(UTC)
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.root.subject)
            .last_update(now - CLOCK_SLACK)
            .next_update(now + CRL_VALIDITY)
            .add_extension(x509.CRLNumber(number), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                critical=False,
            )
        )
        for entry in revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder()
                .serial_number(entry.serial_number)
                .revocation_date(entry.revoked_at)
                .add_extension(x509.CRLReason(entry.reason), critical=False)
                .build()
            )
        return builder.sign(self.key, hashes.SHA256())


CertifiableKey = PublicKey


def certifiable_key(public_key_pem: str) -> CertifiableKey:
    """The public key of a certification request, or CertifyError saying why not."""
    try:
        public = serialization.load_pem_public_key(public_key_pem.encode("utf-8"))
    except (ValueError, TypeError, UnicodeEncodeError) as exc:
        raise CertifyError("validation: public_key_pem is not a PEM public key") from exc
    if isinstance(public, ec.EllipticCurvePublicKey):
        if not isinstance(public.curve, ec.SECP256R1 | ec.SECP384R1):
            raise CertifyError("validation: only P-256 or P-384 ECDSA keys are certified")
    elif isinstance(public, rsa.RSAPublicKey):
        if public.key_size < 2048:
            raise CertifyError("validation: RSA keys must have at least 2048 bits")
    else:
        raise CertifyError("validation: only ECDSA or RSA keys are certified")
    return public
