"""Per-modem settings: how to wake caller ID up and how to read the line.

Modems disagree on the caller-ID command (``AT+VCID=1`` on most voice
chipsets, ``AT#CID=1`` on older Rockwell / 3Com / Zoom firmware), so an init
step may list alternatives separated by ``|``: the first one the modem answers
OK wins. Profiles are plain data (``to_dict`` / ``from_dict``) so Settings can
store and edit them; the built-ins are starting points, not certified configs.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field, fields
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_INIT = ("ATZ", "AT+VCID=1|AT#CID=1")


@dataclass
class ModemProfile:
    name: str = "generic"
    # each entry is one step; "A|B" = try A, on ERROR (or no answer) try B
    init_commands: list[str] = field(default_factory=lambda: list(DEFAULT_INIT))
    response_timeout_s: float = 3.0  # wait this long for OK / ERROR to each command
    ring_gap_s: float = 7.0  # no RING for this long: the ringing has stopped
    baudrate: int = 115200
    # quiet this long after a complete line: a block with a number and no name is over
    # (never ends a line still coming in; a pause mid-line is not the end of a block)
    idle_flush_s: float = 0.5
    # quiet this long mid-line: take the line as it is (some modems omit the last
    # line end). Far longer than any pause inside a line from a working modem.
    line_timeout_s: float = 2.0
    read_timeout_s: float = 0.05  # serial read timeout; bounds how fast stop() returns
    dial_command: str = "ATDT"  # + number + ";" keeps the modem in command mode
    hangup_command: str = "ATH"
    dial_hangup_after_s: float = 8.0  # the rep has lifted the handset by then
    description: str = ""

    def steps(self) -> list[list[str]]:
        """Init steps, each a list of alternatives."""
        out: list[list[str]] = []
        for entry in self.init_commands:
            alternatives = [c.strip() for c in entry.split("|") if c.strip()]
            if alternatives:
                out.append(alternatives)
        return out

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModemProfile:
        """Tolerant of settings written by older or newer versions: unknown
        keys are ignored, missing ones take the default, wrong types raise."""
        known = {f.name: f for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                log.warning("modem profile: ignoring unknown setting %r", key)
                continue
            default = getattr(cls(), key)
            kwargs[key] = _coerce(key, value, default)
        profile = cls(**kwargs)
        profile.validate()
        return profile

    def validate(self) -> None:
        if not self.steps():
            raise ValueError("a modem profile needs at least one init command")
        for c in (cmd for step in self.steps() for cmd in step):
            if not c.upper().startswith("AT"):
                raise ValueError(f"init command {c!r} does not start with AT")
        for key in ("response_timeout_s", "ring_gap_s", "idle_flush_s", "line_timeout_s",
                    "read_timeout_s", "dial_hangup_after_s"):
            if getattr(self, key) <= 0:
                raise ValueError(f"{key} must be positive")
        if self.baudrate <= 0:
            raise ValueError("baudrate must be positive")


def _coerce(key: str, value: Any, default: Any) -> Any:
    if isinstance(default, list):
        if isinstance(value, str):
            value = [line for line in value.splitlines() if line.strip()]
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{key} must be a list of strings")
        return list(value)
    if isinstance(default, bool) or isinstance(value, bool):
        raise ValueError(f"{key}: unexpected value {value!r}")
    if isinstance(default, float):
        return float(value)
    if isinstance(default, int):
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(f"{key} must be a whole number")
        return int(value)
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value


BUILTIN_PROFILES: dict[str, ModemProfile] = {
    p.name: p for p in (
        ModemProfile(name="generic", description="Any voice modem: +VCID, else #CID"),
        ModemProfile(
            name="usr5637",
            description="US Robotics USB 5637 (Conexant chipset; +VCID, #CID on older 3Com firmware)",
        ),
        ModemProfile(
            name="conexant",
            init_commands=["ATZ", "ATE0V1", "AT+VCID=1|AT#CID=1"],
            description="Conexant / Rockwell voice chipsets (CX93001 and similar), echo off",
        ),
        ModemProfile(
            name="zoom",
            init_commands=["ATZ", "AT#CID=1|AT+VCID=1"],
            description="Zoom modems: #CID first, as in their manuals",
        ),
    )
}


def builtin_profile(name: str) -> ModemProfile:
    """A fresh copy, so edits never change the built-in."""
    try:
        return ModemProfile.from_dict(BUILTIN_PROFILES[name].to_dict())
    except KeyError:
        raise ValueError(f"unknown modem profile {name!r}; built-ins: "
                         f"{', '.join(BUILTIN_PROFILES)}") from None
