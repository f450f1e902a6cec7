"""Guard against a PySide6 release that leaks away references to None/True.

PySide6 6.12.0 on CPython 3.11 drops a reference to None/True on every model
begin/end call and signal emit; after ~10k of them the interpreter aborts with
"Fatal Python error: none_dealloc". A list model does that many in minutes, so
this runs the same calls in a child process and expects it to survive.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import PySide6

N = 20_000

SCRIPT = textwrap.dedent(f"""
    import sys
    from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Signal

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 0

        def columnCount(self, parent=QModelIndex()):
            return 1

        def data(self, index, role=0):
            return None

    class Emitter(QObject):
        value = Signal(object)

    app = QCoreApplication(sys.argv)
    model = Model()
    for _ in range({N}):
        model.beginResetModel()
        model.endResetModel()

    received = []
    emitter = Emitter()
    emitter.value.connect(lambda v: received.append(v is None or v is True))
    for _ in range({N}):
        emitter.value.emit(None)
        emitter.value.emit(True)
    assert len(received) == {2 * N} and all(received), len(received)
    before = sys.getrefcount(None)
    for _ in range(1000):
        emitter.value.emit(None)
    # a leak of one reference per emit would show here long before the abort
    assert sys.getrefcount(None) >= before - 10, (before, sys.getrefcount(None))
    print("refcounts ok")
""")


def test_model_resets_and_signal_emits_keep_none_and_true_alive() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0 and "refcounts ok" in proc.stdout, (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]}: "
        f"exit code {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr[-3000:]}")
