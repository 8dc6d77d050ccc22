"""TLS: the server serves HTTPS itself with --certfile/--keyfile, and off loopback it
refuses plain HTTP unless an operator says a TLS proxy is in front (issue 15)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.services.store import Store
from sync.client.round import SyncClient, SyncError
from sync.server.cli import main
from tests.sync_live import PASSWORD, free_port

ROOT = Path(__file__).resolve().parent.parent


def _server(*args: str, log: Path | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    out = log.open("wb") if log else subprocess.PIPE
    return subprocess.Popen(
        [sys.executable, "-m", "sync.server", *args],
        cwd=ROOT,
        env=env,
        stdout=out,
        stderr=subprocess.STDOUT if log else subprocess.PIPE,
    )


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1, as `openssl req -x509` in docs/server.md makes."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "beamside-test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    certfile, keyfile = folder / "server.crt", folder / "server.key"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return certfile, keyfile


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "beamside.lan"])
def test_plain_http_off_loopback_is_refused(tmp_path: Path, host: str) -> None:
    process = _server("--data-dir", str(tmp_path / "srv"), "--host", host)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    message = err.decode()
    assert message.startswith(f"refused: {host} is reachable from other machines")
    assert "--certfile and --keyfile" in message and "--behind-tls-proxy" in message
    assert not (tmp_path / "srv").exists()  # refused before anything was made


def test_missing_certificate_file_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "nope.crt"
    process = _server("--data-dir", str(tmp_path), "--host", "0.0.0.0", "--certfile", str(missing))
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert err.decode().strip() == f"refused: no file {missing}"


def _wait_for(
    url: str, process: subprocess.Popen[bytes], log: Path, **kw: object
) -> httpx.Response:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text(errors="replace")
        try:
            return httpx.get(url, timeout=2, **kw)  # type: ignore[arg-type]
        except httpx.ConnectError:
            time.sleep(0.1)
    raise AssertionError(f"no answer from {url}:\n{log.read_text(errors='replace')}")


def test_the_server_serves_https_with_its_own_certificate(tmp_path: Path) -> None:
    certfile, keyfile = _self_signed(tmp_path)
    port = free_port()
    log = tmp_path / "server.log"
    process = _server(
        "--data-dir", str(tmp_path / "srv"), "--host", "0.0.0.0", "--port", str(port),
        "--certfile", str(certfile), "--keyfile", str(keyfile), log=log,
    )  # fmt: skip
    try:
        answer = _wait_for(
            f"https://127.0.0.1:{port}/health",
            process,
            log,
            verify=ssl.create_default_context(cafile=certfile),
        )
        assert answer.status_code == 200 and answer.json()["status"] == "ok"
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            httpx.get(f"https://127.0.0.1:{port}/health", timeout=5)  # not trusted by default
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)  # no plain HTTP
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_behind_a_tls_proxy_plain_http_is_allowed(tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "server.log"
    process = _server(
        "--data-dir", str(tmp_path / "srv"), "--host", "0.0.0.0", "--port", str(port),
        "--behind-tls-proxy", log=log,
    )  # fmt: skip
    try:
        answer = _wait_for(f"http://127.0.0.1:{port}/health", process, log)
        assert answer.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_a_laptop_trusting_the_certificate_logs_in_over_https(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/server.md step A.3: SSL_CERT_FILE names the server's certificate."""
    certfile, keyfile = _self_signed(tmp_path)
    data = tmp_path / "srv"
    assert main(["create-user", "--data-dir", str(data), "--name", "li.na",
                 "--password", PASSWORD, "--role", "engineer"]) == 0  # fmt: skip
    port = free_port()
    log = tmp_path / "server.log"
    process = _server(
        "--data-dir", str(data), "--host", "0.0.0.0", "--port", str(port),
        "--certfile", str(certfile), "--keyfile", str(keyfile), log=log,
    )  # fmt: skip
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    url = f"https://127.0.0.1:{port}"
    try:
        trusted = ssl.create_default_context(cafile=certfile)
        assert _wait_for(f"{url}/health", process, log, verify=trusted).status_code == 200
        untrusted = SyncClient(store, url, "li.na", timeout=30)
        with pytest.raises(SyncError) as refused:
            untrusted.login(PASSWORD)
        assert refused.value.kind == "unreachable" and "CERTIFICATE_VERIFY_FAILED" in str(
            refused.value
        )
        monkeypatch.setenv("SSL_CERT_FILE", str(certfile))
        client = SyncClient(store, url, "li.na", timeout=30)
        assert client.login(PASSWORD).user == "li.na"
        client.http.close()
        untrusted.http.close()
    finally:
        process.terminate()
        process.wait(timeout=20)
