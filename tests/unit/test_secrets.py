"""The SIP password: only in a secure keyring, or for this session."""

import logging

import keyring
import pytest
from keyring.backends import fail

from app.services.office import secrets
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def no_keyring():  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
    secrets._session.clear()


def test_a_secure_keyring_remembers(memory_keyring, caplog) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.DEBUG):
        assert secrets.status().secure
        secrets.store("sip:alice@pbx.example", "s3cr3t-pw", remember=True)
        assert secrets.get("sip:alice@pbx.example") == "s3cr3t-pw"
    assert memory_keyring.store == {("Ringcard", "sip:alice@pbx.example"): "s3cr3t-pw"}
    assert "s3cr3t-pw" not in caplog.text
    secrets.forget("sip:alice@pbx.example")
    assert secrets.get("sip:alice@pbx.example") is None


def test_without_a_secure_keyring_it_says_so_and_offers_the_session(no_keyring) -> None:  # type: ignore[no-untyped-def]
    state = secrets.status()
    assert not state.secure and "kept until Ringcard closes" in state.message
    assert "Don't remember" not in state.message  # no such option: the box is "Remember ..."
    with pytest.raises(secrets.NoSecureKeyring, match="cannot remember the password safely"):
        secrets.store("sip:alice@pbx.example", "pw", remember=True)
    secrets.store("sip:alice@pbx.example", "pw", remember=False)
    assert secrets.get("sip:alice@pbx.example") == "pw"  # this session only


def test_a_plaintext_file_backend_is_not_secure(memory_keyring, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    class PlaintextKeyring(MemoryKeyring):  # named like keyrings.alt's file backend
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextKeyring())
    assert not secrets.status().secure


def test_dont_remember_removes_an_old_remembered_one(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    secrets.store("acct", "old", remember=True)
    secrets.store("acct", "new", remember=False)
    assert memory_keyring.store == {}
    assert secrets.get("acct") == "new"
