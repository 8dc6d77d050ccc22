"""POST /ca/certify: the company root certifies a device's report-signing key."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from sync.protocol import CertifyRequest, CertifyResponse
from sync.server.ca import CertifyError
from sync.server.deps import CurrentUser, Server

router = APIRouter(tags=["ca"])


@router.post("/ca/certify", response_model=CertifyResponse)
def certify_route(body: CertifyRequest, server: Server, user: CurrentUser) -> CertifyResponse:
    try:
        leaf = server.ca.certify(
            body.public_key_pem, user.device_name or user.device_id, user.user_name
        )
    except CertifyError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return CertifyResponse(certificate_pem=leaf, chain_pem=[server.ca.root_pem])
