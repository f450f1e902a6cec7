"""The German catalogues: complete, current with the sources, compiled into the
committed .qm, and true to the English (placeholders, plurals, accelerators);
and make translations' own repairs of lupdate's Python reader."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.views import language
from tools import translations as tr

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n")


def test_the_committed_qm_is_compiled_from_the_committed_catalogues(tmp_path: Path) -> None:
    fresh = tmp_path / "ringcard_de.qm"
    tr.lrelease(tr.catalogue_files(), fresh)
    assert tr.QM_PATH.read_bytes() == fresh.read_bytes(), (
        "resources/translations/ringcard_de.qm is older than translations/de/*.ts: "
        "run make translations and commit the .qm")


def test_every_message_on_screen_is_translated_and_in_its_catalogue() -> None:
    findings = tr.check()
    assert not findings, "\n".join(findings.lines())


def _messages() -> list[tuple[str, tr.Message]]:
    return [(path.name, message) for path in tr.catalogue_files()
            for message in tr.read_catalogue(path).values() if tr.is_complete(message)]


def test_translations_keep_placeholders_plural_counts_and_accelerators() -> None:
    wrong: list[str] = []
    for area, message in _messages():
        wanted = sorted(PLACEHOLDER.findall(message.source))
        has_accelerator = "&" in message.source.replace("&&", "")
        for form in message.forms:
            where = f"{area} [{message.context}] {message.source!r} -> {form!r}"
            if message.plural and not tr.COUNT.search(form):
                # a German singular may say "einen"/"ein" instead of the number
                wanted_here = sorted(p for p in wanted if not tr.COUNT.fullmatch(p))
                got = sorted(p for p in PLACEHOLDER.findall(form) if not tr.COUNT.fullmatch(p))
            else:
                wanted_here, got = wanted, sorted(PLACEHOLDER.findall(form))
            # "{kind_lower}" is English's lower-cased "{kind}" (both are passed): German
            # nouns keep their capital, so a translation may say "{kind}" instead
            plain = {p.replace("_lower}", "}"): p for p in wanted_here if p.endswith("_lower}")}
            used = {plain.get(p, p) for p in got}
            if used != set(wanted_here):
                wrong.append(f"placeholders differ: {where}")
            if has_accelerator != ("&" in form.replace("&&", "")):
                wrong.append(f"accelerator (&) missing or added: {where}")
    assert wrong == []


def test_a_plural_message_is_one_whatever_its_count_and_keeps_its_german(
        tmp_path: Path) -> None:
    source = tmp_path / "screen.py"
    source.write_text(
        "from app.i18n import translate\n"
        "def label(n, rows):\n"
        "    a = translate('Screen', '%n call(s)', None, n)\n"
        "    b = translate('Screen', '%n row(s)', None, len(rows))\n"
        "    return a, b, translate('Screen', 'Calls')\n", encoding="utf-8")
    folder = tmp_path / "de"
    tr.lupdate("screen", [source], folder)
    catalogue = tr.read_catalogue(folder / "screen.ts")
    calls = catalogue[("Screen", "%n call(s)", "")]
    assert calls.plural and not tr.is_complete(calls)
    # lupdate skipped the len(rows) call; the tool's own reading names it
    assert ("Screen", "%n row(s)", "") not in catalogue
    unreadable = [c for c in tr.literal_calls(source) if not c.readable]
    assert [(c.line, c.key[1]) for c in unreadable] == [(4, "%n row(s)")]

    # a translator fills in the German; the next update keeps it
    text = (folder / "screen.ts").read_text(encoding="utf-8")
    text = text.replace(
        "<translation type=\"unfinished\">\n            <numerusform></numerusform>\n"
        "            <numerusform></numerusform>",
        "<translation>\n            <numerusform>%n Anruf</numerusform>\n"
        "            <numerusform>%n Anrufe</numerusform>")
    (folder / "screen.ts").write_text(text, encoding="utf-8")
    tr.lupdate("screen", [source], folder)
    again = tr.read_catalogue(folder / "screen.ts")[("Screen", "%n call(s)", "")]
    assert again.plural and tr.is_complete(again)
    assert again.forms == ["%n Anruf", "%n Anrufe"]

    # and the compiled catalogue picks the form by the count
    qm = tmp_path / "screen.qm"
    tr.lrelease([folder / "screen.ts"], qm)
    from PySide6.QtCore import QTranslator
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Screen", "%n call(s)", None, 1) == "%n Anruf"
    assert translator.translate("Screen", "%n call(s)", None, 4) == "%n Anrufe"


def test_check_lists_unfinished_and_missing_messages(tmp_path: Path) -> None:
    """`python -m tools.translations --check` on the real tree exits 0 only when
    everything is translated; its listing names what is not."""
    done = subprocess.run([tr.sys.executable, "-m", "tools.translations", "--check"],
                          cwd=tr.ROOT, capture_output=True, text=True, timeout=120)
    findings = tr.check()
    assert done.returncode == (1 if findings else 0)
    for line in findings.lines():
        assert line in done.stdout


def test_every_source_file_under_app_belongs_to_one_area() -> None:
    files = tr.area_files()
    every = sorted(p for p in (tr.ROOT / "app").rglob("*.py") if "__pycache__" not in p.parts)
    assert sorted(p for area in files.values() for p in area) == every
    assert tr.area_of("app/views/dialogs/note_dialog.py") == "dialogs"
    assert tr.area_of("app/views/contact_list_panel.py") == "lists"
    assert tr.area_of("app/views/main_window.py") == "main"
    assert tr.area_of("app/services/validation.py") == "services"


@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("", "de_AT", "de"), ("", "de_DE", "de"), ("", "en_GB", "en"), ("", "fr_FR", "en"),
    ("", "C", "en"), ("en", "de_DE", "en"), ("de", "en_US", "de"), ("xx", "de_CH", "de"),
])
def test_the_language_follows_the_setting_then_the_system(setting: str, system: str,
                                                          expected: str) -> None:
    assert language.chosen_language(setting, QLocale(system)) == expected


def test_dates_follow_the_language_in_the_systems_country() -> None:
    assert language.default_locale("de", QLocale("de_AT")).name() == "de_AT"
    assert language.default_locale("de", QLocale("en_GB")).name() == "de_DE"
    assert language.default_locale("en", QLocale("en_GB")).name() == "en_GB"
    assert language.default_locale("en", QLocale("C")).name() == "C"


def test_english_writes_its_plurals_out_without_a_catalogue() -> None:
    from app.i18n import english, translate
    assert translate("Screen", "%n call(s)", None, 1) == "1 call"
    assert translate("Screen", "%n call(s)", None, 0) == "0 calls"
    assert english("%n activity(ies) for %n box(es)", 2) == "2 activities for 2 boxes"
    assert english("%Ln ticket(s)", 12345) == "12,345 tickets"
    assert english("Calls (unmatched)", 3) == "Calls (unmatched)"
    assert english("%n call(s)") == "%n call(s)"  # no count: the text as written
