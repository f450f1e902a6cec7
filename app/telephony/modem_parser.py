"""Incremental parser for what a caller-ID modem writes to its serial port.

Pure and I/O-free so it can be fuzzed: feed it bytes exactly as they arrive
(any chunking, CR / LF / CRLF / LFCR, stray NULs and line noise) and it returns
what it recognised: RING, a caller-ID block (formatted ``NMBR = ...`` lines or
unformatted SDMF / MDMF hex with its checksum verified), result codes such as
OK / ERROR, and lines it did not understand. Nothing fed to it raises.

A formatted block has no end marker, so it is reported as soon as it holds
both a number and a name, else at the next RING, blank line, result code or
unknown line, else when the caller calls :meth:`ModemParser.flush` after a
quiet spell. That keeps the pop-up fast when the modem sends NAME and NMBR.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from app.telephony.callerid import CallerId, Withheld

log = logging.getLogger(__name__)

MAX_LINE = 1024  # longer "lines" are noise; a caller-ID line is < 100 chars
_MAX_MESSAGE = 2 + 255 + 1  # type, length, payload, checksum

# Codes a modem (or the network, in an SDMF / MDMF "reason" parameter) sends
# in place of a number or name.
ABSENCE_CODES: dict[str, Withheld] = {
    "O": Withheld.OUT_OF_AREA,
    "P": Withheld.PRIVATE,
    "A": Withheld.ANONYMOUS,
}
RESULT_CODES = frozenset({
    "OK", "ERROR", "CONNECT", "NO CARRIER", "BUSY", "NO DIALTONE", "NO DIAL TONE", "NO ANSWER",
})
_TAG = re.compile(r"(DDN_NMBR|NMBR|NAME|DATE|TIME|MESG)\s*=", re.IGNORECASE)
_LEADING_RINGS = re.compile(r"^((?:RING\b\s*)+)", re.IGNORECASE)
_HEX = re.compile(r"^[0-9A-Fa-f]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

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

    @property
    def has_identity(self) -> bool:
        return "NMBR" in self.fields or "NAME" in self.fields

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

    def flush(self) -> list[ModemEvent]:
        """The modem has gone quiet: finish whatever is half-received."""
        events: list[ModemEvent] = []
        for line in self._lines.flush():
            self._line(line, events)
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
        if self._block is None:
            self._block = _Block()
        block = self._block
        block.lines.append(line)
        matches = list(_TAG.finditer(line))
        for i, m in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
            tag = m.group(1).upper()
            tag = "NMBR" if tag == "DDN_NMBR" else tag
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
        events.append(CallerIdSeen(
            caller=make_caller(f.get("NMBR"), f.get("NAME", ""), message=f.get("MESG", "")),
            date=f.get("DATE", ""), time=f.get("TIME", ""), format="formatted",
            raw="\n".join(block.lines),
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

def make_caller(number: str | None, name: str, *, message: str = "",
                number_reason: str = "", name_reason: str = "") -> CallerId:
    """Apply the absence codes: O / P / A in place of the number (or, with no
    number at all, of the name) say why there is none."""
    number = (number or "").strip()
    name = name.strip()
    withheld = Withheld.NO
    if number.upper() in ABSENCE_CODES:
        withheld = ABSENCE_CODES[number.upper()]
        number = ""
    elif not number and number_reason:
        withheld = ABSENCE_CODES.get(number_reason.upper(), Withheld.UNAVAILABLE)
    if name.upper() in ABSENCE_CODES:
        name_reason = name
        name = ""
    if not number and withheld is Withheld.NO:
        withheld = ABSENCE_CODES.get(name_reason.strip().upper(), Withheld.UNAVAILABLE)
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
    return CallerIdSeen(caller=caller, date=stamp[:4], time=stamp[4:8], format="mdmf", raw=raw)
