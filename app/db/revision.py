"""Developer tool: `python -m app.db.revision "message"` autogenerates the next migration.

Revision ids are sequential (`0002`, `0003` …) because start-up reads them from the
file names to decide, without importing Alembic, whether anything needs migrating.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config

from app.db.engine import make_engine
from app.db.schema import MIGRATIONS_DIR, known_revisions, upgrade


def main(message: str) -> None:
    revisions = known_revisions() if any((MIGRATIONS_DIR / "versions").glob("[0-9]*.py")) else []
    next_id = f"{len(revisions) + 1:04d}"
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "head.db")
        if revisions:
            upgrade(engine)
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=next_id)


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "change")
