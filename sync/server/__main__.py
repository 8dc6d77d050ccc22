"""`python -m sync.server` (see cli.py)."""

import sys

from sync.server.cli import main

sys.exit(main())
