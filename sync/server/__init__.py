"""The sync server: one place in the service office that every laptop syncs with.

FastAPI on SQLite (a data folder) or PostgreSQL; docs/sync.md has the design and
docs/server.md how to run it. Modules are small and say what they hold: settings,
db/models/migrations, auth, the push rules and engine, pull, blobs, audit anchoring,
the certificate authority, routes per resource, and the admin command line.
"""

SERVER_VERSION = "0.1.0"
