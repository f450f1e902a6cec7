"""PyInstaller entry script for the `ringcard` bundle (see build_installer.spec).

Kept outside ``app/`` so that PyInstaller, which puts the entry script's
folder on its search path, does not see ``app``'s modules as top-level ones.
"""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    # a big import parses in a second process started as this executable ("spawn")
    multiprocessing.freeze_support()
    sys.exit(main())
