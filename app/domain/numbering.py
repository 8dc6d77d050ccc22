"""Human work-order and certificate numbers that two offline laptops can never both issue.

A number is `<series>-<year>-<device prefix>-<sequence>`: `WO-…` for work orders,
`CERT-…` for training certificates. The prefix belongs to one installation (made at
first start, later certified by the sync server), so two laptops counting offline
produce disjoint numbers.
"""

from __future__ import annotations

import re
import secrets

# Crockford base32 without I, L, O, U: readable aloud over a phone line.
PREFIX_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX_LENGTH = 4
WORK_ORDER = "WO"
CERTIFICATE = "CERT"  # a training certificate, one per trainee
_NUMBER_RE = re.compile(r"^([A-Z]{2,4})-(\d{4})-([0-9A-Z]{2,6})-(\d{5,})$")


def new_device_prefix() -> str:
    return "".join(secrets.choice(PREFIX_ALPHABET) for _ in range(PREFIX_LENGTH))


def format_number(year: int, prefix: str, sequence: int, series: str = WORK_ORDER) -> str:
    return f"{series}-{year:04d}-{prefix}-{sequence:05d}"


def parse_number(number: str, series: str = WORK_ORDER) -> tuple[int, str, int] | None:
    """(year, prefix, sequence), or None when `number` is not a number of `series`."""
    match = _NUMBER_RE.match(number)
    if not match or match[1] != series:
        return None
    return int(match[2]), match[3], int(match[4])


def next_number(
    year: int, prefix: str, highest_issued: str | None, series: str = WORK_ORDER
) -> str:
    """The number after `highest_issued` (this device's highest number of that year)."""
    sequence = 1
    if highest_issued:
        parsed = parse_number(highest_issued, series)
        if parsed and parsed[0] == year and parsed[1] == prefix:
            sequence = parsed[2] + 1
    return format_number(year, prefix, sequence, series)
