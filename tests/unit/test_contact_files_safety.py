"""The file area takes regular files only (issue 13: a link to a system file stored that
file's bytes), and the copies it hands out for opening do not stay in the temp folder."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from app.services.contacts import files
from app.services.context import ServiceError
from tests.unit.helpers import person


def stored_blobs() -> list[Path]:
    return list(files.store_dir().glob("??/*"))


def test_a_link_is_refused_not_followed(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    secret = tmp_path / "shadow"  # stands in for a system file such as /etc/shadow
    secret.write_text("root:secret")
    link = tmp_path / "invoice.pdf"
    link.symlink_to(secret)
    with pytest.raises(ServiceError, match="“invoice.pdf” is a link"):
        files.add_file(ctx, cid, link)
    assert stored_blobs() == [] and files.listing(ctx, cid)[1] == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_without_waiting_for_a_writer(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    pipe = tmp_path / "notes.txt"
    os.mkfifo(pipe)
    with pytest.raises(ServiceError, match="not a regular file"):
        files.add_file(ctx, cid, pipe)
    assert stored_blobs() == []


def test_opened_copies_go_when_the_process_ends(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A process that opens a file (as the card's Open does) leaves nothing behind."""
    script = ("import sys\n"
              "import app.services\n"
              "from app.db import Database\n"
              "from app.services.contacts import files\n"
              "from tests.actors import acting\n"
              "from tests.unit.helpers import person\n"
              "ctx = acting(Database(sys.argv[1]), 'alice')\n"
              "src = sys.argv[2]\n"
              "fid = files.add_file(ctx, person(ctx, 'Ann', 'Lee'), src)\n"
              "first, second = files.open_path(ctx, fid), files.open_path(ctx, fid)\n"
              "print(first, second, first.read_text(), sep='\\n')\n")
    src = tmp_path / "offer.txt"
    src.write_text("the offer")
    out = subprocess.run([sys.executable, "-c", script, f"sqlite:///{tmp_path / 'o.db'}", str(src)],
                         capture_output=True, text=True, timeout=60, check=True).stdout.splitlines()
    first, second = Path(out[0]), Path(out[1])
    assert out[2] == "the offer" and first != second and first.name == second.name == "offer.txt"
    assert first.parent.name.startswith(f"{files.OPEN_PREFIX}")
    assert not first.parent.exists() and not second.parent.exists()


def test_copies_left_by_earlier_runs_are_removed(ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    old = time.time() - 7200
    folders = {
        "dead": tmp_path / f"ringcard-open-{gone.pid}-ab12",  # a run that crashed
        "living": tmp_path / f"ringcard-open-{os.getppid()}-cd34",  # another Ringcard running
        "mine": tmp_path / f"ringcard-open-{os.getpid()}-ef56",
        "old_style": tmp_path / "ringcard-open-x1y2z3",  # before this: never removed
        "new_old_style": tmp_path / "ringcard-open-q7r8s9",
    }
    for name, folder in folders.items():
        (folder / "sub").mkdir(parents=True)
        (folder / "sub" / "a.pdf").write_bytes(b"%PDF")
        if name != "new_old_style":
            os.utime(folder, (old, old))
    other = tmp_path / "someone-else"
    other.mkdir()

    assert files.clean_open_copies() == 2
    assert {n for n, f in folders.items() if f.exists()} == {"living", "mine", "new_old_style"}
    assert other.exists()

    cid = person(ctx, "Ann", "Lee")
    src = tmp_path / "a.txt"
    src.write_text("x")
    opened = files.open_path(ctx, files.add_file(ctx, cid, src))
    assert opened.parent.parent == tmp_path
    assert opened.parent.name.startswith(f"ringcard-open-{os.getpid()}-")
