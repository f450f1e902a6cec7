"""Every dialog and wizard of the desktop app, built as the app builds it on a
small real office: the screen-fit test opens each one on the screen it runs on
(tests/gui/test_small_screens.py runs it on 1024x600 and 1366x768 too).

A dialog added to app/views without an entry here fails
``test_the_catalogue_names_every_dialog``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QWidget

from app.config import LocalSettings
from app.services.activities import history as activity_history
from app.services.activities.edit import ActivityForm
from app.services.contacts import core as contacts
from app.services.contacts import marketing
from app.services.context import AppContext
from app.services.dto import ContactInput, EmailInput, PhoneInput
from app.services.helpdesk import cases
from app.services.helpdesk import tickets as helpdesk
from app.services.office import lists, users
from app.views.tasks import TaskRunner


@dataclass
class Office:
    """What the dialogs are opened on: a person with a phone, an e-mail, a
    campaign and a ticket, and the To-Do the ticket came from."""

    ctx: AppContext
    runner: TaskRunner
    parent: QWidget
    person: int
    ticket: int
    campaign: int


def make_office(ctx: AppContext, runner: TaskRunner, parent: QWidget) -> Office:
    person = contacts.create(ctx, ContactInput(
        kind="person", contact_type="customer", first_name="Nora", last_name="Quist",
        phones=[PhoneInput("0113 496 0000")], emails=[EmailInput("nora@example.org")]))
    ticket = helpdesk.open_ticket(ctx, ActivityForm(kind="ticket", subject="Printer jams",
                                                    contact_id=person))
    campaign = marketing.create_campaign(ctx, "Spring mailing")
    return Office(ctx, runner, parent, person, ticket, campaign)


def _history_row(o: Office) -> activity_history.HistoryRow:
    return activity_history.history_rows(o.ctx, activity_history.history_ids(o.ctx, o.person))[0]


def _contact_dialog(o: Office) -> QDialog:
    from app.views.dialogs.contact_dialog import ContactDialog

    return ContactDialog(o.ctx, contacts.as_input(o.ctx, o.person), contact_id=o.person,
                         parent=o.parent, runner=o.runner)


def _export_dialog(o: Office) -> QDialog:
    from app.services.contacts.list_rows import Filters
    from app.views.dialogs.export_dialog import ExportDialog
    from app.views.list_export import contact_list_request

    request = contact_list_request(o.ctx, label="Customers", filters=Filters(contact_type="customer"),
                                   sort="name", descending=False, count=1)
    return ExportDialog(request, o.runner, o.parent)


def _picture_dialog(o: Office) -> QDialog:
    from app.views.dialogs.picture_dialog import PictureDialog

    image = QImage(1600, 1200, QImage.Format.Format_RGB32)  # a camera's picture
    image.fill(QColor("#3d6b99"))
    return PictureDialog(image, o.parent)


def _dialogs() -> dict[str, Callable[[Office], QDialog]]:
    # imported when the catalogue is used: the modules import Qt widgets
    from app.views.buffer_view import BufferView
    from app.views.calls.recent_view import RecentCallsView
    from app.views.card.lower.activity_history_dialogs import (
        CaseInfoDialog,
        NextActionDialog,
        RescheduleDialog,
    )
    from app.views.crash_dialog import CrashDialog
    from app.views.dialogs.activity_dialog import ActivityDialog
    from app.views.dialogs.activity_fields import ConvertMeetingDialog
    from app.views.dialogs.activity_types_dialog import ActivityTypesDialog, TypeNameDialog
    from app.views.dialogs.alert_settings_dialog import AlertSettingsDialog
    from app.views.dialogs.appointment_dialog import AppointmentDialog
    from app.views.dialogs.call_dialog import CallDialog
    from app.views.dialogs.categories_dialog import CategoriesDialog
    from app.views.dialogs.convert_dialog import ConvertDialog
    from app.views.dialogs.forward_dialog import ForwardDialog
    from app.views.dialogs.link_company_dialog import LinkCompanyDialog
    from app.views.dialogs.marketing_dialogs import JoinDialog, SendOutDialog
    from app.views.dialogs.marketing_dialogs import RecordDialog as CampaignDialog
    from app.views.dialogs.note_dialog import NoteDialog
    from app.views.dialogs.office_lists_dialog import EntryNameDialog, OfficeListsDialog
    from app.views.dialogs.task_dialog import TaskDialog
    from app.views.first_run.wizard import FirstRunWizard
    from app.views.help_dialogs import AboutDialog, ShortcutsDialog
    from app.views.helpdesk.record_dialogs import RecordDialog as MessageDialog
    from app.views.helpdesk.ticket_dialogs import HistoryDialog, NewTicketDialog, StatusDialog
    from app.views.import_wizard.wizard import ImportWizard
    from app.views.popup.picker import ContactPicker
    from app.views.telephony_settings import TelephonySettingsDialog

    def staff(o: Office) -> list[users.UserView]:
        return users.list_users(o.ctx)

    def meeting(o: Office) -> QDialog:
        from app.services.activities import edit as activity_edit

        form = ActivityForm(kind="meeting", subject="Visit", contact_id=o.person)
        return ConvertMeetingDialog(activity_edit.get(o.ctx, activity_edit.create(o.ctx, form)),
                                    o.parent)

    return {
        "ActivityDialog": lambda o: ActivityDialog(o.ctx, o.runner, parent=o.parent, form=ActivityForm(
            kind="meeting", contact_id=o.person)),
        "ActivityTypesDialog": lambda o: ActivityTypesDialog(o.ctx, o.runner, o.parent),
        "AboutDialog": lambda o: AboutDialog("sqlite:////home/rep/.local/share/Ringcard/ringcard.db",
                                             o.parent),
        "AlertSettingsDialog": lambda o: AlertSettingsDialog(o.ctx, o.runner, o.parent),
        "AppointmentDialog": lambda o: AppointmentDialog(o.ctx, o.runner, staff(o), o.ctx.user,
                                                         o.person, o.parent),
        "BufferView": lambda o: BufferView(o.ctx, o.runner, o.parent),
        "CallDialog": lambda o: CallDialog("0113 496 0000", o.parent),
        "CampaignDialog": lambda o: CampaignDialog(o.ctx, "campaign", o.parent),
        "CaseInfoDialog": lambda o: CaseInfoDialog(cases.case_info(o.ctx, o.ticket), o.ticket,
                                                   o.parent),
        "CategoriesDialog": lambda o: CategoriesDialog(lists.items(o.ctx, "category"), set(),
                                                       o.parent),
        "ContactDialog": _contact_dialog,
        "CrashDialog": lambda o: CrashDialog(o.parent, "ringcard stopped: KeyError 'phone'",
                                             "Traceback (most recent call last):\n" * 60),
        "ContactPicker": lambda o: ContactPicker(o.ctx, o.runner, "Link the call",
                                                 "Who was it?", "Quist", o.parent),
        "ConvertDialog": lambda o: ConvertDialog(o.ctx, contacts.get(o.ctx, contacts.create(
            o.ctx, ContactInput(kind="person", contact_type="lead", first_name="Lea",
                                last_name="Dunn"))), o.parent),
        "ConvertMeetingDialog": meeting,
        "EntryNameDialog": lambda o: EntryNameDialog("New status", "status", {}, o.parent),
        "ExportDialog": _export_dialog,
        "FirstRunWizard": lambda o: FirstRunWizard(o.ctx, o.runner, o.parent, LocalSettings()),
        "ForwardDialog": lambda o: ForwardDialog(o.ctx, o.runner, staff(o), "todo",
                                                 "Call from Nora Quist", has_contact=True,
                                                 parent=o.parent),
        "HistoryDialog": lambda o: HistoryDialog(helpdesk.get_ticket(o.ctx, o.ticket), o.parent),
        "ImportWizard": lambda o: ImportWizard(o.ctx, o.runner, o.parent),
        "JoinDialog": lambda o: JoinDialog("Add to a campaign", marketing.campaigns(o.ctx),
                                           "Campaign:", "Role:", ["Invited"],
                                           lambda _c, _t: None, parent=o.parent),
        "LinkCompanyDialog": lambda o: LinkCompanyDialog(o.ctx, o.runner, o.parent),
        "MessageDialog": lambda o: MessageDialog(o.parent, "sms"),
        "NewTicketDialog": lambda o: NewTicketDialog(o.ctx, o.runner, staff(o), o.parent),
        "NextActionDialog": lambda o: NextActionDialog(o.ctx, o.runner, _history_row(o), o.parent),
        "NoteDialog": lambda o: NoteDialog(o.parent),
        "OfficeListsDialog": lambda o: OfficeListsDialog(o.ctx, o.runner, o.parent),
        "PictureDialog": _picture_dialog,
        "RecentCallsView": lambda o: RecentCallsView(o.ctx, o.runner, o.parent),
        "RescheduleDialog": lambda o: RescheduleDialog(_history_row(o), o.parent),
        "SendOutDialog": lambda o: SendOutDialog(o.ctx, o.person, marketing.campaigns(o.ctx),
                                                 parent=o.parent),
        "ShortcutsDialog": lambda o: ShortcutsDialog(o.parent),
        "StatusDialog": lambda o: StatusDialog(helpdesk.get_ticket(o.ctx, o.ticket), o.parent),
        "TaskDialog": lambda o: TaskDialog(staff(o), o.ctx.user, o.parent),
        "TelephonySettingsDialog": lambda o: TelephonySettingsDialog(o.ctx, LocalSettings(),
                                                                     o.runner, o.parent),
        "TypeNameDialog": lambda o: TypeNameDialog("New activity type", o.parent),
    }


DIALOGS = _dialogs
