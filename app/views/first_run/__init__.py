"""The first-run wizard (wizard.py) and switching the window to another
database, such as the demo office (switching.py)."""

from app.views.first_run.wizard import FirstRunWizard, mark_done, needs_first_run

__all__ = ["FirstRunWizard", "mark_done", "needs_first_run"]
