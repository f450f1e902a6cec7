"""Translation catalogues: ``make translations`` (= ``python -m tools.translations``).

Every area of the app has one Qt Linguist file, ``translations/de/<area>.ts``;
``pyside6-lupdate`` reads the area's sources into it (``-no-obsolete``), then
``pyside6-lrelease`` compiles all areas into the one catalogue the app loads,
``resources/translations/ringcard_de.qm``.

    python -m tools.translations           update every area, compile the .qm
    python -m tools.translations --check   change nothing; exit 1 listing every
                                           message that is unfinished, missing
                                           from its .ts, or that lupdate cannot read

Two things lupdate 6.11's Python reader gets wrong are put right here:

- a plural (``translate(ctx, "%n call(s)", None, n)``) is only marked as one when
  the count is a literal number, so every message with ``%n`` is made a plural
  message after each update, and its German forms, which lupdate then drops, are
  put back from the file as it was before the update;
- a call whose count is not a plain name (``len(rows)``, ``self.count``) is
  skipped without a word: this tool reads the sources itself (``ast``) and names
  every literal message that is missing from its area's catalogue.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGE = "de"
TARGET_LANGUAGE = "de_DE"
PLURAL_FORMS = 2  # German: singular, plural
TS_DIR = ROOT / "translations" / LANGUAGE
QM_PATH = ROOT / "resources" / "translations" / f"ringcard_{LANGUAGE}.qm"
BIN_DIR = Path(sys.executable).parent

AREAS: dict[str, tuple[str, ...]] = {
    # owner A
    "dialogs": ("app/views/dialogs",),
    "helpdesk": ("app/views/helpdesk",),
    "import": ("app/views/import_wizard",),
    "widgets": ("app/views/widgets",),
    "main": ("app/views",),  # every file under app/views that no other area lists
    # owner B
    "card": ("app/views/card",),
    "popup": ("app/views/popup",),
    "lists": tuple(f"app/views/{name}.py" for name in (
        "contact_list_panel", "contact_list_model", "list_export", "search_elsewhere",
        "search_options", "buffer_view", "telephony_settings", "errors", "dialing",
        "card_host", "telephony_bridge", "telephony_runtime")),
    # owner C: the messages services hand to the screen (everything outside app/views)
    "services": ("app",),
}
"""Area -> the files and folders (relative to the repository) it holds. A file
belongs to the area that names it most closely (the longest matching path)."""

TRANSLATE_NAMES = ("translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3")
COUNT = re.compile(r"%L?n")
"""Where a message takes its count: it is a plural message then."""


# ---------------------------------------------------------------- areas

def area_of(relative: str) -> str | None:
    """The area a repository-relative source path belongs to (None: no area)."""
    best: tuple[int, str] | None = None
    for area, prefixes in AREAS.items():
        for prefix in prefixes:
            if relative == prefix or relative.startswith(prefix.rstrip("/") + "/"):
                if best is None or len(prefix) > best[0]:
                    best = (len(prefix), area)
    return best[1] if best else None


def area_files(root: Path = ROOT) -> dict[str, list[Path]]:
    """Every area's Python sources, sorted; each file in exactly one area."""
    files: dict[str, list[Path]] = {area: [] for area in AREAS}
    for path in sorted((root / "app").rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        area = area_of(path.relative_to(root).as_posix())
        if area is not None:
            files[area].append(path)
    return files


def ts_path(area: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{area}.ts"


# ---------------------------------------------------------------- catalogues

Key = tuple[str, str, str]
"""(context, source text, disambiguation comment)."""


@dataclass
class Message:
    key: Key
    forms: list[str]  # the translation, or its plural forms
    finished: bool
    plural: bool

    @property
    def context(self) -> str:
        return self.key[0]

    @property
    def source(self) -> str:
        return self.key[1]


def _key(context: str, message: ET.Element) -> Key:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def read_catalogue(path: Path) -> dict[Key, Message]:
    """The messages of one .ts file ({} when it does not exist yet)."""
    if not path.exists():
        return {}
    messages: dict[Key, Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.find("translation") is not None:
                read = read_message(name, message)
                messages[read.key] = read
    return messages


def is_complete(message: Message) -> bool:
    """Finished, with every form filled in (a plural needs German's two)."""
    if not message.finished or any(not form.strip() for form in message.forms):
        return False
    return len(message.forms) == (PLURAL_FORMS if message.plural else 1)


def repair(path: Path, before: dict[Key, Message]) -> None:
    """After lupdate: make every ``%n`` message a plural one, and give messages
    lupdate reset the translation they had (``before``). Only changed messages are
    touched, and the file keeps lupdate's layout (a plain lupdate run on it, as
    a translator may do, changes nothing else)."""
    tree = ET.parse(path)
    root = tree.getroot()
    changed = root.get("language") != TARGET_LANGUAGE
    root.set("language", TARGET_LANGUAGE)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.find("translation") is None:
                continue
            current = read_message(name, message)
            wanted = current
            old = before.get(current.key)
            if old is not None and is_complete(old) and not is_complete(current):
                wanted = Message(current.key, list(old.forms), True, old.plural)
            if COUNT.search(wanted.source) and not wanted.plural:
                first = wanted.forms[0] if wanted.forms and wanted.forms[0] else ""
                wanted = Message(wanted.key, [first] * PLURAL_FORMS, False, True)
            if wanted != current:
                write_message(message, wanted)
                changed = True
    if changed:
        write_catalogue(path, root)


def write_catalogue(path: Path, root: ET.Element) -> None:
    """Write ``root`` as lupdate does (empty elements open and closed, quotes as
    entities, locations self-closed)."""
    text = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    text = re.sub(r"<location([^>]*)></location>", r"<location\1/>", text)
    text = re.sub(r">([^<]*)<", lambda m: ">" + m.group(1).replace("'", "&apos;")
                  .replace('"', "&quot;") + "<", text)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                    encoding="utf-8")


def read_message(context: str, message: ET.Element) -> Message:
    translation = message.find("translation")
    assert translation is not None
    plural = message.get("numerus") == "yes"
    forms = ([form.text or "" for form in translation.iter("numerusform")]
             if plural else [translation.text or ""])
    finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
    return Message(_key(context, message), forms, finished, plural)


INDENT = "    "


def write_message(element: ET.Element, message: Message) -> None:
    """Set ``element``'s translation (and numerus flag) to ``message``'s."""
    translation = element.find("translation")
    assert translation is not None
    for child in list(translation):
        translation.remove(child)
    translation.attrib.clear()
    if message.plural:
        element.set("numerus", "yes")
        forms = (message.forms + [""] * PLURAL_FORMS)[:PLURAL_FORMS]
        translation.text = "\n" + INDENT * 3
        for index, form in enumerate(forms):
            child = ET.SubElement(translation, "numerusform")
            child.text = form
            child.tail = "\n" + INDENT * (3 if index < len(forms) - 1 else 2)
    else:
        element.attrib.pop("numerus", None)
        translation.text = message.forms[0] if message.forms else ""
    if not is_complete(message):
        translation.set("type", "unfinished")


# ---------------------------------------------------------------- sources

@dataclass(frozen=True)
class Call:
    """One literal ``translate``/``QT_TRANSLATE_NOOP`` call in a source file."""

    path: Path
    line: int
    key: Key
    readable: bool  # lupdate can read it (its count, if any, is a name or a number)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _text(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def literal_calls(path: Path) -> Iterator[Call]:
    """The calls whose context and text are literals (others carry messages that
    are marked elsewhere, e.g. with QT_TRANSLATE_NOOP)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node.func) not in TRANSLATE_NAMES:
            continue
        if len(node.args) < 2 or node.keywords:
            continue
        context, text = _text(node.args[0]), _text(node.args[1])
        if context is None or text is None:
            continue
        comment = _text(node.args[2]) if len(node.args) > 2 else None
        count = node.args[3] if len(node.args) > 3 else None
        readable = count is None or isinstance(count, ast.Name | ast.Constant)
        yield Call(path, node.lineno, (context, text, comment or ""), readable)


@dataclass
class Findings:
    """What --check (and the unit test) report."""

    unfinished: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    conflicting: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out: list[str] = []
        if self.unreadable:
            out.append("lupdate cannot read these calls (give the count a plain name "
                       "first: n = len(rows)):")
            out += [f"  {item}" for item in self.unreadable]
        if self.missing:
            out.append("messages in the sources but not in their area's .ts "
                       "(run make translations):")
            out += [f"  {item}" for item in self.missing]
        if self.unfinished:
            out.append("unfinished translations:")
            out += [f"  {item}" for item in self.unfinished]
        if self.conflicting:
            out.append("one message (context and text) translated differently in two areas "
                       "(the .qm keeps only one):")
            out += [f"  {item}" for item in self.conflicting]
        return out

    def __bool__(self) -> bool:
        return bool(self.unfinished or self.missing or self.unreadable or self.conflicting)


def check(folder: Path = TS_DIR, root: Path = ROOT) -> Findings:
    """Compare the sources with the catalogues in ``folder``."""
    findings = Findings()
    seen: dict[Key, tuple[str, list[str]]] = {}  # a message two areas share
    for area, files in area_files(root).items():
        catalogue = read_catalogue(ts_path(area, folder))
        for call in _calls(files):
            where = f"{call.path.relative_to(root)}:{call.line}"
            if not call.readable:
                findings.unreadable.append(f"{where}: {call.key[1]!r}")
            elif call.key not in catalogue:
                findings.missing.append(f"{where} [{area}]: {call.key[1]!r}")
        for message in catalogue.values():
            if not is_complete(message):
                findings.unfinished.append(
                    f"{area}.ts [{message.context}]: {message.source!r}")
            elif seen.setdefault(message.key, (area, message.forms))[1] != message.forms:
                other = seen[message.key][0]
                findings.conflicting.append(
                    f"{other}.ts and {area}.ts [{message.context}]: {message.source!r}")
    return findings


def _calls(files: Iterable[Path]) -> Iterator[Call]:
    for path in files:
        yield from literal_calls(path)


# ---------------------------------------------------------------- tools

def _tool(name: str) -> str:
    local = BIN_DIR / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (pip install PySide6, or make venv)")
    return found


def lupdate(area: str, files: list[Path], folder: Path = TS_DIR) -> None:
    """Read ``files`` into ``folder/<area>.ts``, keeping what was translated."""
    target = ts_path(area, folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    before = read_catalogue(target)
    if not files:
        target.unlink(missing_ok=True)
        return
    done = subprocess.run([_tool("pyside6-lupdate"), *map(str, files), "-ts", str(target),
                           "-no-obsolete", "-locations", "relative", "-source-language", "en",
                           "-target-language", TARGET_LANGUAGE, "-silent"],
                          cwd=ROOT, capture_output=True, text=True)
    # lupdate takes a "%n" message it did not see as a plural for one and says it
    # dropped its forms: repair() makes it a plural again, with the forms it had
    said = "\n".join(line for line in done.stderr.splitlines() if line not in _PLURAL_NOISE)
    if said.strip():
        print(said, file=sys.stderr)
    if done.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed on {target.name} ({done.returncode})")
    repair(target, before)


_PLURAL_NOISE = frozenset((
    "Removed plural forms as the target language has less forms.",
    "If this sounds wrong, possibly the target language is not set or recognized."))


def lrelease(ts_files: list[Path], qm: Path = QM_PATH) -> None:
    """Compile ``ts_files`` into one ``qm`` (unfinished messages left out)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lrelease"), *map(str, ts_files), "-qm", str(qm),
                    "-silent"], check=True, cwd=ROOT)


def catalogue_files(folder: Path = TS_DIR) -> list[Path]:
    return sorted(folder.glob("*.ts"))


def update(root: Path = ROOT, folder: Path = TS_DIR, qm: Path = QM_PATH) -> None:
    for area, files in area_files(root).items():
        lupdate(area, files, folder)
    lrelease(catalogue_files(folder), qm)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.translations",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 listing unfinished or missing messages")
    args = parser.parse_args(argv)
    if args.check:
        findings = check(TS_DIR)
        for line in findings.lines():
            print(line)
        if findings:
            return 1
        print("translations: every message translated")
        return 0
    update()
    findings = check()
    for line in findings.lines():
        print(line)
    total = sum(len(read_catalogue(p)) for p in catalogue_files())
    print(f"translations: {total} messages in {len(catalogue_files())} catalogues; "
          f"{len(findings.unfinished)} unfinished; wrote {QM_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
