"""File › Import contacts…: the import wizard (see wizard.py)."""

from app.views.import_wizard.wizard import ImportWizard, open_import_wizard

__all__ = ["ImportWizard", "open_import_wizard"]
