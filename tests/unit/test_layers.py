"""The layers: models and services never import Qt."""

import subprocess
import sys


def test_models_and_services_do_not_import_qt() -> None:
    code = (
        "import sys, app.models, app.services, app.services.search, app.services.demo_data, "
        "app.services.activities, app.services.contact_list, app.db, app.config\n"
        "import pkgutil, importlib, app.services as s\n"
        "for m in pkgutil.iter_modules(s.__path__): importlib.import_module('app.services.' + m.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, f"Qt imported by the service layer: {proc.stdout}{proc.stderr}"
