"""How Beamside's report-signing keys and certificates are made, shared by the laptop
(its self-signed device certificate, app/reports/pdf_signing.py) and the sync server's
certificate authority (the company root and the device leaves, sync/server/ca.py), so
both issue certificates of one shape. Part of the shared kernel: it imports neither
side.

Keys are ECDSA P-256. A signer's certificate carries digitalSignature and
nonRepudiation (contentCommitment), which PDF validators such as pyHanko ask of
signers; an issuer's carries keyCertSign and cRLSign. Validity starts an hour back, so
a clock slightly behind still accepts a certificate just made.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

ORGANIZATION = "Beamside"
CLOCK_SLACK = timedelta(hours=1)  # a clock slightly behind

PublicKey = ec.EllipticCurvePublicKey | rsa.RSAPublicKey


def new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def private_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    """The key as unencrypted PKCS#8 PEM: the file's mode and the disk guard it."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def device_common_name(device: str) -> x509.NameAttribute[str]:
    """The CN of a device's certificate, whoever issues it."""
    return x509.NameAttribute(NameOID.COMMON_NAME, f"Beamside device {device}"[:64])


def organization() -> x509.NameAttribute[str]:
    return x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANIZATION)


def key_usage(*, issuer: bool) -> x509.KeyUsage:
    """A signer's usage (reports), or an issuer's (certificates and revocation lists)."""
    return x509.KeyUsage(
        digital_signature=not issuer,
        content_commitment=not issuer,  # nonRepudiation
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=issuer,
        crl_sign=issuer,
        encipher_only=False,
        decipher_only=False,
    )


def issue(
    subject: x509.Name,
    public: PublicKey,
    issuer: x509.Name,
    issuer_key: ec.EllipticCurvePrivateKey,
    validity: timedelta,
    *,
    ca: bool = False,
    name_issuer_key: bool = False,
) -> x509.Certificate:
    """A certificate for `public`, signed by `issuer_key` (the subject's own for a
    self-signed one). `ca`: an issuer that may sign leaves only (path length 0);
    `name_issuer_key`: carry the issuer's key identifier, as a CA's leaves do."""
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - CLOCK_SLACK)
        .not_valid_after(now + validity)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
        .add_extension(key_usage(issuer=ca), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
    )
    if name_issuer_key:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    return builder.sign(issuer_key, hashes.SHA256())
