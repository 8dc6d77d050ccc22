"""A login flood against a real server process (issue 21.6), with production argon2.

Starts `python -m sync.server` on loopback with a fresh data folder, logs one laptop
in, then measures:

(a) memory: the server's resident size before and at the peak of N concurrent wrong
    logins (default 32), each for its own account name (unknown names are checked
    against a dummy hash, so each costs one argon2 call);
(b) latency: the laptop's authenticated pulls (median, worst) alone, and while M
    clients (default 40) keep sending wrong logins.

    python benchmarks/login_flood.py [--logins 32] [--flood 40] [--seconds 10]

Run it from the tree whose server is to be measured (PYTHONPATH is that tree).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "amber kettle 42"


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


_protocol: list[int] = []  # the server's, from /version (benchmarks/sync.py shadows `sync`)


def _login(client: httpx.Client, user: str, password: str, device: str) -> httpx.Response:
    if not _protocol:
        _protocol.append(int(client.get("/version").json()["protocol"]))
    body = {"user": user, "password": password, "device_id": device, "protocol": _protocol[0]}
    return client.post("/auth/login", json=body, timeout=120)


def _pulls(client: httpx.Client, token: str, seconds: float) -> list[float]:
    times = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        start = time.perf_counter()
        answer = client.get("/sync/pull", headers={"Authorization": f"Bearer {token}"})
        times.append((time.perf_counter() - start) * 1000)
        assert answer.status_code == 200, answer.text
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--logins", type=int, default=32)
    parser.add_argument("--flood", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BEAMSIDE_PASSWORD": PASSWORD}
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "server"
        made = subprocess.run(
            [sys.executable, "-m", "sync.server", "create-user", "--data-dir", str(data),
             "--name", "li.na", "--role", "engineer"],
            env=env, capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
        assert made.returncode == 0, made.stderr
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "sync.server", "--data-dir", str(data), "--port", str(port)],
            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            url = f"http://127.0.0.1:{port}"
            with httpx.Client(base_url=url, timeout=120) as client:
                deadline = time.monotonic() + 30
                while True:
                    try:
                        if client.get("/health").status_code == 200:
                            break
                    except httpx.TransportError:
                        pass
                    assert time.monotonic() < deadline, "the server did not start"
                    time.sleep(0.1)
                token = _login(client, "li.na", PASSWORD, "bench-laptop").json()["token"]
                _pulls(client, token, 1)  # warm
                before = _rss_mib(server.pid)
                peak = before
                codes: list[int] = []

                def wrong(n: int) -> None:
                    with httpx.Client(base_url=url, timeout=120) as own:
                        answer = _login(own, f"nobody{n}", "wrong password", f"d{n}")
                        codes.append(answer.status_code)

                threads = [threading.Thread(target=wrong, args=(n,)) for n in range(args.logins)]
                for thread in threads:
                    thread.start()
                while any(t.is_alive() for t in threads):
                    peak = max(peak, _rss_mib(server.pid))
                    time.sleep(0.02)
                print(  # noqa: T201
                    f"(a) {args.logins} concurrent wrong logins: RSS {before:.0f} MiB before, "
                    f"peak {peak:.0f} MiB (+{peak - before:.0f}); answers "
                    f"{ {c: codes.count(c) for c in sorted(set(codes))} }"
                )
                quiet = _pulls(client, token, args.seconds)
                stop = threading.Event()

                def flood(n: int) -> None:
                    with httpx.Client(base_url=url, timeout=120) as own:
                        while not stop.is_set():
                            _login(own, f"flood{n}", "wrong password", f"f{n}")

                flooders = [threading.Thread(target=flood, args=(n,)) for n in range(args.flood)]
                for thread in flooders:
                    thread.start()
                loaded = _pulls(client, token, args.seconds)
                stop.set()
                for thread in flooders:
                    thread.join(120)
                flooded = f"during a {args.flood}-client flood"
                for name, times in (("alone", quiet), (flooded, loaded)):
                    print(  # noqa: T201
                        f"(b) pulls {name}: median {statistics.median(times):.1f} ms, "
                        f"worst {max(times):.0f} ms, {len(times)} pulls"
                    )
        finally:
            server.terminate()
            server.wait(30)


if __name__ == "__main__":
    main()
