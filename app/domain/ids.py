"""UUIDv7 record ids, made on the laptop so an offline record has its final id at once.

Python gains `uuid.uuid7` only in 3.14; this follows RFC 9562 §5.7 with the
optional monotonic counter (§6.2 method 1) so ids made in one millisecond still sort.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7(unix_ms: int | None = None, rand: bytes | None = None) -> str:
    """A new UUIDv7 as a string. `unix_ms` and `rand` make it deterministic (demo data)."""
    global _last_ms, _counter
    if unix_ms is None:
        with _lock:
            ms = time.time_ns() // 1_000_000
            if ms <= _last_ms:
                _counter += 1
                if _counter > 0xFFF:  # counter overflow: borrow the next millisecond
                    _last_ms += 1
                    _counter = 0
                ms = _last_ms
            else:
                _last_ms = ms
                _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
            seq = _counter
    else:
        ms = unix_ms
        seq = int.from_bytes((rand or os.urandom(10))[:2], "big") & 0xFFF
    tail = int.from_bytes((rand or os.urandom(10))[2:10].rjust(8, b"\0"), "big")
    value = (ms & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76  # version
    value |= seq << 64
    value |= 0b10 << 62  # variant
    value |= tail & ((1 << 62) - 1)
    # str(uuid.UUID(int=value)), without the object: a plan's save makes ~40,000 ids
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uuid7_time_ms(value: str) -> int:
    """The Unix millisecond timestamp carried by a UUIDv7."""
    return uuid.UUID(value).int >> 80
