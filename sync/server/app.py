"""create_app(settings): the FastAPI application, its state, routes and guards."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from sync.protocol import MIN_CLIENT_PROTOCOL, PROTOCOL_VERSION, VersionInfo
from sync.server import (
    SERVER_VERSION,
    errors,
    routes_audit,
    routes_auth,
    routes_blobs,
    routes_ca,
    routes_kpis,
    routes_office,
    routes_sync,
)
from sync.server.auth import Passwords
from sync.server.blobs import BlobStorage, BlobStore
from sync.server.blobs_db import DatabaseBlobStore
from sync.server.ca import CertificateAuthority
from sync.server.db import Database, current_revision, migrate, private_folder
from sync.server.deps import Server, ServerState, utcnow
from sync.server.middleware import DOCS_PATHS, OPEN_PATHS, GuardMiddleware
from sync.server.operations import database_problem
from sync.server.routes_blobs import sweep_stale_uploads
from sync.server.settings import DATABASE_BLOBS, Settings
from sync.server.throttle import Throttle
from sync.server.tokens import TOKEN_HEADER

log = logging.getLogger("sync.server")
SWEEP_EVERY_SECONDS = 3600


class Health(BaseModel):
    """/health: "ok", or "unavailable" (503) with why, for a load balancer or a person."""

    status: str
    database: str
    reason: str | None = None


async def _sweep_uploads(state: ServerState) -> None:
    """Removes abandoned uploads now and every hour while the server runs."""
    while True:
        try:
            removed = await run_in_threadpool(sweep_stale_uploads, state, utcnow())
            if removed:
                log.info("removed %d abandoned upload(s)", len(removed))
        except Exception:
            log.exception("sweeping abandoned uploads failed")
        await asyncio.sleep(SWEEP_EVERY_SECONDS)


def _blob_storage(settings: Settings, db: Database) -> BlobStorage:
    if settings.blob_storage == DATABASE_BLOBS:
        return DatabaseBlobStore(db)
    return BlobStore(settings.blobs_dir)


def create_app(settings: Settings) -> FastAPI:
    """Opens (and migrates) the database, makes the CA root on first start, and wires
    the routes. Nothing here listens on a port: cli.py hands the app to uvicorn."""
    private_folder(settings.data_dir)
    db = Database(settings)
    if settings.migrate_on_start:
        migrate(db)
    ca = CertificateAuthority(settings.ca_dir)
    ca.ensure()
    state = ServerState(
        settings=settings,
        db=db,
        passwords=Passwords(settings.password_cost, settings.hash_workers, settings.hash_queue),
        schema=current_revision(db) or "",
        ca=ca,
        blobs=_blob_storage(settings, db),
        throttle=Throttle(db, settings.login_throttle),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        sweeper = asyncio.create_task(_sweep_uploads(state))
        yield
        sweeper.cancel()
        with suppress(asyncio.CancelledError):
            await sweeper
        db.dispose()

    docs = settings.api_docs  # off unless enabled: they map every route for a prober
    app = FastAPI(
        title="Beamside sync server",
        version=SERVER_VERSION,
        lifespan=lifespan,
        openapi_url="/openapi.json" if docs else None,
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
        responses=errors.COMMON_ERRORS,
    )
    app.state.server = state
    errors.install(app)
    for module in (
        routes_auth,
        routes_sync,
        routes_audit,
        routes_blobs,
        routes_ca,
        routes_office,
        routes_kpis,
    ):
        app.include_router(module.router)

    @app.get(
        "/health",
        tags=["meta"],
        response_model=Health,
        responses={503: {"model": Health, "description": "the database does not answer"}},
    )
    def health(server: Server) -> Health | JSONResponse:
        problem = database_problem(server.db)
        if problem is None:
            return Health(status="ok", database="ok")
        down = Health(status="unavailable", database="unavailable", reason=problem)
        return JSONResponse(status_code=503, content=down.model_dump())

    @app.get("/version", response_model=VersionInfo, tags=["meta"])
    def version(server: Server) -> VersionInfo:
        return VersionInfo(
            server=SERVER_VERSION,
            protocol=PROTOCOL_VERSION,
            min_client_protocol=MIN_CLIENT_PROTOCOL,
            schema_version=server.schema,
        )

    @app.middleware("http")
    async def send_rotated_token(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        """Whatever the route returns (JSON, a file), a token rotated by this request
        goes back with it (tokens.py)."""
        response = await call_next(request)
        new_token = getattr(request.state, "new_token", None)
        if new_token:
            response.headers[TOKEN_HEADER] = new_token
        return response

    app.add_middleware(
        GuardMiddleware,
        max_json_bytes=settings.max_json_bytes,
        max_chunk_bytes=settings.max_chunk_bytes,
        db=db,
        open_paths=OPEN_PATHS | DOCS_PATHS if docs else OPEN_PATHS,
        settings=settings,
    )
    return app
