"""Notes: add through the card's action, edit only one's own, Private hides a
note from everyone but its author."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.activities import by_contact as contact_activities
from app.services.context import AppContext
from app.views.dialogs.note_dialog import NoteDialog
from tests.gui.card_lower.conftest import dialog_of, press_ok, show, texts, tick
from tests.gui.conftest import person


def test_add_a_note_from_the_toolbar(qtbot, qtmodeltester, gui_ctx: AppContext,
                                     make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    card = make_card(gui_ctx)
    assert card.show_contact(pid)
    card.actions_.new_note.trigger()
    tab = card.lower_tabs["notes"]
    assert card.lower_tab_widget.currentWidget() is tab
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, NoteDialog)
    qtbot.keyClicks(dialog.text, "Wants a quote for 40 chairs")
    with qtbot.waitSignal(card.contact_changed, timeout=5000):
        press_ok(qtbot, tab, dialog)
    assert texts(tab.model, 1) == ["alice"]
    assert texts(tab.model, 3) == ["Wants a quote for 40 chairs"]
    assert tab.pane.toPlainText() == "Wants a quote for 40 chairs"
    assert tab.edit_button.isEnabled()
    qtmodeltester.check(tab.model)


def test_empty_note_is_refused_on_the_field(qtbot, gui_ctx: AppContext,
                                            make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "notes")
    tab.new_note()
    dialog = dialog_of(qtbot, tab)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("body") == "The note is empty"
    assert dialog.isVisible()
    assert contact_activities.notes(gui_ctx, pid) == []
    dialog.reject()


def test_edit_own_note_and_make_it_private(qtbot, gui_ctx: AppContext,
                                           make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    contact_activities.add_note(gui_ctx, pid, "First draft")
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "notes")
    tab.select_row(tab.table, 0)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, tab)
    dialog.text.selectAll()
    qtbot.keyClicks(dialog.text, "Final words")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "second line")
    tick(qtbot, dialog.private)
    press_ok(qtbot, tab, dialog)
    assert texts(tab.model, 3) == ["Final words"]
    assert texts(tab.model, 2) == ["Private"]
    assert tab.pane.toPlainText() == "Final words\nsecond line"


def test_private_note_is_hidden_from_another_user(qtbot, gui_ctx: AppContext,
                                                  bob_ctx: AppContext,
                                                  make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    alice_card = make_card(gui_ctx)
    tab = show(qtbot, alice_card, pid, "notes")
    for text, private in (("Budget is 25k", True), ("Likes e-mail", False)):
        tab.new_note()
        dialog = dialog_of(qtbot, tab)
        qtbot.keyClicks(dialog.text, text)
        if private:
            tick(qtbot, dialog.private)
        press_ok(qtbot, tab, dialog)
    assert sorted(texts(tab.model, 3)) == ["Budget is 25k", "Likes e-mail"]

    bob_card = make_card(bob_ctx)
    bob_tab = show(qtbot, bob_card, pid, "notes")
    assert texts(bob_tab.model, 3) == ["Likes e-mail"]
    bob_tab.select_row(bob_tab.table, 0)
    assert bob_tab.pane.toPlainText() == "Likes e-mail"
    assert not bob_tab.edit_button.isEnabled()  # alice's words: only she edits them


def test_history_does_not_leak_private_notes(qtbot, gui_ctx: AppContext, bob_ctx: AppContext,
                                             make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    contact_activities.add_note(gui_ctx, pid, "Secret plan", private=True)
    card = make_card(bob_ctx)
    tab = show(qtbot, card, pid, "history")
    assert not any("Secret" in d for d in texts(tab.model, 3))
    alice_card = make_card(gui_ctx)
    alice_tab = show(qtbot, alice_card, pid, "history")
    assert "Secret plan" in texts(alice_tab.model, 3)
