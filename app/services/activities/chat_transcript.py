"""Read a live chat transcript file: the formats of real chat exports.

JSON
  - A Zendesk Chat chat as its Chat API returns it (``type`` "chat" with
    ``visitor`` {name, email, phone}, ``timestamp``, ``missed``, ``started_by``
    and ``history``: events whose ``type`` is "chat.msg" carry ``name``,
    ``nick`` ("visitor…" or "agent:…"), ``msg`` and ``timestamp``), or an
    offline message (``type`` "offline_msg" with one ``message``: nobody
    answered, so a missed chat). ``{"chats": [one chat]}`` too.
  - A plain ``{"visitor": {...}, "messages": [{"author", "text", "timestamp",
    "from_visitor"?}]}`` (``name``/``from``/``sender`` and ``msg``/``message``/
    ``content`` are accepted as well).
Text
  One message a line, as chat exports write them: ``[12:01] Name: text``,
  ``[14/08/2023, 09:15:32] Name: text`` (WhatsApp on iOS),
  ``2019-01-01 12:00 - Name: text`` (WhatsApp on Android); a line without a
  time continues the message before it. Header lines before the first message
  (``Visitor:``, ``Email:``, ``Phone:``, ``Started:``/``Date:``) name the visitor
  and give the date for times without one. Without a ``Visitor:`` header the
  first writer is the visitor (visitors start live chats).

Anything else (empty, binary, broken JSON, no messages) raises a
``ValidationError`` on ``file`` saying what is wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.i18n import translate
from app.services.validation import ValidationError

MAX_BYTES = 20 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TIME = (r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?"
         r"\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?")
_DATE = r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
_STAMP = re.compile(rf"^(?:{_DATE}(?:,|\s+klo)?\s*)?{_TIME}$")
_BRACKET_LINE = re.compile(r"^\u200e?\[(?P<ts>[^\]]{3,40})\]\s*(?P<rest>.*)$")
_DASH_LINE = re.compile(
    r"^\u200e?(?P<ts>\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s*[AaPp]\.?\s?[Mm]\.?)?)\s+-\s+(?P<rest>.*)$")
_AUTHOR = re.compile(r"^(?P<author>[^:]{1,120}?):\s?(?P<text>.*)$", re.DOTALL)
_HEADER = re.compile(r"^(?P<key>[A-Za-z][A-Za-z -]{1,20}):\s*(?P<value>.*)$")
_HEADER_KEYS = {"visitor": "visitor", "customer": "visitor", "name": "visitor",
                "email": "email", "e-mail": "email", "phone": "phone", "started": "started",
                "chat started": "started", "date": "started"}
_HEADER_DATES = ("%d %b %Y %H:%M:%S", "%d %b %Y %H:%M", "%d %B %Y %H:%M:%S", "%d %b %Y",
                 "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")


@dataclass(frozen=True)
class ChatMessage:
    at: datetime  # aware
    author: str
    text: str
    from_visitor: bool


@dataclass(frozen=True)
class Transcript:
    format: str
    visitor: str
    email: str
    phone: str
    started_at: datetime
    messages: tuple[ChatMessage, ...]
    missed: bool = False
    direction: str = "in"  # "out" when an agent started it
    notes: tuple[str, ...] = field(default_factory=tuple)


def _bad(message: str) -> ValidationError:
    return ValidationError({"file": message})


# --- reading the file ---------------------------------------------------------------------

def read(path: Path) -> Transcript:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _bad(translate(
                "ChatImport",
                "The file is {size} MB; a transcript is at most {limit} MB").format(
                size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except OSError as exc:
        raise _bad(translate(
            "ChatImport",
            "Cannot read {name}: {reason}").format(
            name=path.name, reason=exc.strerror or exc)) from None
    return parse(data, name=path.name,
                 file_date=datetime.fromtimestamp(path.stat().st_mtime).date())


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="strict")
    elif b"\x00" in data[:4096]:
        raise _bad(translate("ChatImport", "This is not a text file (it holds binary data)"))
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")  # older Windows exports
    if _CONTROL.search(text[:65536]):
        raise _bad(translate("ChatImport", "This is not a text file (it holds binary data)"))
    return text


def parse(data: bytes, *, name: str = "", file_date: date | None = None) -> Transcript:
    if not data.strip():
        raise _bad(translate("ChatImport", "The file is empty"))
    text = decode(data)
    stripped = text.lstrip()
    first_line = stripped.split("\n", 1)[0]
    # "[12:01] Name: text" starts with a bracket too: that is a text export
    parts = _split(first_line)
    text_line = parts is not None and _stamp(parts[0]) is not None
    looks_json = stripped[:1] == "{" or (stripped[:1] == "[" and not text_line)
    if looks_json or name.lower().endswith(".json"):
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _bad(translate(
                "ChatImport",
                "This is not valid JSON (line {lineno}, column {colno}: {msg})").format(
                lineno=exc.lineno, colno=exc.colno, msg=exc.msg)) from None
        return from_json(doc)
    return from_text(text, file_date or datetime.now().date())


# --- JSON ---------------------------------------------------------------------------------

def _moment(value: Any) -> datetime | None:
    """ISO 8601 text or epoch seconds/milliseconds; naive times are UTC (API exports)."""
    if isinstance(value, bool) or value in (None, ""):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
    return None


def _text_of(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _first(item: dict[str, Any], *keys: str) -> Any:
    return next((item[k] for k in keys if item.get(k) not in (None, "")), None)


def from_json(doc: Any) -> Transcript:
    if isinstance(doc, dict) and isinstance(doc.get("chats"), list):
        doc = doc["chats"]
    if isinstance(doc, list):
        if not doc:
            raise _bad(translate("ChatImport", "This JSON holds no chat"))
        if len(doc) != 1:
            raise _bad(translate(
                "ChatImport",
                "The file holds {count} chats; import one chat per file").format(
                count=len(doc)))
        doc = doc[0]
    if not isinstance(doc, dict):
        raise _bad(translate("ChatImport", "This JSON is not a chat: expected an object with its messages"))
    visitor = _object(doc.get("visitor"))
    name = _text_of(visitor.get("name"))
    email, phone = _text_of(visitor.get("email")), _text_of(visitor.get("phone"))
    session = _object(doc.get("session"))
    started = _moment(doc.get("timestamp")) or _moment(session.get("start_date"))
    missed = doc.get("missed") is True or doc.get("type") == "offline_msg"
    direction = "out" if doc.get("started_by") == "agent" else "in"
    messages: list[ChatMessage] = []
    if isinstance(doc.get("history"), list):  # Zendesk Chat
        fmt = "Zendesk Chat JSON"
        for ev in doc["history"]:
            if not isinstance(ev, dict) or ev.get("type") not in ("chat.msg", None):
                continue
            text = _text_of(ev.get("msg"))
            if not text:
                continue
            nick, author = _text_of(ev.get("nick")), _text_of(ev.get("name"))
            messages.append(ChatMessage(_moment(ev.get("timestamp")) or started or _now(),
                                        author or nick, text,
                                        nick.startswith("visitor") if nick else author == name))
    elif doc.get("type") == "offline_msg" and _text_of(doc.get("message")):
        fmt = "Zendesk Chat JSON (offline message)"
        messages.append(ChatMessage(started or _now(), name or "Visitor",
                                    _text_of(doc.get("message")), True))
    elif isinstance(doc.get("messages"), list):
        fmt = "chat JSON"
        flagged = False
        for item in doc["messages"]:
            if not isinstance(item, dict):
                continue
            text = _text_of(_first(item, "text", "msg", "message", "content"))
            if not text:
                continue
            author = _text_of(_first(item, "author", "name", "from", "sender"))
            flag = item.get("from_visitor")
            flagged = flagged or isinstance(flag, bool)
            messages.append(ChatMessage(
                _moment(_first(item, "timestamp", "time", "date", "created_at")) or started
                or _now(), author, text,
                flag if isinstance(flag, bool) else bool(name) and author == name))
        if messages and not name and not flagged:  # visitors start live chats
            name = messages[0].author
            messages = [replace_visitor(m, m.author == name) for m in messages]
    else:
        raise _bad(translate("ChatImport",
                             "This JSON has no chat messages (no “history” or “messages” list)"))
    if not messages:
        raise _bad(translate("ChatImport", "The chat in this file has no messages"))
    if not name:
        name = next((m.author for m in messages if m.from_visitor), "")
    return Transcript(fmt, name, email, phone, started or messages[0].at, tuple(messages),
                      missed, direction)


def replace_visitor(m: ChatMessage, from_visitor: bool) -> ChatMessage:
    return ChatMessage(m.at, m.author, m.text, from_visitor)


def _now() -> datetime:
    return datetime.now(UTC)


# --- text ---------------------------------------------------------------------------------

def _local(d: date, h: int, m: int, s: int) -> datetime:
    """A wall-clock time of the export (this desk's zone) as an aware moment."""
    return datetime(d.year, d.month, d.day, h, m, s).astimezone()


def _date(text: str, us_style: bool) -> date | None:
    parts = [int(p) for p in re.split(r"[./-]", text)]
    if parts[0] > 31:  # year first
        y, mo, d = parts
    else:
        a, b, y = parts
        y = y + 2000 if y < 100 else y
        if a > 12 or (not us_style and b <= 12):
            d, mo = a, b
        else:
            mo, d = a, b
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _stamp(ts: str) -> tuple[date | None, tuple[int, int, int]] | None:
    found = _STAMP.match(ts.strip())
    if found is None:
        return None
    h, m, s = int(found["h"]), int(found["m"]), int(found["s"] or 0)
    ampm = (found["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23 or m > 59 or s > 59:
        return None
    on = _date(found["date"], bool(ampm)) if found["date"] else None
    if found["date"] and on is None:
        return None
    return on, (h, m, s)


def _header_date(value: str) -> datetime | None:
    value = value.strip()
    for fmt in _HEADER_DATES:
        try:
            return datetime.strptime(value, fmt).astimezone()
        except ValueError:
            continue
    stamp = _stamp(value)
    if stamp is not None and stamp[0] is not None:
        return _local(stamp[0], *stamp[1])
    return None


def _split(line: str) -> tuple[str, str] | None:
    found = _BRACKET_LINE.match(line) or _DASH_LINE.match(line)
    return (found["ts"], found["rest"]) if found else None


def from_text(text: str, file_date: date) -> Transcript:
    headers: dict[str, str] = {}
    raw: list[list[Any]] = []  # [moment, author, lines]
    day: date | None = None
    last: datetime | None = None
    for line in text.splitlines():
        parts = _split(line)
        stamp = _stamp(parts[0]) if parts else None
        if parts is None or stamp is None:
            if raw:
                raw[-1][2].append(line)
            else:
                header = _HEADER.match(line.strip())
                key = _HEADER_KEYS.get(header["key"].strip().lower()) if header else None
                if header and key and key not in headers:
                    headers[key] = header["value"].strip()
            continue
        on, hms = stamp
        if day is None:
            started = _header_date(headers.get("started", ""))
            day = started.date() if started else file_date
        moment = _local(on or day, *hms)
        if on is None and last is not None and moment < last - timedelta(minutes=1):
            day = day + timedelta(days=1)  # a time-only export passed midnight
            moment = _local(day, *hms)
        day = on or day
        last = moment
        who = _AUTHOR.match(parts[1])
        if who is None:
            continue  # a system line ("Messages are end-to-end encrypted"): not a message
        raw.append([moment, who["author"].strip(), [who["text"]]])
    if not raw:
        raise _bad(translate("ChatImport",
                             "No chat messages found: expected lines like “[12:01] Name: text”"))
    visitor = headers.get("visitor") or raw[0][1]
    messages = tuple(ChatMessage(at, author, "\n".join(lines).strip(),
                                 author.casefold() == visitor.casefold())
                     for at, author, lines in raw)
    if not any(m.text for m in messages):
        raise _bad(translate("ChatImport", "The chat in this file has no messages"))
    started_at = _header_date(headers.get("started", "")) or messages[0].at
    return Transcript("chat text export", visitor, headers.get("email", ""),
                      headers.get("phone", ""), started_at, messages)


# --- writing it into the record -----------------------------------------------------------

def render(t: Transcript) -> str:
    """The transcript as the record's text: ``[HH:MM] Name: text`` in this desk's
    time, with a date line wherever a chat that spans days changes day."""
    lines: list[str] = []
    days = {m.at.astimezone().date() for m in t.messages}
    day: date | None = None
    for m in t.messages:
        local = m.at.astimezone()
        if len(days) > 1 and local.date() != day:
            day = local.date()
            lines.append(f"— {local.strftime('%d %b %Y')} —")
        text = m.text.replace("\n", "\n    ")
        lines.append(f"[{local.strftime('%H:%M')}] {m.author or 'Unknown'}: {text}")
    return "\n".join(lines)
