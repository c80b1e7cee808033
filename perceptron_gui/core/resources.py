"""Where the app's data files are: resources/ inside the installed package, or beside it."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """resources/ inside the installed package (a wheel, a bundle), or beside it (a source checkout)."""
    package = Path(__file__).resolve().parents[1]
    inside = package / "resources"
    return inside if inside.is_dir() else package.parent / "resources"
