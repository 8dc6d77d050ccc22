"""The company CA: POST /ca/certify certifies a device's report-signing key; GET /ca/root
and GET /ca/crl hand out the root certificate and the revocation list to anyone, since
`verify-report --root CA.pem --crl FILE` must work on any computer."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from fastapi import APIRouter, HTTPException, Response

from sync.protocol import CertifyRequest, CertifyResponse
from sync.server import certificates
from sync.server.ca import CertifyError
from sync.server.deps import CurrentUser, Server

router = APIRouter(tags=["ca"])

PEM = "application/x-pem-file"


@router.post("/ca/certify", response_model=CertifyResponse)
def certify_route(body: CertifyRequest, server: Server, user: CurrentUser) -> CertifyResponse:
    try:
        leaf = certificates.issue(server, user, body.public_key_pem)
    except CertifyError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    except certificates.CertificateConflict as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
    pem = leaf.public_bytes(serialization.Encoding.PEM).decode("ascii")
    return CertifyResponse(certificate_pem=pem, chain_pem=[server.ca.root_pem])


@router.get("/ca/root", response_class=Response, responses={200: {"content": {PEM: {}}}})
def root_route(server: Server) -> Response:
    """The company root certificate (PEM), for `verify-report --root`."""
    return Response(
        server.ca.root_pem,
        media_type=PEM,
        headers={"Content-Disposition": 'attachment; filename="beamside-root.pem"'},
    )


@router.get("/ca/crl", response_class=Response, responses={200: {"content": {PEM: {}}}})
def crl_route(server: Server) -> Response:
    """The company's certificate revocation list (PEM), valid for a week."""
    crl = certificates.revocation_list(server)
    return Response(
        crl.public_bytes(serialization.Encoding.PEM),
        media_type=PEM,
        headers={
            "Content-Disposition": 'attachment; filename="beamside.crl"',
            "Cache-Control": "no-store",
        },
    )
