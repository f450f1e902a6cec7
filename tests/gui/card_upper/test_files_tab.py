"""File area: upload, folders, move, open, rename, delete, drag and drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from app.services.contacts import files
from tests.gui.card_upper.conftest import person, select_tab


def _tab(card, ctx, qtbot):  # type: ignore[no-untyped-def]
    cid = person(ctx)
    card.show_contact(cid)
    tab = select_tab(card, "files")
    qtbot.waitUntil(lambda: not card.runner.is_busy())
    return cid, tab


def _select(tab, kind: str, ident: int) -> None:  # type: ignore[no-untyped-def]
    index = tab.model.index_of(kind, ident)
    assert index.isValid()
    tab.tree.setCurrentIndex(index)


def _upload(qtbot, tab, monkeypatch, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(p) for p in paths], "")))
    with qtbot.waitSignal(tab.runner.settled, timeout=5000):
        qtbot.mouseClick(tab.upload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.runner.is_busy())


def test_upload_folder_move_open_rename_delete(qtbot, ctx, card, tmp_path, monkeypatch,
                                               qtmodeltester) -> None:
    cid, tab = _tab(card, ctx, qtbot)
    a, b = tmp_path / "offer.pdf", tmp_path / "notes.txt"
    a.write_bytes(b"%PDF-1.4 offer")
    b.write_text("call back friday")
    _upload(qtbot, tab, monkeypatch, a, b)
    folders, stored = files.listing(ctx, cid)
    assert sorted(f.name for f in stored) == ["notes.txt", "offer.pdf"]
    assert tab.model.rowCount() == 2
    assert "2 files" in tab.summary.text()

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Offers", True)))
    qtbot.mouseClick(tab.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tab.model.folders) == 1)
    folder_id = next(iter(tab.model.folders))
    offer = next(f for f in stored if f.name == "offer.pdf")

    # move into the folder through "Move to…"
    _select(tab, "file", offer.id)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Offers", True)))
    qtbot.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.files.get(offer.id) is not None
                    and tab.model.files[offer.id].folder_id == folder_id)
    assert tab.model.index_of("file", offer.id).parent() == tab.model.index_of("folder", folder_id)
    qtmodeltester.check(tab.model)

    # open hands the desktop a named copy
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))
    _select(tab, "file", offer.id)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "offer.pdf" and copy.read_bytes() == b"%PDF-1.4 offer"

    # rename to something that tries to escape: it stays a plain name
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("../../evil.txt", True)))
    _select(tab, "file", offer.id)
    qtbot.mouseClick(tab.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.files[offer.id].name == "evil.txt")
    _select(tab, "file", offer.id)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    escaped = Path(opened[-1].toLocalFile())
    assert escaped.name == "evil.txt"
    assert escaped.parent.name.startswith("ringcard-open-")

    # folders rename too
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Signed offers", True)))
    _select(tab, "folder", folder_id)
    assert tab.rename_button.isEnabled()
    qtbot.mouseClick(tab.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.folders[folder_id].name == "Signed offers")
    assert [f.name for f in files.listing(ctx, cid)[0]] == ["Signed offers"]

    # delete asks first
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    _select(tab, "folder", folder_id)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "everything in it" in asked[0]
    qtbot.waitUntil(lambda: not tab.model.folders)
    assert [f.name for f in files.listing(ctx, cid)[1]] == ["notes.txt"]


def test_a_stored_name_with_dots_and_slashes_stays_inside(qtbot, ctx, card, tmp_path,
                                                          monkeypatch) -> None:
    cid, tab = _tab(card, ctx, qtbot)
    src = tmp_path / "plain.txt"
    src.write_text("x")
    file_id = files.add_file(ctx, cid, src, name="../../evil.txt")
    tab._refresh()
    qtbot.waitUntil(lambda: file_id in tab.model.files)
    assert tab.model.files[file_id].name == "evil.txt"
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))
    _select(tab, "file", file_id)
    tab.open_selected()
    out = Path(opened[0].toLocalFile())
    assert out.parent.name.startswith("ringcard-open-") and out.name == "evil.txt"


def test_drop_in_goes_into_the_folder_under_the_cursor(qtbot, ctx, card, tmp_path) -> None:
    cid, tab = _tab(card, ctx, qtbot)
    folder_id = files.create_folder(ctx, cid, "Contracts")
    tab._refresh()
    qtbot.waitUntil(lambda: folder_id in tab.model.folders)
    dropped = tmp_path / "contract.docx"
    dropped.write_bytes(b"PK signed")

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    view = tab.tree
    rect = view.visualRect(tab.model.index_of("folder", folder_id))
    pos = QPointF(rect.center())
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    # what the desktop sends: enter, move over the folder, drop
    for event in (QDragEnterEvent(pos.toPoint(), *args), QDragMoveEvent(pos.toPoint(), *args)):
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()
    with qtbot.waitSignal(card.runner.settled, timeout=5000):
        QApplication.sendEvent(view.viewport(), QDropEvent(pos, *args))
    qtbot.waitUntil(lambda: any(f.name == "contract.docx" for f in tab.model.files.values()))
    stored = next(f for f in files.listing(ctx, cid)[1] if f.name == "contract.docx")
    assert stored.folder_id == folder_id

    # dropping onto the empty area below the rows puts it at the top level
    second = tmp_path / "photo.jpg"
    second.write_bytes(b"\xff\xd8")
    mime2 = QMimeData()
    mime2.setUrls([QUrl.fromLocalFile(str(second))])
    with qtbot.waitSignal(card.runner.settled, timeout=5000):
        assert tab.model.dropMimeData(mime2, Qt.DropAction.CopyAction, -1, -1,
                                      tab.model.index(-1, -1))
    qtbot.waitUntil(lambda: any(f.name == "photo.jpg" for f in tab.model.files.values()))
    assert next(f for f in files.listing(ctx, cid)[1] if f.name == "photo.jpg").folder_id is None


def test_drag_out_gives_a_file_url_of_a_named_copy(qtbot, ctx, card, tmp_path) -> None:
    cid, tab = _tab(card, ctx, qtbot)
    src = tmp_path / "quote.xlsx"
    src.write_bytes(b"PK quote")
    file_id = files.add_file(ctx, cid, src)
    tab._refresh()
    qtbot.waitUntil(lambda: file_id in tab.model.files)
    mime = tab.model.mimeData([tab.model.index_of("file", file_id)])
    urls = mime.urls()
    assert len(urls) == 1 and urls[0].isLocalFile()
    out = Path(urls[0].toLocalFile())
    assert out.name == "quote.xlsx" and out.read_bytes() == b"PK quote"
    # and dropping those ids on the top level moves nothing (already there)
    assert tab.model.supportedDragActions() == Qt.DropAction.CopyAction


def test_missing_bytes_are_shown_and_open_says_so(qtbot, ctx, card, tmp_path,
                                                  monkeypatch) -> None:
    cid, tab = _tab(card, ctx, qtbot)
    src = tmp_path / "lost.pdf"
    src.write_bytes(b"gone soon")
    file_id = files.add_file(ctx, cid, src)
    sha = __import__("hashlib").sha256(b"gone soon").hexdigest()
    files.blob_path(sha).unlink()
    tab._refresh()
    qtbot.waitUntil(lambda: file_id in tab.model.files)
    index = tab.model.index_of("file", file_id)
    assert index.data().endswith("(missing on this desk)")
    assert "missing on this desk" in tab.summary.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))
    _select(tab, "file", file_id)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert not opened
    assert tab.message.isVisible() and "missing from this computer" in tab.message.text()
