"""The cryptographic seal on a finished report: PAdES B-B with this installation's key.

The handwriting, printed names and times are drawn in the page content (the preview
renders page content only, no signature widgets); this seal is an invisible signature field named
"Beamside" over the whole file, so any byte changed afterwards is detected — by
`verify_pdf` here and by any PAdES validator such as poppler's `pdfsig`.

Each installation keeps one ECDSA P-256 key and a self-signed certificate in
`DATA_DIR/keys/`. They are made on first use and never replaced: a key that cannot be
read is reported, never silently regenerated, since reports already sealed with it
could no longer be tied to this laptop. The first sync has the server certify the key
(sync/client/certify.py); whom a seal is traced to is app/reports/pdf_trust.py's part.

pyHanko takes ~0.3 s to import and runs its own event loop (`asyncio.run`), so it is
imported inside the functions and `sign_pdf`/`verify_pdf` belong on a worker thread.
"""

from __future__ import annotations

import binascii
import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from app.durable import publish_new, write_atomically
from app.reports.pdf_trust import TrustAnchors

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey
    from cryptography.x509 import Certificate

FIELD_NAME = "Beamside"
KEY_FILE = "device-key.pem"
CERT_FILE = "device-cert.pem"
CHAIN_FILE = "device-chain.pem"  # issuers of a certified device certificate, if any
VALIDITY = timedelta(days=3653)  # ten years, leap days included
# Signature markers in the raw bytes: a file carrying one was signed, even when it is
# too damaged (truncated, say) for a PDF reader to find the signature any more.
_SIGNED_MARKERS = (b"/ByteRange", b"/ETSI.CAdES.detached", b"/adbe.pkcs7.detached")
_PDF_HEADER = b"%PDF-"
_EOF_MARKER = b"%%EOF"

Status = Literal["valid", "untrusted", "modified", "invalid", "not_signed", "unreadable"]


class DeviceIdentityError(Exception):
    """The signing key or certificate in the data folder cannot be used."""


class SigningError(Exception):
    """A report could not be signed (unreadable source, unwritable target …)."""


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
        return _subject_text(self.certificate)

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the certificate, the way people compare certificates by eye."""
        from cryptography.hazmat.primitives import hashes

        return self.certificate.fingerprint(hashes.SHA256()).hex()


@dataclass(frozen=True)
class Verification:
    """What a check of a signed report found.

    `status`: "valid" (intact, signature correct, covering the entire file, and the
    signer trusted: see pdf_trust.py), "untrusted" (all that, but the signer is not
    trusted; `trust_problem` says why), "modified" (bytes changed, added or removed
    after signing), "invalid" (the signature itself is broken), "not_signed" (a PDF
    without a Beamside signature), "unreadable" (not a PDF).
    """

    status: Status
    detail: str
    signer: str = ""
    signed_at: datetime | None = None
    covers_whole_file: bool = False
    reason: str = ""
    location: str = ""
    certificate_sha256: str = ""
    chains_to_trusted_root: bool = False
    trust_problem: str = ""  # pdf_trust.SELF_SIGNED, UNKNOWN_ROOT, EXPIRED, REVOKED …

    @property
    def valid(self) -> bool:
        return self.status == "valid"


# --- device identity ---------------------------------------------------------------------


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
            f"the signing key {path} cannot be read ({_why(exc)}). It was left untouched: "
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
            f"the signing certificate {path} cannot be read ({_why(exc)}); it was left untouched"
        ) from exc


# --- signing -----------------------------------------------------------------------------


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
        raise SigningError(f"cannot read {source}: {_why(exc)}") from exc
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
        raise SigningError(f"cannot write {target}: {_why(exc)}") from exc


def verify_pdf(
    path: Path, trusted: list[Certificate] | None = None, anchors: TrustAnchors | None = None
) -> Verification:
    """Checks a Beamside-signed PDF; "valid" only when untouched to the last byte and
    signed by a key the `anchors` trust (`trusted` is a shorthand for roots only).

    With no anchors nothing is trusted: an intact report is "untrusted", and
    `trust_problem` says why (self-signed, unknown root …).
    """
    if anchors is None:
        anchors = TrustAnchors(roots=tuple(trusted or ()))
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Verification("unreadable", f"cannot read the file: {_why(exc)}")
    looks_signed = any(marker in data for marker in _SIGNED_MARKERS)
    if _PDF_HEADER not in data[:1024]:
        if looks_signed:
            return Verification("modified", "the signed file's PDF header was altered")
        return Verification("unreadable", "this is not a PDF file")
    # Every complete PDF ends with %%EOF; one cut short was complete once, so a
    # truncated file counts as modified (exit 1), not as "no PDF" (exit 2).
    truncated = _EOF_MARKER not in data[-1024:]
    try:
        return _verify(data, anchors)
    except Exception as exc:  # pyHanko raises many kinds on damaged input
        if truncated:
            return Verification("modified", f"the file is truncated ({_short(exc)})")
        if looks_signed:
            return Verification("modified", f"the signed file is damaged ({_short(exc)})")
        return Verification("unreadable", f"the PDF cannot be read ({_short(exc)})")


def _verify(data: bytes, anchors: TrustAnchors) -> Verification:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.errors import SignatureValidationError

    reader = PdfFileReader(BytesIO(data), strict=False)
    signatures = reader.embedded_signatures
    if not signatures:
        if any(marker in data for marker in _SIGNED_MARKERS):
            return Verification("modified", "the file was signed, but its signature is gone")
        return Verification("not_signed", "the PDF carries no signature")
    named = [s for s in signatures if s.field_name == FIELD_NAME]
    # Validate even a foreign-looking one: a flipped byte in the field name must still
    # read as "modified", so the name is judged only once the bytes are proven intact.
    embedded = named[-1] if named else signatures[-1]
    try:
        return _judge(data, embedded, anchors, is_beamside=bool(named))
    except SignatureValidationError as exc:
        return Verification("invalid", f"the signature is broken: {_short(exc)}")


def _judge(data: bytes, embedded: Any, anchors: TrustAnchors, is_beamside: bool) -> Verification:
    from cryptography import x509
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature

    from app.reports.pdf_trust import judge_signer, validation_context

    signer_der = embedded.signer_cert.dump()
    signer_cert = x509.load_der_x509_certificate(signer_der)
    context = validation_context(anchors, embedded)
    # Only an untouched whole file passes, so the analysis of later updates is moot.
    status = validate_pdf_signature(embedded, context, skip_diff=True)
    signed_at = status.signer_reported_dt
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    facts: dict[str, Any] = {
        "signer": _subject_text(signer_cert),
        "signed_at": signed_at.astimezone(UTC) if signed_at else None,
        "covers_whole_file": whole,
        "reason": str(embedded.sig_object.get("/Reason", "")),
        "location": str(embedded.sig_object.get("/Location", "")),
        "certificate_sha256": hashlib.sha256(signer_der).hexdigest(),
    }
    if not status.intact:
        return Verification("modified", "the signed bytes were changed after signing", **facts)
    if not status.valid:
        return Verification("invalid", "the signature value does not match", **facts)
    if not whole:
        return Verification(
            "modified", "bytes were added to or removed from the file after signing", **facts
        )
    problem = _gap_problem(data, embedded, signer_cert, list(anchors.roots))
    if problem:
        return Verification("modified", problem, **facts)
    if not is_beamside:
        return Verification(
            "not_signed", f"signed, but not by Beamside (field {embedded.field_name!r})", **facts
        )
    trust = judge_signer(signer_cert, status, anchors)
    if trust.problem:
        return Verification("untrusted", trust.note, trust_problem=trust.problem, **facts)
    return Verification("valid", trust.note, chains_to_trusted_root=trust.chains_to_root, **facts)


def _gap_problem(
    data: bytes, embedded: Any, signer_cert: Certificate, trusted: list[Certificate]
) -> str:
    """Catches changes in the one stretch no PDF signature covers: its own /Contents.

    Only part of the CMS container there is protected by the signature (the signed
    attributes and the signature value). The rest can change and the signature still
    verify, as tried byte by byte: a hex letter's case, the zero padding, a version
    number, an unparsed algorithm parameter, a letter in the embedded certificate. So
    the stretch must be exactly as written — `<`, upper-case hex of a strict DER
    container, zeros, `>` — with RFC 5652's versions, one signer, and a certificate
    whose own signature still holds.
    """
    _, first_end, second_start, _ = (int(v) for v in embedded.byte_range)
    contents: bytes = embedded.pkcs7_content
    expected = b"<" + binascii.hexlify(contents).upper() + b">"
    if data[first_end:second_start] != expected:
        return "the signature's container was altered"
    used = _der_length(contents)
    if used is None or used > len(contents) or any(contents[used:]):
        return "the signature's container was altered after its end"
    problem = _container_problem(contents[:used], embedded.signer_cert)
    if problem:
        return f"the signature's container was altered ({problem})"
    if not _certificate_intact(signer_cert, embedded, trusted):
        return "the signer's certificate in the file was altered"
    return ""


def _container_problem(der: bytes, signer_cert: Any) -> str:
    from asn1crypto import cms

    try:
        if not _canonical_tlv(der, 0, len(der)):
            return "not in canonical DER"
        info = cms.ContentInfo.load(der, strict=True)
        signed = info["content"]
        # asn1crypto parses lazily: read every element but the certificates (their own
        # signatures guard them, and reading them here costs ~20 ms)
        for part in ("version", "digest_algorithms", "encap_content_info", "signer_infos"):
            _ = signed[part].native
        if signed["crls"].native:
            return "unexpected revocation lists"
        signer_infos = list(signed["signer_infos"])
        if len(signer_infos) != 1:
            return "not exactly one signer"
        signer_info = signer_infos[0]
        by_key_id = signer_info["sid"].name == "subject_key_identifier"
        if signer_info["version"].native != ("v3" if by_key_id else "v1"):
            return "signer version"
        plain = signed["encap_content_info"]["content_type"].native == "data"
        if signed["version"].native != ("v1" if plain and not by_key_id else "v3"):
            return "container version"
        # X.500 names compare case-blind, so the signer is found even when a letter of
        # its name here changed: compare the encodings instead.
        sid = signer_info["sid"].chosen
        if by_key_id:
            if sid.native != signer_cert.key_identifier:
                return "signer identifier"
        elif (sid["issuer"].dump(), sid["serial_number"].native) != (
            signer_cert.issuer.dump(),
            signer_cert.serial_number,
        ):
            return "signer identifier"
        digests = [a["algorithm"].native for a in signed["digest_algorithms"]]
        if digests != [signer_info["digest_algorithm"]["algorithm"].native]:
            return "digest algorithms"
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        return _short(exc)
    return ""


def _certificate_intact(
    certificate: Certificate, embedded: Any, trusted: list[Certificate]
) -> bool:
    """The certificate's own signature, by itself when self-signed, else by its issuer's
    certificate, which must be trusted or travel in the file."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    issuers = [certificate] if certificate.issuer == certificate.subject else []
    others = [x509.load_der_x509_certificate(c.dump()) for c in embedded.other_embedded_certs]
    issuers += [c for c in [*trusted, *others] if c.subject == certificate.issuer]
    for issuer in issuers:
        try:
            certificate.verify_directly_issued_by(issuer)
            return True
        except (ValueError, TypeError, InvalidSignature):
            continue
    return False


def _canonical_tlv(der: bytes, start: int, end: int) -> bool:
    """True when der[start:end] is a run of DER elements with minimal definite lengths,
    each constructed one exactly filled by its children (re-encoding with asn1crypto
    would tell too, but takes ~30 ms per report)."""
    while start < end:
        if der[start] & 0x1F == 0x1F or start + 2 > end:  # high tag numbers: not ours
            return False
        first = der[start + 1]
        if first < 0x80:
            size, body = first, start + 2
        else:
            count = first & 0x7F
            head = der[start + 2 : start + 2 + count]
            if not 0 < count <= 4 or len(head) < count or head[0] == 0:
                return False
            size, body = int.from_bytes(head, "big"), start + 2 + count
            if size < 0x80 or size < 1 << (8 * (count - 1)):  # a shorter form existed
                return False
        if body + size > end:
            return False
        if der[start] & 0x20 and not _canonical_tlv(der, body, body + size):
            return False
        start = body + size
    return True


def _der_length(blob: bytes) -> int | None:
    """Length of the DER element at the start of `blob` (tag, length, content)."""
    if len(blob) < 2:
        return None
    first = blob[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or len(blob) < 2 + count:
        return None
    return 2 + count + int.from_bytes(blob[2 : 2 + count], "big")


def _subject_text(certificate: Certificate) -> str:
    """CN first, as people read it: `CN=Beamside device …, O=Beamside`."""
    from cryptography.x509.oid import NameOID

    names = {NameOID.SERIAL_NUMBER: "serialNumber"}  # the device id, in certified ones
    parts = [
        f"{names.get(a.oid, a.rfc4514_attribute_name)}={a.value!s}" for a in certificate.subject
    ]
    return ", ".join(sorted(parts, key=lambda part: not part.startswith("CN=")))


def _short(exc: BaseException) -> str:
    """An exception in one line, for a message (never a traceback)."""
    text = re.sub(r"\s+", " ", str(exc)).strip()
    return text[:200] or type(exc).__name__


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc) or type(exc).__name__
    return _short(exc)
