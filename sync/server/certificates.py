"""Which report-signing certificate each device holds, and which were revoked.

One live certificate per device: a request with the key already certified for it gets
that certificate again; a new key replaces it, and the old one goes on the revocation
list ("superseded"), so no user can collect certificates for keys of their choosing.
A key certified for one device is refused for another. When a device is revoked
(`beamside-server revoke-device`), every certificate it held is on the list too
("cessation of operation"), from the moment of revocation.

The CRL is made afresh on each request (signing one takes well under a millisecond);
its number is the issue time in milliseconds, which only grows.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import or_, select

from sync.server.ca import CertifiableKey, CertifyError, Revoked, certifiable_key
from sync.server.deps import ServerState
from sync.server.models import Device, DeviceCertificate
from sync.server.principal import Principal

SUPERSEDED = x509.ReasonFlags.superseded
DEVICE_REVOKED = x509.ReasonFlags.cessation_of_operation


class CertificateConflict(Exception):
    """The key is certified for another device."""


def issue(server: ServerState, user: Principal, public_key_pem: str) -> x509.Certificate:
    """The device's one live certificate for this key, issued if need be."""
    public = certifiable_key(public_key_pem)
    key_sha256 = _key_sha256(public)
    with server.db.session() as session:
        # Locks the device row (PostgreSQL), so two requests at once leave one live
        # certificate; SQLite's write transactions are serial anyway.
        device = session.get(Device, user.device_id, with_for_update=True)
        if device is None or device.revoked_at is not None:
            raise CertifyError("this device is revoked")
        live = session.scalars(
            select(DeviceCertificate).where(
                DeviceCertificate.key_sha256 == key_sha256,
                DeviceCertificate.revoked_at.is_(None),
            )
        ).all()
        if any(c.device_id != user.device_id for c in live):
            raise CertificateConflict("this key is certified for another device")
        for held in live:
            if held.user_name == user.user_name:
                return x509.load_pem_x509_certificate(held.certificate_pem.encode("ascii"))
        now = datetime.now(UTC)
        for previous in session.scalars(
            select(DeviceCertificate).where(
                DeviceCertificate.device_id == user.device_id,
                DeviceCertificate.revoked_at.is_(None),
            )
        ):
            previous.revoked_at = now
            previous.revocation_reason = SUPERSEDED.value
        certificate = server.ca.certify(public, user.device_id, user.user_name)
        session.add(
            DeviceCertificate(
                serial=f"{certificate.serial_number:x}",
                device_id=user.device_id,
                user_name=user.user_name,
                key_sha256=key_sha256,
                certificate_pem=certificate.public_bytes(serialization.Encoding.PEM).decode(),
                issued_at=now,
                not_after=certificate.not_valid_after_utc,
            )
        )
    return certificate


def revocation_list(server: ServerState) -> x509.CertificateRevocationList:
    """Certificates replaced by a newer one, and every one of a revoked device."""
    with server.db.reading() as session:
        rows = session.execute(
            select(DeviceCertificate, Device.revoked_at)
            .join(Device, Device.device_id == DeviceCertificate.device_id)
            .where(or_(DeviceCertificate.revoked_at.isnot(None), Device.revoked_at.isnot(None)))
            .order_by(DeviceCertificate.serial)
        ).all()
    entries = []
    for certificate, device_revoked_at in rows:
        replaced = certificate.revoked_at
        if replaced is not None and (device_revoked_at is None or replaced <= device_revoked_at):
            entries.append(Revoked(int(certificate.serial, 16), replaced, SUPERSEDED))
        else:
            entries.append(Revoked(int(certificate.serial, 16), device_revoked_at, DEVICE_REVOKED))
    number = int(datetime.now(UTC).timestamp() * 1000)
    return server.ca.revocation_list(entries, number)


def _key_sha256(public: CertifiableKey) -> str:
    der = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()
