"""Checking a sealed report: intact to the last byte, signed correctly over the whole
file, and by a signer the trust anchors accept (app/reports/pdf_trust.py).

A damaged file is told apart from one that never was signed. pyHanko is imported
inside the functions: `verify_pdf` belongs on a worker thread.
"""

from __future__ import annotations

import binascii
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from app.reports.pdf_signing.identity import subject_text
from app.reports.pdf_signing.problems import short, why
from app.reports.pdf_signing.sealing import FIELD_NAME
from app.reports.pdf_trust import TrustAnchors

if TYPE_CHECKING:
    from cryptography.x509 import Certificate

# Signature markers in the raw bytes: a file carrying one was signed, even when it is
# too damaged (truncated, say) for a PDF reader to find the signature any more.
_SIGNED_MARKERS = (b"/ByteRange", b"/ETSI.CAdES.detached", b"/adbe.pkcs7.detached")
_PDF_HEADER = b"%PDF-"
_EOF_MARKER = b"%%EOF"

Status = Literal["valid", "untrusted", "modified", "invalid", "not_signed", "unreadable"]


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
        return Verification("unreadable", f"cannot read the file: {why(exc)}")
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
            return Verification("modified", f"the file is truncated ({short(exc)})")
        if looks_signed:
            return Verification("modified", f"the signed file is damaged ({short(exc)})")
        return Verification("unreadable", f"the PDF cannot be read ({short(exc)})")


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
        return Verification("invalid", f"the signature is broken: {short(exc)}")


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
        "signer": subject_text(signer_cert),
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
        return short(exc)
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
