"""The house rules a reader relies on: models and services never import Qt; no
module reaches into another's private names; no module grows past 600 lines;
every service package says what it owns; only the product ships in ``app/``."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
MAX_LINES = 600


def _modules(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*.py")
                  if "migrations/versions" not in p.as_posix())


def test_models_and_services_do_not_import_qt() -> None:
    code = (
        "import sys, importlib, pkgutil, app.models, app.services, app.db, app.config\n"
        "for pkg in (app.models, app.services):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, f"Qt imported by the service layer: {proc.stdout}{proc.stderr}"


def _is_module(dotted: str) -> bool:
    where = ROOT.joinpath(*dotted.split("."))
    return where.with_suffix(".py").exists() or (where / "__init__.py").exists()


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_no_module_imports_a_private_name_from_another() -> None:
    """Neither ``from m import _x`` nor ``import m`` then ``m._x``."""
    offenders = []
    for path in _modules(APP, ROOT / "tools"):
        tree = ast.parse(path.read_text(), str(path))
        modules: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(("app", "tools")):
                for alias in node.names:
                    if _private(alias.name):
                        offenders.append(f"{path.relative_to(ROOT)}: {node.module}.{alias.name}")
                    elif _is_module(f"{node.module}.{alias.name}"):
                        modules.add(alias.asname or alias.name)
            elif isinstance(node, ast.Import):
                modules.update(a.asname for a in node.names if a.asname and a.name.startswith("app"))
        offenders += [f"{path.relative_to(ROOT)}:{node.lineno}: {node.value.id}.{node.attr}"
                      for node in ast.walk(tree) if isinstance(node, ast.Attribute)
                      and isinstance(node.value, ast.Name) and node.value.id in modules
                      and _private(node.attr)]
    assert offenders == []


def test_no_module_over_600_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for p in _modules(APP, ROOT / "tools", ROOT / "bench")
            if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert long == {}


def test_every_service_package_says_what_it_owns() -> None:
    packages = [p for p in (APP / "services").iterdir() if (p / "__init__.py").exists()]
    assert len(packages) >= 8
    silent = [p.name for p in packages if not ast.get_docstring(ast.parse((p / "__init__.py").read_text()))]
    assert silent == []
    flat = sorted(p.stem for p in (APP / "services").glob("*.py") if p.stem != "__init__")
    # the few modules every package uses stay at the top; everything else lives in a package
    assert set(flat) <= {"audit", "changes", "context", "dto", "policy", "validation"}, flat


def test_app_does_not_ship_screenshot_tools() -> None:
    shipped = [str(p.relative_to(ROOT)) for p in _modules(APP)
               if "shot" in p.name or "sample" in p.name
               or any(isinstance(n, ast.ImportFrom) and (n.module or "").startswith("tools")
                      for n in ast.walk(ast.parse(p.read_text())))]
    assert shipped == []


SCREENS = ("card", "helpdesk", "home", "popup", "reminders", "import_wizard", "calls")


def test_screens_do_not_import_each_other() -> None:
    """What two screens share lives in app/views/widgets (or dialogs), not in one of them."""
    crossing = []
    for screen in SCREENS:
        for path in _modules(APP / "views" / screen):
            tree = ast.parse(path.read_text())
            typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                           and isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING"
                           for n in ast.walk(block)}
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module and id(node) not in typing_only:
                    parts = node.module.split(".")
                    if parts[:2] == ["app", "views"] and len(parts) > 2 and parts[2] in SCREENS \
                            and parts[2] != screen:
                        crossing.append(f"{path.relative_to(ROOT)}: {node.module}")
    assert crossing == []
