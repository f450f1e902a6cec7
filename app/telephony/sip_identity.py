"""Who is calling, read from the text of a SIP request.

Pure functions, no pjsua2: the worker thread hands us ``rdata.wholeMsg`` and
gets back a :class:`CallerId`. Precedence follows what PBXs actually send:
P-Asserted-Identity (RFC 3325, set by the trusted network) beats
Remote-Party-ID (draft-ietf-sip-privacy, Cisco/Asterisk/FreeSWITCH) beats the
caller-controlled From (RFC 3261 20.20). ``Privacy: id`` (RFC 3325 9.3),
``Privacy: user`` (RFC 3323 4.2), RPID ``privacy=full`` and anonymous URIs
(RFC 3323 4.1.1.3) mean the number is withheld.

Malformed input never raises: a phone line is not the place to crash. Text
from the network is decoded as UTF-8 where it is, else as Windows-1252 (Latin-1)
line by line (a PBX sending "M\xfcller" in Latin-1 is common), and names and
numbers lose NUL and control characters and are cut to a sane length.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from app.telephony.callerid import CallerId, Withheld

log = logging.getLogger(__name__)

# RFC 3261 7.3.3 compact forms (only those we read).
_COMPACT = {"f": "from", "i": "call-id", "t": "to", "m": "contact", "v": "via"}
# Visual separators of RFC 3966 phonedigit; stripped only when the user part is a number.
_PHONE_RE = re.compile(r"^\+?[0-9*#A-Da-d().\- ]*[0-9][0-9*#A-Da-d().\- ]*$")
_SEPARATORS_RE = re.compile(r"[().\- ]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")  # C0 but tab, DEL, C1
MAX_NAME = 200  # a display name longer than this is not a name
MAX_NUMBER = 64
MAX_RAW = 2048  # the identity header kept for diagnosis
MAX_KEY = 256  # a Call-ID used as the call's key
_ANONYMOUS_WORDS = {"anonymous": Withheld.ANONYMOUS}
_UNAVAILABLE_WORDS = {"unavailable", "unknown"}
_PRIVATE_WORDS = {"private", "restricted", "withheld"}


@dataclass(frozen=True, slots=True)
class NameAddr:
    """One parsed ``name-addr`` / ``addr-spec`` with its header parameters."""

    display: str = ""
    uri: str = ""
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SipIdentity:
    """The caller plus where we found it, for the event's ``raw`` field."""

    caller: CallerId
    header: str = ""  # "P-Asserted-Identity" / "Remote-Party-ID" / "From" / ""
    value: str = ""  # that header's value as received
    screened: bool | None = None  # RPID screen=yes/no, when given

    @property
    def raw(self) -> str:
        """The header as received (cleaned, cut); for a withheld caller only its name (privacy)."""
        if not self.header:
            return ""
        if self.caller.withheld:
            return f"{self.header}: (withheld)"
        return clean(f"{self.header}: {self.value}", MAX_RAW)


# --------------------------------------------------------------------------- text


def network_text(text: str | bytes) -> str:
    """Network bytes as text: UTF-8 where a line is valid UTF-8, else Windows-1252,
    else Latin-1 (which takes any byte). A ``str`` from pjsua2 is decoded by SWIG with
    ``surrogateescape``, so its undecodable bytes come back as lone surrogates that
    raise UnicodeEncodeError wherever the text is written; they are decoded here too."""
    if isinstance(text, str):
        try:
            text.encode("utf-8")
            return text
        except UnicodeEncodeError:
            data = text.encode("utf-8", "surrogateescape")
    elif isinstance(text, bytes | bytearray):
        data = bytes(text)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    else:
        return ""
    return "\n".join(_decode_line(line) for line in data.split(b"\n"))


def _decode_line(line: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            continue
    return line.decode("latin-1")


def clean(text: str, limit: int) -> str:
    """No NUL, no control characters (a tab becomes a space), no lone surrogates,
    at most ``limit`` characters."""
    text = network_text(text[: limit * 4])
    text = _CONTROL_RE.sub("", text.replace("\t", " "))
    return text[:limit].strip()


# --------------------------------------------------------------------------- headers


def parse_headers(raw: str) -> list[tuple[str, str]]:
    """Header fields as (lower-case full name, unfolded value), in order.

    Skips the start line, stops at the blank line before the body, joins
    folded continuation lines (RFC 3261 7.3.1) with one space.
    """
    if not isinstance(raw, str):
        return []
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[list[str]] = []
    for index, line in enumerate(lines):
        if index == 0 and ":" not in line.split(" ", 1)[0]:
            continue  # request / status line
        if line.strip() == "":
            if out or index > 0:
                break
            continue
        if line[0] in " \t":
            if out:
                out[-1][1] += " " + line.strip()
            continue
        name, sep, value = line.partition(":")
        if not sep:
            continue
        key = name.strip().lower()
        out.append([_COMPACT.get(key, key), value.strip()])
    return [(k, v) for k, v in out]


def header_values(raw: str | list[tuple[str, str]], name: str) -> list[str]:
    """Every value of header ``name`` (case-insensitive, compact forms included)."""
    headers = parse_headers(raw) if isinstance(raw, str) else raw
    wanted = _COMPACT.get(name.lower(), name.lower())
    return [v for k, v in headers if k == wanted]


def split_list(value: str) -> list[str]:
    """Split a header value on commas outside quotes and angle brackets."""
    parts: list[str] = []
    buf: list[str] = []
    quoted = escaped = False
    depth = 0
    for ch in value:
        if quoted:
            buf.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                quoted = False
            continue
        if ch == '"':
            quoted = True
        elif ch == "<":
            depth += 1
        elif ch == ">":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            parts.append("".join(buf).strip())
            buf = []
            continue
        buf.append(ch)
    parts.append("".join(buf).strip())
    return [p for p in parts if p]


def _parse_params(text: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for piece in _split_outside_quotes(text, ";"):
        key, _, val = piece.partition("=")
        key = key.strip().lower()
        if key:
            params[key] = _unquote_string(val.strip())
    return params


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    buf: list[str] = []
    quoted = escaped = False
    for ch in text:
        if quoted:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        elif ch == sep:
            parts.append("".join(buf))
            buf = []
            continue
        buf.append(ch)
    parts.append("".join(buf))
    return [p.strip() for p in parts if p.strip()]


def _unquote_string(text: str) -> str:
    """``"A \\"B\\""`` -> ``A "B"`` (RFC 3261 quoted-pair); tokens unchanged."""
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1]
    elif text.startswith('"'):
        text = text[1:]
    else:
        return text
    out, escaped = [], False
    for ch in text:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        else:
            out.append(ch)
    return "".join(out)


def parse_name_addr(value: str) -> NameAddr:
    """``"Name" <uri>;p=v`` or ``Name <uri>`` or ``uri;p=v`` -> :class:`NameAddr`."""
    s = value.strip()
    display = ""
    rest = s
    if s.startswith('"'):
        end, escaped = None, False
        for i in range(1, len(s)):
            ch = s[i]
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                end = i
                break
        if end is None:  # unterminated: take what is there as the name
            return NameAddr(display=_unquote_string(s).strip())
        display = _unquote_string(s[: end + 1])
        rest = s[end + 1 :]
    lt = rest.find("<")
    if lt >= 0:
        if not s.startswith('"'):
            display = " ".join(rest[:lt].split())
        gt = rest.find(">", lt)
        uri = rest[lt + 1 : gt if gt >= 0 else len(rest)].strip()
        params = _parse_params(rest[gt + 1 :]) if gt >= 0 else {}
        return NameAddr(display=display, uri=uri, params=params)
    if s.startswith('"'):
        return NameAddr(display=display)
    uri, _, tail = rest.partition(";")
    return NameAddr(uri=uri.strip(), params=_parse_params(tail))


# --------------------------------------------------------------------------- URIs


def uri_scheme(uri: str) -> str:
    scheme, sep, _ = uri.partition(":")
    return scheme.strip().lower() if sep else ""


def uri_host(uri: str) -> str:
    scheme = uri_scheme(uri)
    if scheme not in ("sip", "sips"):
        return ""
    body = uri.split(":", 1)[1]
    host = body.rpartition("@")[2]
    return re.split(r"[;:?>]", host, maxsplit=1)[0].strip().lower()


def uri_user(uri: str) -> str:
    """User part of a sip:/sips: URI or the number of a tel: URI, unescaped."""
    scheme = uri_scheme(uri)
    body = uri.split(":", 1)[1] if scheme else ""
    if scheme == "tel":
        user = re.split(r"[;?]", body, maxsplit=1)[0]
    elif scheme in ("sip", "sips"):
        if "@" not in body:
            return ""
        user = body.rpartition("@")[0]
        user = user.split(";", 1)[0].split(":", 1)[0]  # ;isub= etc, :password
    else:
        return ""
    try:
        user = unquote(user, errors="replace")
    except Exception:  # pragma: no cover - unquote is total on str
        pass
    return user.strip()


def number_of(user: str) -> str:
    """Strip RFC 3966 visual separators when the user part is a phone number."""
    if _PHONE_RE.match(user):
        return _SEPARATORS_RE.sub("", user)
    return user


def _withheld_word(text: str) -> Withheld:
    word = text.strip().strip('"').strip().lower()
    if word in _ANONYMOUS_WORDS:
        return _ANONYMOUS_WORDS[word]
    if word in _UNAVAILABLE_WORDS:
        return Withheld.UNAVAILABLE
    if word in _PRIVATE_WORDS:
        return Withheld.PRIVATE
    return Withheld.NO


def anonymity(addr: NameAddr) -> Withheld:
    """RFC 3323 4.1.1.3 anonymous URI (``anonymous.invalid`` host or user word)."""
    if uri_host(addr.uri) == "anonymous.invalid":
        return Withheld.ANONYMOUS
    return _withheld_word(uri_user(addr.uri))


# --------------------------------------------------------------------------- identity


def privacy_values(headers: list[tuple[str, str]]) -> set[str]:
    """Tokens of every Privacy header (``;``-separated, commas tolerated)."""
    tokens: set[str] = set()
    for value in header_values(headers, "privacy"):
        for piece in re.split(r"[;,]", value):
            if piece.strip():
                tokens.add(piece.strip().lower())
    return tokens


def _choose_pai(values: list[str]) -> tuple[NameAddr, str] | None:
    entries = [(parse_name_addr(v), v) for raw in values for v in split_list(raw)]
    entries = [(a, v) for a, v in entries if uri_scheme(a.uri) in ("tel", "sip", "sips")]
    if not entries:
        return None
    tel = [e for e in entries if uri_scheme(e[0].uri) == "tel"]
    chosen = tel[0] if tel else entries[0]
    if not chosen[0].display:  # RFC 3325 10: the name often rides on the sip: entry
        named = next((a.display for a, _ in entries if a.display), "")
        chosen = (NameAddr(named, chosen[0].uri, chosen[0].params), chosen[1])
    return chosen


def _choose_rpid(values: list[str]) -> tuple[NameAddr, str] | None:
    entries = [(parse_name_addr(v), v) for raw in values for v in split_list(raw)]
    entries = [e for e in entries if e[0].uri]
    calling = [e for e in entries if e[0].params.get("party", "calling").lower() == "calling"]
    return calling[0] if calling else None


def identify(raw: str | bytes) -> SipIdentity:
    """The caller of a raw SIP request; never raises."""
    try:
        return _identify(network_text(raw))
    except Exception:  # the parser must not take the phone line down
        log.warning("SIP identity parser failed; caller reported unavailable", exc_info=True)
        return SipIdentity(CallerId(number="", withheld=Withheld.UNAVAILABLE))


def caller_id(raw: str) -> CallerId:
    """Shortcut for :func:`identify` when only the caller matters."""
    return identify(raw).caller


def _identify(raw: str) -> SipIdentity:
    headers = parse_headers(raw if isinstance(raw, str) else "")
    privacy = privacy_values(headers)
    withheld = Withheld.NO
    if "none" not in privacy and privacy & {"id", "user"}:
        withheld = Withheld.PRIVATE

    header, chosen, screened = "", None, None
    pai = _choose_pai(header_values(headers, "p-asserted-identity"))
    if pai:
        header, chosen = "P-Asserted-Identity", pai
    else:
        rpid = _choose_rpid(header_values(headers, "remote-party-id"))
        if rpid:
            header, chosen = "Remote-Party-ID", rpid
        else:
            froms = header_values(headers, "from")
            if froms:
                header, chosen = "From", (parse_name_addr(froms[0]), froms[0])
    if chosen is None:
        return SipIdentity(CallerId(number="", withheld=Withheld.UNAVAILABLE))

    addr, value = chosen
    name = clean(addr.display, MAX_NAME)
    number = number_of(clean(uri_user(addr.uri), MAX_NUMBER))
    hide_name = withheld is Withheld.PRIVATE
    if header == "Remote-Party-ID":
        screened = {"yes": True, "no": False}.get(addr.params.get("screen", "").lower())
        rpid_privacy = {p.strip() for p in addr.params.get("privacy", "").lower().split(",")}
        if "full" in rpid_privacy:
            withheld, hide_name = withheld or Withheld.PRIVATE, True
        elif "uri" in rpid_privacy:
            withheld = withheld or Withheld.PRIVATE
        elif "name" in rpid_privacy:
            hide_name = True
    if _withheld_word(name) is not Withheld.NO:
        # "Anonymous", "unavailable"...: a placeholder, not a name; it withholds
        # the number too unless the URI still carries a real one.
        if not _is_number(number):
            withheld = withheld or _withheld_word(name)
        hide_name = True
    by_uri = anonymity(NameAddr(uri=addr.uri))
    if by_uri is not Withheld.NO:
        withheld = withheld or by_uri
    if withheld:
        return SipIdentity(CallerId(number="", name="" if hide_name else name, withheld=withheld),
                           header=header, value=value, screened=screened)
    name = "" if hide_name else name
    if not number:
        caller = CallerId(number="", name=name, withheld=Withheld.UNAVAILABLE)
    else:
        caller = CallerId(number=number, name=name)
    return SipIdentity(caller, header=header, value=value, screened=screened)


def _is_number(user: str) -> bool:
    return bool(user) and bool(_PHONE_RE.match(user))


def call_id(raw: str | bytes) -> str:
    """The Call-ID (``Call-ID`` or compact ``i``), cleaned; "" when absent or unreadable."""
    try:
        values = header_values(network_text(raw), "call-id")
        return clean(values[0], MAX_KEY) if values else ""
    except Exception:
        log.warning("could not read the Call-ID", exc_info=True)
        return ""


def reasons(raw: str) -> list[tuple[str, dict[str, str]]]:
    """RFC 3326 Reason values as (protocol, params)."""
    out = []
    for value in header_values(raw, "reason"):
        for item in split_list(value):
            protocol, _, params = item.partition(";")
            out.append((protocol.strip().upper(), _parse_params(params)))
    return out


def answered_elsewhere(raw: str) -> bool:
    """A CANCEL saying ``Reason: SIP;cause=200`` (RFC 3326): picked up elsewhere."""
    try:
        return any(p == "SIP" and q.get("cause", "").strip() == "200" for p, q in reasons(raw))
    except Exception:
        log.warning("could not read the CANCEL's Reason header", exc_info=True)
        return False
