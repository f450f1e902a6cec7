"""Sort keys for names: the one definition of "ordered by name".

``sort_name`` is the casefolded, accent-free name ("last first" for people,
the name for companies) with punctuation turned to spaces, so binary string
order is the alphabetical order a user expects.

``name_key`` packs the first ``KEY_CHARS`` characters of ``sort_name`` into an
integer that never decreases as ``sort_name`` increases. The SQLite search
index uses ``(name_key << ID_BITS) | id`` as its rowid, so FTS5 hands back hits
already in (approximate) name order and search can stop after the first page
instead of sorting every hit: see ``app.services.contacts.search``.
"""

from __future__ import annotations

import re
import unicodedata

KEY_CHARS = 7
ID_BITS = 28  # contact ids up to 268M fit beside the name key in a 63-bit rowid
ID_MASK = (1 << ID_BITS) - 1
_PUNCT = re.compile(r"[^\w]+|_+")


def sort_name(*parts: str | None) -> str:
    text = " ".join(p for p in parts if p)
    if not text.isascii():  # ASCII has no accents to take off
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _PUNCT.sub(" ", text.casefold())
    return " ".join(text.split())


def _symbol(ch: str) -> int:
    # 5 bits a character; order matches binary string order of sort_name:
    # space < digits < a..z < anything else (non-Latin letters)
    if ch == " ":
        return 0
    if "0" <= ch <= "9":
        return 1
    if "a" <= ch <= "z":
        return 2 + ord(ch) - ord("a")
    return 31


def name_key(sortable: str) -> int:
    key = 0
    for i in range(KEY_CHARS):
        key = (key << 5) | (_symbol(sortable[i]) if i < len(sortable) else 0)
    return key


def search_rowid(key: int, contact_id: int) -> int:
    return (key << ID_BITS) | contact_id
