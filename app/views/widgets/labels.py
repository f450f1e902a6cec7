"""How stored values read on screen: a contact's type ("lead" -> "Lead"), in the
user's language, and counts grouped as the locale groups digits. Shared by the
card, the pop-up, the lists and the dialogs that show them."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.i18n import QT_TRANSLATE_NOOP, translate

TYPE_LABELS: dict[str, str] = {"lead": QT_TRANSLATE_NOOP("ContactType", "Lead"),
                               "potential": QT_TRANSLATE_NOOP("ContactType", "Potential"),
                               "customer": QT_TRANSLATE_NOOP("ContactType", "Customer"),
                               "account": QT_TRANSLATE_NOOP("ContactType", "Account")}


def contact_type_label(contact_type: str) -> str:
    """The type as the user reads it; an unknown one as stored, capitalised."""
    if contact_type in TYPE_LABELS:
        return translate("ContactType", TYPE_LABELS[contact_type])
    return contact_type.capitalize()


def format_count(n: int) -> str:
    """A count as the locale groups digits ("1,234", "1.234"); under the C locale,
    which names no country, the English grouping."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{n:,}"
    return locale.toString(n)
