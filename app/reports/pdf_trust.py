"""Whom a report's seal can be traced to: the keys this installation trusts.

An intact seal says only that nothing changed since someone signed; anyone can make a
self-signed certificate that copies a device's name. So a report counts as trusted only
when its signer's certificate chains to the company root this installation holds (the
sync server's CA, brought by the first sync, or given as `verify-report --root`), is
within its validity and not on the company's revocation list — or when it was signed
with this laptop's own key.

The chain, validity and revocation checks are pyhanko-certvalidator's; this module
gathers the anchors from the keys folder and words the verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.x509 import Certificate, CertificateRevocationList

ROOT_FILE = "company-root.pem"  # the company root, written at certification
CRL_FILE = "company-crl.pem"  # the company's revocation list, fetched at each sync

# Why an intact report's signer is not trusted; verify-report prints these as they are.
SELF_SIGNED = "self-signed"
UNKNOWN_ROOT = "unknown root"
EXPIRED = "expired"
NOT_YET_VALID = "not yet valid"
REVOKED = "revoked"
REVOCATION_UNKNOWN = "revocation unknown"
INVALID_CERTIFICATE = "invalid certificate"


@dataclass(frozen=True)
class TrustAnchors:
    """What a report's signer may be traced to."""

    roots: tuple[Certificate, ...] = ()
    own: Certificate | None = None  # this installation's certificate: its key is trusted
    crls: tuple[CertificateRevocationList, ...] = field(default=())


@dataclass(frozen=True)
class Trust:
    """The verdict on the signer: `problem` empty when trusted, `note` in words."""

    problem: str
    note: str
    chains_to_root: bool = False


def load_crl(path: Path) -> CertificateRevocationList:
    """A CRL file, PEM or DER; ValueError or OSError when it is not one."""
    from cryptography import x509

    data = Path(path).read_bytes()
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_crl(data)
    return x509.load_der_x509_crl(data)


def is_fresh(crl: CertificateRevocationList, now: datetime | None = None) -> bool:
    """Within its announced life: a stale list cannot vouch that nothing was revoked."""
    moment = now or datetime.now(UTC)
    after = crl.next_update_utc
    return crl.last_update_utc <= moment and (after is None or moment < after)


def issued_by(crl: CertificateRevocationList, roots: tuple[Certificate, ...]) -> bool:
    """Signed by one of the roots (the company's keys are ECDSA; RSA is accepted too)."""
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    for root in roots:
        key = root.public_key()
        if not isinstance(key, ec.EllipticCurvePublicKey | rsa.RSAPublicKey):
            continue
        if crl.issuer == root.subject and crl.is_signature_valid(key):
            return True
    return False


def installation_anchors(keys_dir: Path, own: Certificate | None) -> TrustAnchors:
    """The company root in the keys folder, this installation's certificate, and the
    company's revocation list when the copy there is fresh and signed by that root."""
    from cryptography import x509

    roots: tuple[Certificate, ...] = ()
    try:
        roots = tuple(x509.load_pem_x509_certificates((keys_dir / ROOT_FILE).read_bytes()))
    except (OSError, ValueError):
        pass
    crls: tuple[CertificateRevocationList, ...] = ()
    try:
        crl = load_crl(keys_dir / CRL_FILE)
        if is_fresh(crl) and issued_by(crl, roots):
            crls = (crl,)
    except (OSError, ValueError):
        pass
    return TrustAnchors(roots, own, crls)


def validation_context(anchors: TrustAnchors, embedded: Any) -> Any:
    """pyhanko-certvalidator's context: only the company roots are trusted (never the
    system's TLS list), nothing is fetched, and when a revocation list is at hand the
    signer must be checked against it (soft-fail would skip certificates that name no
    distribution point, as ours do)."""
    from asn1crypto import crl as asn1_crl
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.policy_decl import (
        CertRevTrustPolicy,
        RevocationCheckingPolicy,
        RevocationCheckingRule,
    )

    rule = RevocationCheckingRule.CRL_REQUIRED if anchors.crls else RevocationCheckingRule.NO_CHECK
    return ValidationContext(
        trust_roots=[
            asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in anchors.roots
        ],
        other_certs=embedded.other_embedded_certs,
        allow_fetching=False,  # offline first: no OCSP, no CRL downloads
        crls=[asn1_crl.CertificateList.load(c.public_bytes(Encoding.DER)) for c in anchors.crls],
        revinfo_policy=CertRevTrustPolicy(RevocationCheckingPolicy(rule, rule)),
    )


def judge_signer(signer: Certificate, status: Any, anchors: TrustAnchors) -> Trust:
    """Trusted when pyHanko found a valid path to a company root, or the key is this
    installation's own; else the first reason that applies."""
    from pyhanko.sign.ades.report import AdESIndeterminate

    if status.trusted:
        root = anchors.roots[0].subject.rfc4514_string() if len(anchors.roots) == 1 else ""
        to = f" ({root})" if root else ""
        return Trust("", f"the signer's certificate chains to the company root{to}", True)
    indication = status.trust_problem_indic
    if status.revoked or indication in (
        AdESIndeterminate.REVOKED_NO_POE,
        AdESIndeterminate.REVOKED_CA_NO_POE,
    ):
        return Trust(REVOKED, _revoked_note(signer, anchors))
    if anchors.own is not None and anchors.own.public_key() == signer.public_key():
        return Trust("", "signed with this installation's own key")
    if _self_signed(signer):
        return Trust(
            SELF_SIGNED,
            "the file is intact, but the signer's certificate is self-signed: anyone can "
            "make one under any name, and it is not this installation's key",
        )
    now = datetime.now(UTC)
    valid = f"{signer.not_valid_before_utc:%Y-%m-%d} to {signer.not_valid_after_utc:%Y-%m-%d}"
    if now > signer.not_valid_after_utc:
        return Trust(
            EXPIRED,
            f"the file is intact, but the signer's certificate expired on "
            f"{signer.not_valid_after_utc:%Y-%m-%d} (it is valid {valid})",
        )
    if now < signer.not_valid_before_utc:
        return Trust(
            NOT_YET_VALID,
            f"the file is intact, but the signer's certificate is not valid yet ({valid})",
        )
    if indication == AdESIndeterminate.TRY_LATER:
        return Trust(
            REVOCATION_UNKNOWN,
            "the file is intact, but the revocation list at hand is out of date, so it "
            "cannot say whether the signer's certificate was revoked",
        )
    if any(_issued(signer, root) for root in anchors.roots):  # ours, yet refused
        name = getattr(indication, "name", "") or "not trusted"
        return Trust(
            INVALID_CERTIFICATE,
            f"the file is intact, but the company root's certificate for the signer is "
            f"not accepted ({name})",
        )
    issuer = signer.issuer.rfc4514_string()
    if any(signer.issuer == root.subject for root in anchors.roots):
        return Trust(
            UNKNOWN_ROOT,
            f"the file is intact, but the signer's certificate names the company root "
            f"({issuer}) as its issuer, and that root did not sign it: another root "
            f"under the same name",
        )
    known = (
        "which is not the company root trusted here"
        if anchors.roots
        else "and no company root is known here to check it against"
    )
    return Trust(
        UNKNOWN_ROOT,
        f"the file is intact, but the signer's certificate was issued by {issuer}, {known}",
    )


def _revoked_note(signer: Certificate, anchors: TrustAnchors) -> str:
    from cryptography import x509

    for crl in anchors.crls:
        entry = crl.get_revoked_certificate_by_serial_number(signer.serial_number)
        if entry is None:
            continue
        why = ""
        try:
            reason = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason
            why = f" ({reason.name.replace('_', ' ')})"
        except x509.ExtensionNotFound:
            pass
        return (
            f"the file is intact, but the signer's certificate was revoked on "
            f"{entry.revocation_date_utc:%Y-%m-%d %H:%M} UTC{why}"
        )
    return "the file is intact, but the signer's certificate was revoked"


def _self_signed(certificate: Certificate) -> bool:
    return _issued(certificate, certificate)


def _issued(certificate: Certificate, issuer: Certificate) -> bool:
    """Signed by `issuer`'s key under its name (an intermediate is not ours to have)."""
    from cryptography.exceptions import InvalidSignature

    if certificate.issuer != issuer.subject:
        return False
    try:
        certificate.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True
