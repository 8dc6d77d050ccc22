"""Sealing a finished report: PAdES B-B, SHA-256, in an invisible signature field
named FIELD_NAME over the whole file.

pyHanko takes ~0.3 s to import and runs its own event loop (`asyncio.run`), so it is
imported inside `sign_pdf`, which belongs on a worker thread.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from app.durable import write_atomically
from app.reports.pdf_signing.identity import DeviceIdentity
from app.reports.pdf_signing.problems import why

FIELD_NAME = "Beamside"


class SigningError(Exception):
    """A report could not be signed (unreadable source, unwritable target …)."""


def sign_pdf(
    source: Path, target: Path, identity: DeviceIdentity, reason: str, location: str
) -> None:
    """Seals `source` into `target` (PAdES B-B, SHA-256, invisible field "Beamside").

    Runs pyHanko's event loop: call it from a worker thread, never the GUI thread.
    `target` appears complete or not at all (temp file, fsync, rename); it may be
    `source` itself.
    """
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        data = Path(source).read_bytes()
    except OSError as exc:
        raise SigningError(f"cannot read {source}: {why(exc)}") from exc
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(identity.certificate.public_bytes(Encoding.DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            identity.key.private_bytes(
                Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        cert_registry=SimpleCertificateStore.from_certs(
            [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in identity.chain]
        ),
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
    )
    pdf_signer = signers.PdfSigner(
        metadata, signer, new_field_spec=fields.SigFieldSpec(sig_field_name=FIELD_NAME)
    )
    output = BytesIO()
    try:
        writer = IncrementalPdfFileWriter(BytesIO(data), strict=False)
        pdf_signer.sign_pdf(writer, output=output)
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise SigningError(f"cannot sign {source}: {exc}") from exc
    try:
        write_atomically(Path(target), output.getvalue())
    except OSError as exc:
        raise SigningError(f"cannot write {target}: {why(exc)}") from exc
