"""The phone line's status in the user's words: the tray, the Calls menu and the
status bar show a source's status ("listening 127.0.0.1:5060/udp", "disconnected:
port gone") with its first word translated and its detail as said, while the line
state is still read from the source's own (English) word."""

from __future__ import annotations

from app.views.line_state import LineState, line_state, status_words


def test_statuses_read_german_and_the_state_is_still_known(in_german: object) -> None:
    assert status_words("listening 127.0.0.1:5060/udp") == "empfangsbereit 127.0.0.1:5060/udp"
    assert status_words("disconnected: [Errno 5] Input/output error") == \
        "getrennt: [Errno 5] Input/output error"
    assert status_words("registering desk") == "meldet sich an desk"
    assert status_words("failed registration: 403 Forbidden") == \
        "fehlgeschlagen registration: 403 Forbidden"
    assert status_words("something new") == "something new"  # unknown words as said
    states = {"SIP desk": "listening 127.0.0.1:5060/udp", "Modem ttyS0": "ready"}
    assert line_state(states, configured=True) is LineState.UP
    assert line_state({"Modem ttyS0": "disconnected: gone"}, configured=True) is LineState.DOWN


def test_english_is_unchanged() -> None:
    assert status_words("listening 127.0.0.1:5060/udp") == "listening 127.0.0.1:5060/udp"
    assert status_words("disconnected: gone") == "disconnected: gone"
