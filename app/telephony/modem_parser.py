"""Incremental parser for what a caller-ID modem writes to its serial port.

Pure and I/O-free so it can be fuzzed: feed it bytes exactly as they arrive
(any chunking, CR / LF / CRLF / LFCR, stray NULs and line noise) and it returns
what it recognised: RING, a caller-ID block (formatted ``NMBR = ...`` lines or
unformatted SDMF / MDMF hex with its checksum verified), result codes such as
OK / ERROR, and lines it did not understand. Nothing fed to it raises.

A formatted block has no end marker, so it is reported as soon as it holds
both a number and a name, else at its end of block: the next RING, blank
line, result code, unknown line or a second DATE / TIME (the next call's
block). A modem that sends a number without a name and nothing after it is
finished by the caller: :meth:`ModemParser.end_block` after a quiet spell
ends a block of *complete* lines only, never a line still being received (a
number split by a pause is not a shorter number); :meth:`ModemParser.flush`
after a longer quiet takes an unterminated line too (some modems omit the
last line end); :meth:`ModemParser.close` when the port is lost uses the
complete lines and, when the number itself was cut off, reports the caller
as unavailable rather than a fragment of a number.

Withheld numbers come as codes (``O`` / ``P`` / ``A``) or as words that vary
by network and modem (``Private``, ``OUT-OF-AREA``, ``Restricted``,
``Unavailable`` ...): :func:`absence_reason` maps both to a :class:`Withheld`
reason, so such a word is never taken for a number or a name.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from app.telephony.callerid import CallerId, Withheld

log = logging.getLogger(__name__)

MAX_LINE = 1024  # longer "lines" are noise; a caller-ID line is < 100 chars
MAX_BLOCK_LINES = 16  # a real block has 2-6 tag lines; more is noise, dropped
_MAX_MESSAGE = 2 + 255 + 1  # type, length, payload, checksum

# Codes a modem (or the network, in an SDMF / MDMF "reason" parameter) sends
# in place of a number or name.
ABSENCE_CODES: dict[str, Withheld] = {
    "O": Withheld.OUT_OF_AREA,
    "P": Withheld.PRIVATE,
    "A": Withheld.ANONYMOUS,
}
# The same reasons as words. Spellings seen in published caller-ID software:
# NCID's ncidd.h spells the codes "OUT-OF-AREA", "PRIVATE", "ANONYMOUS"; NCID's
# test data has "NMBR = Restricted" / "NAME = Unavailable" and NCID's own
# "NO NAME"; MisterHouse's Caller_ID.pm reads "Out of Area", "Out-of-area",
# "OUT OF AREA", "PRIVATE", "Private", "Unknown", "-UNKNOWN CALLER-",
# "Unavailable"; carriers also send "Withheld", "Blocked", "Anonymous". Keys
# are normalised by _normalise (lower case, - _ . / as spaces, one space).
ABSENCE_WORDS: dict[str, Withheld] = {
    **{w: Withheld.PRIVATE for w in (
        "private", "private number", "private caller", "private call", "private name",
        "restricted", "restricted number", "restricted call", "restricted caller",
        "withheld", "number withheld", "withheld number", "caller withheld",
        "blocked", "blocked number", "blocked call", "blocked caller", "caller id blocked")},
    **{w: Withheld.ANONYMOUS for w in ("anonymous", "anonymous caller", "anonymous call", "anon")},
    **{w: Withheld.OUT_OF_AREA for w in (
        "out of area", "outofarea", "out of area call", "out of area caller",
        "out of area number", "out of service area")},
    **{w: Withheld.UNAVAILABLE for w in (
        "unavailable", "not available", "number unavailable", "unavailable number",
        "name unavailable", "unavailable name", "unknown", "unknown caller", "unknown number",
        "unknown name", "no number", "no name", "no caller id", "no cid", "n a")},
}
RESULT_CODES = frozenset({
    "OK", "ERROR", "CONNECT", "NO CARRIER", "BUSY", "NO DIALTONE", "NO DIAL TONE", "NO ANSWER",
})
_TAG = re.compile(r"(DDN_NMBR|NMBR|NAME|DATE|TIME|MESG)\s*=", re.IGNORECASE)
_LEADING_RINGS = re.compile(r"^((?:RING\b\s*)+)", re.IGNORECASE)
_HEX = re.compile(r"^[0-9A-Fa-f]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_WORD_SEPARATORS = re.compile(r"[\s\-_./]+")
_DIGIT = re.compile(r"\d")
_STAMP_TAGS = frozenset({"DATE", "TIME"})

SDMF_CALL = 0x04
MDMF_CALL = 0x80
_MWI_TYPES = frozenset({0x06, 0x82})  # message-waiting indications: valid but not a call
_MESSAGE_TYPES = frozenset({SDMF_CALL, MDMF_CALL}) | _MWI_TYPES


# -- what the parser reports -------------------------------------------------

@dataclass(frozen=True, slots=True)
class RingSeen:
    raw: str = "RING"


@dataclass(frozen=True, slots=True)
class CallerIdSeen:
    caller: CallerId
    date: str = ""  # MMDD as sent, "" when absent
    time: str = ""  # HHMM as sent
    format: str = "formatted"  # "formatted", "sdmf" or "mdmf"
    raw: str = ""  # the lines or hex as received, for diagnosis
    number_sent: bool = True  # False: the block had no number field (or lost it) at all,
    # so it says nothing about which call it belongs to (e.g. a late NAME line)


@dataclass(frozen=True, slots=True)
class ModemResponse:
    text: str  # OK, ERROR, BUSY, NO CARRIER, ...


@dataclass(frozen=True, slots=True)
class Discarded:
    reason: str  # e.g. "bad checksum"
    raw: str


@dataclass(frozen=True, slots=True)
class OtherLine:
    text: str  # echo of our commands, DRON=, banners, noise


ModemEvent = RingSeen | CallerIdSeen | ModemResponse | Discarded | OtherLine


# -- bytes to lines -----------------------------------------------------------

class LineSplitter:
    """Bytes in, text lines out; CR, LF, CRLF, LFCR and CR CR LF all end one line.

    A blank line is kept (it ends a formatted block), so the partner of a
    CRLF / LFCR pair is swallowed even when split across two chunks, and a
    CR CR (some USB bridges print CR CR LF) waits for the next byte to decide.
    """

    def __init__(self) -> None:
        self._buf = bytearray()
        self._last_sep = 0  # the CR or LF just seen, to swallow its partner
        self._overflow = False
        self._cr_cr = False  # CR CR seen: CR CR LF is one line end, else a blank line

    @property
    def pending(self) -> bool:
        return bool(self._buf) or self._cr_cr

    @property
    def partial(self) -> bool:
        """Part of a line is in, its line end is not (an over-long line is not kept)."""
        return bool(self._buf)

    def drop_partial(self) -> str:
        """Forget the unterminated rest (the port is gone); returns it, decoded."""
        line = _decode(bytes(self._buf)) if self._buf else ""
        self._buf.clear()
        self._overflow = self._cr_cr = False
        self._last_sep = 0
        return line

    def feed(self, data: bytes) -> list[str]:
        lines: list[str] = []
        for byte in data.replace(b"\x00", b""):
            if self._cr_cr:
                self._cr_cr = False
                if byte == 0x0A:
                    self._last_sep = 0
                    continue
                lines.append("")  # the second CR was an empty line
            if byte in (0x0D, 0x0A):
                if self._last_sep and byte != self._last_sep:
                    self._last_sep = 0  # partner of the previous terminator
                    continue
                if byte == self._last_sep == 0x0D:
                    self._cr_cr = True
                    continue
                self._last_sep = byte
                if self._overflow:
                    self._overflow = False
                    self._buf.clear()
                    continue
                lines.append(_decode(bytes(self._buf)))
                self._buf.clear()
                continue
            self._last_sep = 0
            if self._overflow:
                continue
            if len(self._buf) >= MAX_LINE:
                log.warning("modem: dropping an over-long line (%d bytes without a line end)", MAX_LINE)
                self._buf.clear()
                self._overflow = True
                continue
            self._buf.append(byte)
        return lines

    def flush(self) -> list[str]:
        """The unterminated rest, as a line (some modems omit the last line end)."""
        self._last_sep = 0
        blank = [""] if self._cr_cr else []
        self._cr_cr = False
        if blank:
            return blank
        if self._overflow:
            self._overflow = False
            self._buf.clear()
            return []
        if not self._buf:
            return []
        line = _decode(bytes(self._buf))
        self._buf.clear()
        return [line]


def _decode(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return _CONTROL.sub("", text).strip()


# -- the parser ----------------------------------------------------------------

@dataclass
class _Block:
    """Formatted tag lines collected so far; the first value of a tag wins
    (some telcos send NMBR = <number> and then NMBR = O to mask it)."""

    fields: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    number_cut: bool = False  # the port was lost while the NMBR line was coming in

    @property
    def has_identity(self) -> bool:
        return "NMBR" in self.fields or "NAME" in self.fields or self.number_cut

    @property
    def complete(self) -> bool:
        return "NMBR" in self.fields and "NAME" in self.fields


class ModemParser:
    """Feed bytes as they arrive; get :data:`ModemEvent` values back."""

    def __init__(self) -> None:
        self._lines = LineSplitter()
        self._block: _Block | None = None
        self._hex = ""  # an unformatted message wrapped over several lines

    @property
    def has_pending(self) -> bool:
        return self._lines.pending or self._block is not None or bool(self._hex)

    def feed(self, data: bytes) -> list[ModemEvent]:
        events: list[ModemEvent] = []
        for line in self._lines.feed(data):
            self._line(line, events)
        return events

    @property
    def has_partial_line(self) -> bool:
        """A line has begun and its line end has not come yet."""
        return self._lines.partial

    def end_block(self) -> list[ModemEvent]:
        """The modem has paused: finish a block of complete lines (a number
        sent without a name and nothing after it). Does nothing while a line
        is still coming in: a pause mid-line is not the end of a block."""
        events: list[ModemEvent] = []
        if self._lines.partial:
            return events
        for line in self._lines.flush():  # a pending CR CR: the blank line it was
            self._line(line, events)
        self._end_hex(events)
        self._end_block(events)
        return events

    def flush(self) -> list[ModemEvent]:
        """The modem has been quiet for long: finish whatever is half-received,
        an unterminated line included (some modems omit the last line end)."""
        events: list[ModemEvent] = []
        for line in self._lines.flush():
            self._line(line, events)
        self._end_hex(events)
        self._end_block(events)
        return events

    def close(self) -> list[ModemEvent]:
        """The port is gone, so the block can no longer complete: report it
        with its complete lines. An unterminated line is not trusted (a number
        cut short is somebody else's number): when it was the number, the
        caller is reported as unavailable, with the fragment in ``raw``."""
        events: list[ModemEvent] = []
        partial = self._lines.drop_partial()
        tags = {_tag_name(m) for m in _TAG.finditer(partial)} if _TAG.match(partial) else set()
        if "NMBR" in tags and (self._block is None or "NMBR" not in self._block.fields):
            if self._block is None:
                self._block = _Block()
            self._block.lines.append(f"{partial} [cut off: the port was lost]")
            self._block.number_cut = True
        elif partial:
            log.info("modem: port lost in the middle of a line; dropped %r", partial[:80])
        self._end_hex(events)
        self._end_block(events)
        return events

    # -- one line ------------------------------------------------------------

    def _line(self, line: str, events: list[ModemEvent]) -> None:
        try:
            self._dispatch(line, events)
        except Exception:  # a parser bug must never take the modem down
            log.exception("modem: could not parse line %r", line)
            self._block = None
            self._hex = ""

    def _dispatch(self, line: str, events: list[ModemEvent]) -> None:
        if not line:
            self._end_hex(events)
            if self._block is not None and self._block.has_identity:
                self._end_block(events)
            return
        compact = line.replace(" ", "")
        if _HEX.match(compact) and len(compact) % 2 == 0 and self._is_message_hex(compact):
            self._end_block(events)
            self._hex_line(compact, events)
            return
        self._end_hex(events)
        rings = _LEADING_RINGS.match(line)
        if rings:
            self._end_block(events)
            for _ in range(len(rings.group(1).split())):
                events.append(RingSeen())
            line = line[rings.end():].strip()
            if not line:
                return
        if _TAG.match(line):
            self._tag_line(line, events)
            return
        self._end_block(events)
        upper = line.upper()
        if upper in RESULT_CODES or upper.startswith("CONNECT"):
            events.append(ModemResponse(upper))
        else:
            events.append(OtherLine(line))

    # -- formatted ------------------------------------------------------------

    def _tag_line(self, line: str, events: list[ModemEvent]) -> None:
        """One line may hold several tags (``NAME=ARCHER L   NMBR=5071234567``)."""
        matches = list(_TAG.finditer(line))
        tags = [_tag_name(m) for m in matches]
        block = self._block
        if block is not None and (any(t in block.fields for t in _STAMP_TAGS.intersection(tags))
                                  or len(block.lines) >= MAX_BLOCK_LINES):
            # a second DATE / TIME is the next call's block (two calls with no
            # blank line or RING between them are two calls, not one)
            self._end_block(events)
            block = None
        if block is None:
            block = self._block = _Block()
        block.lines.append(line)
        for i, (m, tag) in enumerate(zip(matches, tags, strict=True)):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
            block.fields.setdefault(tag, line[m.end():end].strip())
        if block.complete:
            self._end_block(events)

    def _end_block(self, events: list[ModemEvent]) -> None:
        block, self._block = self._block, None
        if block is None:
            return
        if not block.has_identity:
            log.debug("modem: dropping a caller-ID block without number or name: %r", block.lines)
            return
        f = block.fields
        if block.number_cut and "NMBR" not in f:
            caller = make_caller(None, f.get("NAME", ""), message=f.get("MESG", ""),
                                 number_reason="unavailable")
        else:
            caller = make_caller(f.get("NMBR"), f.get("NAME", ""), message=f.get("MESG", ""))
        events.append(CallerIdSeen(
            caller=caller, date=f.get("DATE", ""), time=f.get("TIME", ""), format="formatted",
            raw="\n".join(block.lines), number_sent="NMBR" in f,
        ))

    # -- unformatted hex ----------------------------------------------------------

    def _is_message_hex(self, compact: str) -> bool:
        if self._hex:
            return True  # a continuation line
        return len(compact) >= 4 and int(compact[:2], 16) in _MESSAGE_TYPES

    def _hex_line(self, compact: str, events: list[ModemEvent]) -> None:
        self._hex += compact
        if len(self._hex) > 2 * _MAX_MESSAGE:
            events.append(Discarded("unformatted message too long", self._hex[:80]))
            self._hex = ""
            return
        data = bytes.fromhex(self._hex)
        total = data[1] + 3
        if len(data) < total:
            return  # wrapped onto the next line
        self._hex = ""
        if len(data) > total:
            log.debug("modem: %d bytes after the checksum ignored", len(data) - total)
        events.append(decode_message(data[:total]))

    def _end_hex(self, events: list[ModemEvent]) -> None:
        if self._hex:
            log.warning("modem: incomplete unformatted caller ID discarded: %s", self._hex)
            events.append(Discarded("incomplete unformatted message", self._hex))
            self._hex = ""


# -- shared helpers -------------------------------------------------------------

def _tag_name(match: re.Match[str]) -> str:
    tag = match.group(1).upper()
    return "NMBR" if tag == "DDN_NMBR" else tag


def _normalise(text: str) -> str:
    return _WORD_SEPARATORS.sub(" ", text.strip().strip("\"'*()[]<>").lower()).strip()


def absence_reason(text: str) -> Withheld:
    """Why there is no number, when ``text`` (a number or name field) is a
    code or word that stands in for one; ``Withheld.NO`` for anything else."""
    if text.strip().upper() in ABSENCE_CODES:
        return ABSENCE_CODES[text.strip().upper()]
    return ABSENCE_WORDS.get(_normalise(text), Withheld.NO)


def make_caller(number: str | None, name: str, *, message: str = "",
                number_reason: str = "", name_reason: str = "") -> CallerId:
    """Apply the absence codes and words: ``O`` / ``P`` / ``A``, "Private",
    "OUT-OF-AREA", "Restricted" ... in place of the number say why there is
    none; in place of the name they are a placeholder, not a name, and give
    the reason only when no number came at all. A number field without a
    single digit is not a number either (an unknown word: unavailable)."""
    number = (number or "").strip()
    name = name.strip()
    withheld = Withheld.NO
    if number:
        withheld = absence_reason(number)
        if withheld is Withheld.NO and not _DIGIT.search(number):
            log.info("modem: %r in place of a number: reported as unavailable", number[:40])
            withheld = Withheld.UNAVAILABLE
        if withheld is not Withheld.NO:
            number = ""
    elif number_reason:
        withheld = absence_reason(number_reason) or Withheld.UNAVAILABLE
    if absence_reason(name) is not Withheld.NO:
        name_reason = name_reason or name
        name = ""
    if not number and withheld is Withheld.NO:
        withheld = absence_reason(name_reason) or Withheld.UNAVAILABLE
    return CallerId(number=number, name=name, withheld=withheld, message=message)


def checksum_ok(message: bytes) -> bool:
    """GR-30: the last byte is the two's complement of the sum of the others."""
    return sum(message) % 256 == 0


def decode_message(message: bytes) -> CallerIdSeen | Discarded | OtherLine:
    """One complete SDMF / MDMF message: type, length, payload, checksum."""
    raw = message.hex().upper()
    if len(message) < 3 or len(message) != message[1] + 3:
        return Discarded("length byte does not match the message", raw)
    if not checksum_ok(message):
        log.warning("modem: caller ID with a bad checksum discarded: %s", raw)
        return Discarded("bad checksum", raw)
    kind, payload = message[0], message[2:-1]
    if kind == SDMF_CALL:
        return _sdmf(payload, raw)
    if kind == MDMF_CALL:
        return _mdmf(payload, raw)
    return OtherLine(f"message type 0x{kind:02X} (not a call): {raw}")


def _text(data: bytes) -> str:
    return _CONTROL.sub("", data.decode("latin-1")).strip()


def _sdmf(payload: bytes, raw: str) -> CallerIdSeen | Discarded:
    if len(payload) < 8:
        return Discarded("SDMF message shorter than its date and time", raw)
    stamp, number = _text(payload[:8]), _text(payload[8:])
    return CallerIdSeen(caller=make_caller(number, ""), date=stamp[:4], time=stamp[4:8],
                        format="sdmf", raw=raw)


def _mdmf(payload: bytes, raw: str) -> CallerIdSeen | Discarded:
    params: dict[int, str] = {}
    i = 0
    while i < len(payload):
        if i + 2 > len(payload) or i + 2 + payload[i + 1] > len(payload):
            return Discarded("MDMF parameter runs past the message", raw)
        ptype, plen = payload[i], payload[i + 1]
        params.setdefault(ptype, _text(payload[i + 2:i + 2 + plen]))
        i += 2 + plen
    stamp = params.get(0x01, "")
    number = params.get(0x02) or params.get(0x03)  # 0x03: dialable directory number
    caller = make_caller(number, params.get(0x07, ""),
                         number_reason=params.get(0x04, ""), name_reason=params.get(0x08, ""))
    return CallerIdSeen(caller=caller, date=stamp[:4], time=stamp[4:8], format="mdmf", raw=raw,
                        number_sent=any(p in params for p in (0x02, 0x03, 0x04)))
