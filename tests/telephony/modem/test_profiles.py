"""Modem profiles: defaults, built-ins, and the round trip through settings."""

from __future__ import annotations

import json

import pytest

from app.telephony.modem_profiles import BUILTIN_PROFILES, ModemProfile, builtin_profile


def test_default_is_reset_then_vcid_with_hash_cid_fallback() -> None:
    profile = ModemProfile()
    assert profile.steps() == [["ATZ"], ["AT+VCID=1", "AT#CID=1"]]
    assert (profile.ring_gap_s, profile.baudrate) == (7.0, 115200)


@pytest.mark.parametrize("name", sorted(BUILTIN_PROFILES))
def test_builtins_are_valid_and_survive_json(name: str) -> None:
    profile = builtin_profile(name)
    profile.validate()
    assert profile.steps()[0] == ["ATZ"]
    assert any("VCID" in c or "#CID" in c for step in profile.steps() for c in step)
    again = ModemProfile.from_dict(json.loads(json.dumps(profile.to_dict())))
    assert again == profile


def test_builtin_copies_are_independent() -> None:
    mine = builtin_profile("zoom")
    mine.init_commands.append("ATS0=0")
    assert "ATS0=0" not in BUILTIN_PROFILES["zoom"].init_commands
    assert "ATS0=0" not in builtin_profile("zoom").init_commands
    with pytest.raises(ValueError, match="unknown modem profile"):
        builtin_profile("nope")


def test_from_dict_is_tolerant_of_old_and_new_settings(caplog: pytest.LogCaptureFixture) -> None:
    profile = ModemProfile.from_dict({"name": "desk", "ring_gap_s": 5, "baudrate": 57600.0,
                                      "init_commands": "ATZ\nAT#CID=1\n", "added_later": 1})
    assert profile.ring_gap_s == 5.0 and isinstance(profile.ring_gap_s, float)
    assert profile.baudrate == 57600 and profile.init_commands == ["ATZ", "AT#CID=1"]
    assert profile.response_timeout_s == ModemProfile().response_timeout_s
    assert "added_later" in caplog.text


@pytest.mark.parametrize("bad", [
    {"init_commands": []},
    {"init_commands": ["ATZ", "reboot"]},
    {"init_commands": [1, 2]},
    {"ring_gap_s": 0},
    {"ring_gap_s": "soon"},
    {"baudrate": 9600.5},
    {"baudrate": True},
    {"name": 3},
])
def test_from_dict_refuses_bad_values(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        ModemProfile.from_dict(bad)
