"""The Test button's SIP check (app.telephony.line_test.check_sip) against the
real pjsua2 library and a real sipp registrar: what the line answered."""

from __future__ import annotations

from app.telephony.line_test import check_sip
from tests.telephony.sip.conftest import free_port


def test_a_listening_line_says_where_it_listens() -> None:
    port = free_port()
    answer = check_sip({"mode": "listen", "host": "127.0.0.1", "port": port})
    assert answer.ok
    assert answer.text == f"Listening for calls on 127.0.0.1:{port}/udp"


def test_an_account_says_registered_or_the_registrars_refusal(sipp) -> None:  # type: ignore[no-untyped-def]
    registrar_port = free_port()
    registrar = sipp.start("uas_registrar.xml", target_port=None, local_port=registrar_port)
    conf = {"mode": "account", "host": "127.0.0.1", "port": free_port(),
            "domain": f"127.0.0.1:{registrar_port}", "user": "rep", "auth_user": "rep-auth"}
    answer = check_sip(conf, "s3cret-Pa55")
    assert answer.ok, answer.text
    assert answer.text == f"Registered at the PBX as rep@127.0.0.1:{registrar_port}"
    sipp.finish(registrar)

    registrar_port = free_port()
    sipp.start("uas_registrar.xml", target_port=None, local_port=registrar_port)
    conf["domain"], conf["port"] = f"127.0.0.1:{registrar_port}", free_port()
    refused = check_sip(conf, "wrong")
    assert not refused.ok
    assert "403" in refused.text and "Wrong password" in refused.text


def test_a_pbx_that_never_answers_is_said_within_the_wait() -> None:
    silent = free_port()  # nobody listens there
    answer = check_sip({"mode": "account", "host": "127.0.0.1", "port": free_port(),
                        "domain": f"127.0.0.1:{silent}", "user": "rep"}, "pw", wait_s=1.5)
    assert not answer.ok
    assert answer.text == f"No answer from the PBX 127.0.0.1:{silent} within 1 second"


def test_an_account_without_a_domain_is_refused_before_starting() -> None:
    answer = check_sip({"mode": "account", "host": "127.0.0.1", "port": free_port()})
    assert not answer.ok and answer.text == "An account needs the PBX domain and a user"
