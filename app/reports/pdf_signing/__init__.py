"""The cryptographic seal on a finished report: PAdES B-B with this installation's key.

The handwriting, printed names and times are drawn in the page content (the preview
renders page content only, no signature widgets); the seal is an invisible signature
field over the whole file, so any byte changed afterwards is detected — by
`verify_pdf` here and by any PAdES validator such as poppler's `pdfsig`.

One module per job: `identity` (the device key and certificate in `DATA_DIR/keys/`,
made once, certified by the server at the first sync), `sealing` (`sign_pdf`) and
`verification` (`verify_pdf`); whom a seal is traced to is app/reports/pdf_trust.py's
part. The names below are the package's interface, so callers need not know the split.
"""

from app.reports.pdf_signing.identity import (
    CERT_FILE,
    CHAIN_FILE,
    KEY_FILE,
    DeviceIdentity,
    DeviceIdentityError,
    device_identity,
    existing_certificate,
    keys_dir,
)
from app.reports.pdf_signing.sealing import FIELD_NAME, SigningError, sign_pdf
from app.reports.pdf_signing.verification import Status, Verification, verify_pdf

__all__ = [
    "CERT_FILE",
    "CHAIN_FILE",
    "FIELD_NAME",
    "KEY_FILE",
    "DeviceIdentity",
    "DeviceIdentityError",
    "SigningError",
    "Status",
    "Verification",
    "device_identity",
    "existing_certificate",
    "keys_dir",
    "sign_pdf",
    "verify_pdf",
]
