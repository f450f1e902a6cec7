"""The inbound journal: what was announced survives a crash, once."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.inbound import journal as journals
from app.telephony.callerid import (
    CallerId,
    CallEvent,
    EventKind,
    Outcome,
    Withheld,
    event_from_dict,
    event_to_dict,
)

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def ident(key: str, number: str = "+442079460018", name: str = "") -> CallEvent:
    return CallEvent(EventKind.IDENTIFIED, key, "sip", "line", T0, caller=CallerId(number, name))


def end(key: str) -> CallEvent:
    return CallEvent(EventKind.ENDED, key, "sip", "line", T0 + timedelta(seconds=9),
                     outcome=Outcome.MISSED)


def test_an_event_survives_the_round_trip_through_json_as_it_was() -> None:
    odd = CallEvent(EventKind.IDENTIFIED, "k\x00ey", "modem", "/dev/ttyS0", T0,
                    caller=CallerId("", "M\udcfcller \x00", Withheld.OUT_OF_AREA, "MESG=01"),
                    raw="DATE=1207\r\nNMBR=O")
    assert event_from_dict(event_to_dict(odd)) == odd
    ended = CallEvent(EventKind.ENDED, "k", "sip", "l", T0, outcome=Outcome.NOT_WATCHED,
                      duration_s=12, direction="out")
    assert event_from_dict(event_to_dict(ended)) == ended


def test_a_killed_process_leaves_its_unwritten_events_and_open_calls_to_the_next(tmp_path: Path) -> None:
    live = journals.open_live(tmp_path)
    s1 = live.append(ident("a"))
    live.append(end("a"))
    live.done(s1)
    live.append(ident("b", name="SMITH J"))  # rang, never ended, never written
    s3 = live.append(ident("c"))
    live.done(s3)  # written, but it never ended either
    assert journals.orphans(tmp_path) == []  # the process lives: its lock is held
    os.close(live._fd)  # what kill -9 leaves: the bytes, no lock
    [orphan] = journals.orphans(tmp_path)
    replay = orphan.replay()
    assert [(e.kind, e.call_key) for e in replay] == [
        ("ended", "a"), ("identified", "b"), ("ended", "b"), ("ended", "c")]
    assert replay[1].caller == CallerId("+442079460018", "SMITH J")
    assert [e.outcome for e in replay[2:]] == [Outcome.UNKNOWN, Outcome.UNKNOWN]
    orphan.remove()
    assert list(tmp_path.iterdir()) == []


def test_a_torn_last_record_and_a_garbled_line_lose_nothing_else(tmp_path: Path) -> None:
    live = journals.open_live(tmp_path)
    live.append(ident("a"))
    live.append(end("a"))
    path = live.path
    os.close(live._fd)
    data = path.read_bytes()
    first_end = data.index(b"\n", data.index(b'"t":"e"')) + 1
    path.write_bytes(data[:first_end] + b"{not json at all\n" + data[first_end:]
                     + b'{"t":"e","s":3,"e":{"kind":"ident')  # a crash inside write()
    pending, open_calls = journals.read(path)
    assert [(e.kind, e.call_key) for e in pending] == [("identified", "a"), ("ended", "a")]
    assert open_calls == []


def test_compaction_keeps_what_is_pending_and_the_calls_still_open(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(journals, "COMPACT_BYTES", 2_000)
    live = journals.open_live(tmp_path)
    open_seq = live.append(ident("open"))
    live.done(open_seq)
    for i in range(40):
        seq = live.append(ident(f"k{i}"))
        seq2 = live.append(end(f"k{i}"))
        live.done(seq)
        live.done(seq2)
    assert live.size < 2_000  # rewritten, not grown to ~40 x 2 x 300 bytes
    last = live.append(ident("late"))
    os.close(live._fd)
    pending, open_calls = journals.read(live.path)
    assert [e.call_key for e in pending] == ["late"]
    assert {e.call_key for e in open_calls} == {"open", "late"}
    assert last > 80


def test_a_journal_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    live = journals.open_live(tmp_path)
    os.close(live._fd)
    live._fd = os.open("/dev/full", os.O_WRONLY)  # every write: ENOSPC, as a full disk
    with pytest.raises(journals.JournalError, match="cannot be written"):
        live.append(ident("a"))
    os.close(live._fd)


# -- any interleaving of append, done, crash and adoption -------------------------------

_ops = st.lists(st.one_of(
    st.tuples(st.just("ring"), st.integers(0, 5)),  # a call key: identified
    st.tuples(st.just("end"), st.integers(0, 5)),
    st.tuples(st.just("done"), st.integers(0, 40)),  # the writer marks one pending entry
    st.tuples(st.just("crash"), st.booleans()),  # kill -9, with or without a torn record
), max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=_ops)
def test_no_interleaving_loses_or_duplicates_an_announced_event(ops, tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(journals, "COMPACT_BYTES", 1_500)  # compaction happens too
    folder = tmp_path_factory.mktemp("journal")
    live = journals.open_live(folder)
    pending: list[tuple[int, tuple[str, str, str]]] = []  # the model: (seq, event) in order
    open_calls: set[str] = set()

    def sig(e: CallEvent) -> tuple[str, str, str]:
        return (str(e.kind), e.call_key, str(e.outcome or ""))

    def add(event: CallEvent) -> None:
        pending.append((live.append(event), sig(event)))
        if event.kind == EventKind.ENDED:
            open_calls.discard(event.call_key)
        else:
            open_calls.add(event.call_key)

    for op, arg in ops:
        if op == "ring":
            add(ident(f"c{arg}"))
        elif op == "end":
            add(end(f"c{arg}"))
        elif op == "done" and pending:
            seq, _ = pending.pop(arg % len(pending))
            live.done(seq)
        elif op == "crash":
            os.close(live._fd)
            if arg:  # died inside write(): half a record, never announced
                with open(live.path, "ab") as f:
                    f.write(b'{"t":"e","s":999,"e":{"kind":"identified","key":"half')
            live = journals.open_live(folder)
            [orphan] = journals.orphans(folder, own=live.path)
            replay = orphan.replay()
            # what it never wrote, in order, then an "unknown" end for each open call
            expected = [s for _, s in pending] + sorted(
                ("ended", k, "unknown") for k in open_calls)
            assert [sig(e) for e in replay[:len(pending)]] == expected[:len(pending)]
            assert sorted(sig(e) for e in replay[len(pending):]) == expected[len(pending):]
            seqs = live.adopt(replay)
            orphan.remove()
            pending = list(zip(seqs, (sig(e) for e in replay), strict=True))
            open_calls = set()
    assert [sig(e) for _, e in live.pending] == [s for _, s in pending]
    assert len(list(folder.glob("*.jsonl"))) == 1
    live.close()


def test_a_write_cut_short_by_a_full_disk_leaves_nothing_to_swallow_the_next(tmp_path: Path) -> None:
    """ENOSPC part-way through a record: the fragment is cut back off, so the next
    event (appended once there is room) is read back whole after a crash."""
    import errno

    live = journals.open_live(tmp_path)
    real_write = live._write

    def half_then_full(data: bytes) -> None:
        real_write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    live._write = half_then_full  # type: ignore[method-assign]
    with pytest.raises(journals.JournalError, match="No space left"):
        live.append(ident("lost"))  # never announced
    live._write = real_write  # type: ignore[method-assign]
    live.append(ident("next"))
    os.close(live._fd)
    pending, _ = journals.read(live.path)
    assert [e.call_key for e in pending] == ["next"]
