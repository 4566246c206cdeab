"""CLI commands (see docs/ARCHITECTURE.md for who owns which)."""
from __future__ import annotations

from edugraph.cli import cli  # noqa: F401
