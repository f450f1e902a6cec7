"""The first-run wizard (wizard.py) and switching the window to another
database, such as the demo office (switching.py)."""

from app.views.first_run.wizard import FirstRunWizard, mark_first_run_done

__all__ = ["FirstRunWizard", "mark_first_run_done"]
