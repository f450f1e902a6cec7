"""Saved column mappings for the importer: the office's (in the database, for the
wizard) and mapping files (JSON, for ``ringcard import --mapping``).

A mapping is kept by column NAME (the file's header), not position, so the next
export from the same program maps again even if its columns moved:
``{"ringcard_mapping": 1, "columns": {"First Name": "first_name", ...}}``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete as sql_delete
from sqlalchemy import select

from app.i18n import translate
from app.models import ImportMapping
from app.services.context import AppContext
from app.services.importing.read import FIELDS
from app.services.validation import ValidationError

FORMAT_KEY = "ringcard_mapping"
NAME_MAX = 120


@dataclass(frozen=True)
class SavedMapping:
    name: str
    columns: dict[str, str]  # file column name -> field


def saved(ctx: AppContext) -> list[SavedMapping]:
    """The office's saved mappings by name."""
    with ctx.read() as s:
        rows = s.execute(select(ImportMapping.name, ImportMapping.columns)
                         .order_by(ImportMapping.name)).all()
    out = []
    for name, text in rows:
        try:
            columns = _columns_of(json.loads(text))
        except (ValueError, ValidationError):
            continue  # a row written by a newer version: not offered, not fatal
        out.append(SavedMapping(name, columns))
    return out


def save(ctx: AppContext, name: str, headers: Sequence[str], mapping: dict[int, str]) -> None:
    """Save (or replace) the mapping called ``name``."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": translate("Import", "Give the mapping a name")})
    if len(name) > NAME_MAX:
        message = translate("Import", "At most {limit} characters")
        raise ValidationError({"name": message.format(limit=NAME_MAX)})
    columns = by_name(headers, mapping)
    if not columns:
        raise ValidationError({"mapping": translate("Import", "Map at least one column before saving")})
    text = json.dumps(columns, ensure_ascii=False)
    with ctx.write() as s:
        row = s.scalar(select(ImportMapping).where(ImportMapping.name == name))
        if row is None:
            s.add(ImportMapping(name=name, columns=text, saved_by=ctx.user))
        else:
            row.columns, row.saved_by = text, ctx.user


def delete(ctx: AppContext, name: str) -> None:
    with ctx.write() as s:
        s.execute(sql_delete(ImportMapping).where(ImportMapping.name == name))


def by_name(headers: Sequence[str], mapping: dict[int, str]) -> dict[str, str]:
    """Index mapping -> column-name mapping (the first of equally named columns wins)."""
    out: dict[str, str] = {}
    for index in sorted(mapping):
        if 0 <= index < len(headers) and mapping[index] in FIELDS:
            out.setdefault(headers[index], mapping[index])
    return out


def apply(columns: dict[str, str], headers: Sequence[str]) -> dict[int, str]:
    """The index mapping for this file: each named column found in ``headers``."""
    wanted = {name.strip().casefold(): field for name, field in columns.items()}
    out: dict[int, str] = {}
    for index, header in enumerate(headers):
        field = wanted.get(header.strip().casefold())
        if field is not None:
            out[index] = field
    return out


def best_for(mappings: Sequence[SavedMapping], headers: Sequence[str]) -> SavedMapping | None:
    """The saved mapping all of whose columns this file has, the one with most columns."""
    have = {h.strip().casefold() for h in headers}
    fitting = [m for m in mappings if m.columns
               and all(c.strip().casefold() in have for c in m.columns)]
    return max(fitting, key=lambda m: len(m.columns), default=None)


def read_file(path: str | Path, headers: Sequence[str]) -> dict[int, str]:
    """A mapping file as the index mapping for ``headers``."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        message = translate("Import", "No mapping file “{path}”")
        raise ValidationError({"mapping": message.format(path=path)}) from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        message = translate("Import", "“{name}” is not a mapping file (JSON): {reason}")
        raise ValidationError({"mapping": message.format(name=path.name, reason=exc)}) from exc
    columns = _columns_of(data)
    mapping = apply(columns, headers)
    if columns and not mapping:  # some missing is normal (Google leaves out empty "Phone 3")
        names = ", ".join(f"“{c}”" for c in list(columns)[:3]) + (" …" if len(columns) > 3 else "")
        message = translate("Import", "None of the mapping's columns ({columns}) is in this file")
        raise ValidationError({"mapping": message.format(columns=names)})
    return mapping


def write_file(path: str | Path, headers: Sequence[str], mapping: dict[int, str]) -> None:
    data = {FORMAT_KEY: 1, "columns": by_name(headers, mapping)}
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _columns_of(data: object) -> dict[str, str]:
    """The column-name mapping of a saved mapping (a file's or the database's)."""
    if isinstance(data, dict) and (FORMAT_KEY in data or isinstance(data.get("columns"), dict)):
        data = data.get("columns")
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                             for k, v in data.items()):
        raise ValidationError({"mapping": translate(
            "Import", "A mapping file holds {\"columns\": {\"column name\": \"field\", …}}")})
    unknown = sorted({v for v in data.values() if v not in FIELDS})
    if unknown:
        message = translate("Import", "Unknown field(s): {fields}; known: {known}")
        raise ValidationError({"mapping": message.format(fields=", ".join(unknown), known=", ".join(FIELDS))})
    return dict(data)
