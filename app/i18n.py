"""Translation of user-visible text, for views and services alike.

Every string a user can see goes through ``translate(context, text)``:

    from app.i18n import translate
    label = translate("ContactCard", "Edit")
    title = translate("Reminders", "%n alert task(s) for today", None, count)
    text = translate("Validation", "no user named “{name}”").format(name=name)

The context is a literal naming the screen or module (never ``self.tr()``,
whose context is the class name and so changes in a subclass), the text is
a literal (``pyside6-lupdate`` reads both from the source: ``make
translations``). ``%n`` takes the count for plural forms; other values go in
with ``str.format`` after translating, never into the literal.

This module imports no Qt, so services can translate the messages they hand
to the screen. The desktop app installs Qt's translator as the backend when
it starts (``app.views.language``); without one (the command line, tests of
services) the English text is returned.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Backend = Callable[[str, str, "str | None", int], str]

_backend: Backend | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (``context`` tells translators where it shows).
    ``%n`` (``%Ln``: with the locale's digit grouping) takes the count ``n``."""
    if _backend is not None:
        return _backend(context, text, disambiguation, n)
    return english(text, n)


_PLURAL = re.compile(r"(\w+)\((s|es|ies)\)")


def english(text: str, n: int = -1) -> str:
    """The English source with its count put in, and its plural written out for
    the count: "%n call(s)" reads "1 call" and "3 calls", "%n activity(ies)"
    "1 activity" and "2 activities" (English needs no catalogue for that)."""
    if n < 0:
        return text
    text = text.replace("%Ln", f"{n:,}").replace("%n", str(n))

    def form(match: re.Match[str]) -> str:
        word, ending = match.group(1), match.group(2)
        if n == 1:
            return word
        if ending == "ies" and word.endswith("y"):
            return word[:-1] + "ies"
        return word + ending

    return _PLURAL.sub(form, text)


def install(backend: Backend | None) -> None:
    """Route ``translate`` through ``backend`` (Qt's ``QCoreApplication.translate``);
    ``None`` goes back to English."""
    global _backend
    _backend = backend


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a module-level constant for ``pyside6-lupdate`` without translating it
    (the language is not known yet at import time; lupdate looks for this name);
    translate it where it is shown with
    ``translate(context, constant)``. The services' counterpart of Qt's own."""
    return text
