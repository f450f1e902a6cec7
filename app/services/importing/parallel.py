"""Parsing a big import file in a second process while this one writes.

Parsing a row (the mapping, the contact rules, every phone number through
phonenumbers) is pure Python and costs about as much as writing it; on a
machine with two cores it can run beside the writes. ``parsed_batches`` yields
the file's rows as ``import_rows.Row`` batches in file order, either parsed
here (small files, or ``workers=0``) or by a worker process fed a batch at a
time, at most ``AHEAD`` batches ahead, so the file is still streamed (a pool's
``imap`` would read it all ahead).

Rows cross between the processes as plain tuples, not pickled dataclasses
(those cost 60 us a row to unpickle, half of what parsing them costs).
The worker is started with "spawn": forking a process that runs Qt or a SIP
stack is unsafe. A frozen (PyInstaller) build calls
``multiprocessing.freeze_support()`` at start for this. The worker dies with the
process that started it, even one killed with SIGKILL (``die_with_parent``).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from app.services.contacts import phones
from app.services.dto import AddressInput, ContactInput, EmailInput, PhoneInput
from app.services.importing.read import SourceInfo, iter_rows
from app.services.importing.rows import Row, RowProblem, parse

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARALLEL_FROM_BYTES = 2 * 1024 * 1024  # below this a second process costs more than it saves
AHEAD = 3  # batches handed to the worker before the first is taken back

_Packed = tuple[Any, ...]


def parsed_batches(source: SourceInfo, mapping: dict[int, str], as_type: str, region: str,
                   batch: int, *, workers: int | None = None) -> Iterator[list[Row]]:
    """The rows of ``source``, parsed, ``batch`` at a time, in file order.
    ``workers``: None decides by the file's size (and the machine's cores)."""
    if workers is None:
        big = source.path.stat().st_size >= PARALLEL_FROM_BYTES
        workers = 1 if big and (multiprocessing.cpu_count() or 1) > 1 else 0
    raw = _raw_batches(source, batch)
    if workers <= 0:
        for cells_batch in raw:
            yield [parse(n, cells, source, mapping, as_type, region) for n, cells in cells_batch]
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        pending: deque[Future[list[_Packed]]] = deque()
        try:
            for cells_batch in raw:
                pending.append(pool.submit(_parse_packed, cells_batch, source, mapping, as_type,
                                           region))
                if len(pending) > AHEAD:
                    yield [_unpack(p) for p in pending.popleft().result()]
            while pending:
                yield [_unpack(p) for p in pending.popleft().result()]
        finally:
            for future in pending:  # a cancelled or failed import: nothing more to parse
                future.cancel()


def _raw_batches(source: SourceInfo, batch: int) -> Iterator[list[tuple[int, list[str]]]]:
    out: list[tuple[int, list[str]]] = []
    for item in iter_rows(source):
        out.append(item)
        if len(out) >= batch:
            yield out
            out = []
    if out:
        yield out


# --- in the worker ----------------------------------------------------------

def die_with_parent(parent: int) -> None:
    """On Linux the kernel kills this process when its parent dies (PR_SET_PDEATHSIG); a
    parent gone before that was set is seen by the pid. Elsewhere the pool's own pipe
    ends the worker once it is idle."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def _parse_packed(cells_batch: list[tuple[int, list[str]]], source: SourceInfo,
                  mapping: dict[int, str], as_type: str, region: str) -> list[_Packed]:
    return [pack(parse(n, cells, source, mapping, as_type, region)) for n, cells in cells_batch]


def pack(row: Row) -> _Packed:
    """A parsed row as nested tuples of plain values (``unpack`` gives it back)."""
    d = row.data
    return (row.number, row.sort_key,
            tuple((p.row, p.column, p.reason) for p in row.problems),
            (d.kind, d.contact_type, d.account_kind, d.first_name, d.last_name, d.company_name,
             d.title),
            tuple((p.number, p.kind) for p in d.phones),
            tuple((e.address, e.kind) for e in d.emails),
            tuple(d.websites),
            tuple((a.street, a.postcode, a.city, a.region, a.country, a.kind)
                  for a in d.addresses),
            tuple((n.raw, n.e164, n.digits_rev, n.search_digits, n.extension, n.country)
                  for n in row.numbers))


def _unpack(packed: _Packed) -> Row:
    number, sort_key, problems, names, phone_list, emails, websites, addresses, numbers = packed
    kind, contact_type, account_kind, first, last, company, title = names
    data = ContactInput(kind=kind, contact_type=contact_type, account_kind=account_kind,
                        first_name=first, last_name=last, company_name=company, title=title,
                        phones=[PhoneInput(n, k) for n, k in phone_list],
                        emails=[EmailInput(a, k) for a, k in emails], websites=list(websites),
                        addresses=[AddressInput(street=s, postcode=p, city=c, region=r, country=co,
                                                kind=k) for s, p, c, r, co, k in addresses])
    return Row(number, data, problems=[RowProblem(*p) for p in problems],
               numbers=[phones.NormalizedPhone(*n) for n in numbers], sort_key=sort_key)


unpack = _unpack
