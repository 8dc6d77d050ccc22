"""Having the server certify this laptop's report-signing key, so every report chains to
the company's root whichever laptop signed it.

Until the first sync a laptop signs with its self-signed certificate (reports stay
verifiable offline); afterwards the same key carries a certificate issued by the
server's CA, the issuing chain is embedded in each signature, and the company root is
kept beside the key so `verify-report` can say a report chains to it. Every sync also
brings the company's revocation list (`refresh_crl`), so a report signed by a revoked
or replaced certificate is not trusted here either.
"""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.durable import write_atomically
from app.reports.pdf_signing import (
    CERT_FILE,
    CHAIN_FILE,
    device_identity,
    keys_dir,
)
from app.reports.pdf_trust import CRL_FILE, ROOT_FILE, issued_by, load_crl
from sync.protocol import CertifyRequest, CertifyResponse


def company_root(data_dir: Path) -> x509.Certificate | None:
    """The company's root certificate, once a sync has brought it."""
    try:
        return x509.load_pem_x509_certificate((keys_dir(data_dir) / ROOT_FILE).read_bytes())
    except (OSError, ValueError):
        return None


def certify(data_dir: Path, request: object) -> bool:
    """Asks the server for this device's certificate; True when a new one was stored.

    Asked at every sync: the server answers the same certificate for the same key, so
    this only writes when the server issued one anew — the first time, after the device
    changed hands, or for a certificate from before the server named them itself.
    `request(method, path, json=…)` is the sync client's authenticated request."""
    identity = device_identity(data_dir)
    public = identity.key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    body = CertifyRequest(public_key_pem=public.decode("ascii"))
    response = request("POST", "/ca/certify", json=body.model_dump())  # type: ignore[operator]
    answer = CertifyResponse.model_validate(response.json())
    certificate = x509.load_pem_x509_certificate(answer.certificate_pem.encode("ascii"))
    if certificate.public_key() != identity.key.public_key():
        raise ValueError("the server certified another key than this laptop's")
    chain = [x509.load_pem_x509_certificate(pem.encode("ascii")) for pem in answer.chain_pem]
    if not chain:
        raise ValueError("the server sent a certificate without its issuing chain")
    held = company_root(data_dir)
    if held is not None and chain[-1] != held:  # the root is trusted on first use only
        raise ValueError("the server's root is not the company root this laptop holds")
    if certificate == identity.certificate and tuple(chain) == identity.chain:
        return False
    folder = keys_dir(data_dir)
    pem = serialization.Encoding.PEM
    # Chain and root first: a certificate is only used with its chain beside it.
    write_atomically(folder / CHAIN_FILE, b"".join(c.public_bytes(pem) for c in chain))
    write_atomically(folder / ROOT_FILE, chain[-1].public_bytes(pem))
    write_atomically(folder / CERT_FILE, certificate.public_bytes(pem))
    return True


def refresh_crl(data_dir: Path, request: object) -> bool:
    """Fetches the company's revocation list and keeps it beside the root; True when a
    newer one was stored. A list not signed by the root held here is refused
    (ValueError); without a root (not certified yet) there is nothing to check."""
    root = company_root(data_dir)
    if root is None:
        return False
    response = request("GET", "/ca/crl")  # type: ignore[operator]
    try:
        crl = x509.load_pem_x509_crl(response.content)
    except ValueError as exc:
        raise ValueError(f"the server's revocation list cannot be read: {exc}") from exc
    if not issued_by(crl, (root,)):
        raise ValueError("the server's revocation list is not signed by the company root")
    path = keys_dir(data_dir) / CRL_FILE
    try:
        if load_crl(path).last_update_utc > crl.last_update_utc:
            return False  # never go back to an older list
    except (OSError, ValueError):
        pass
    write_atomically(path, crl.public_bytes(serialization.Encoding.PEM))
    return True
