"""The ``ringcard`` command line: ``main`` parses the command and hands it to the
module that owns it (``alerts``, ``calls``, ``transfer`` for import and export).
What commands share (the progress bar, argument types, filters) is in ``common``.
"""

from app.cli.main import main

__all__ = ["main"]
