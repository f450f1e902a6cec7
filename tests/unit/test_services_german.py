"""The services' messages in German: with the services' catalogue
(translations/de/services.ts, compiled here) installed as the app installs it,
the refusals, checks and labels a user reads come out German, with the values
in their places and numbers grouped the German way; without it they are the
English the other tests compare."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app import i18n
from app.services import validation
from app.services.activities import rules as activity_rules
from app.services.alerts import reminders
from app.services.alerts import settings as alert_settings
from app.services.contacts import core as contacts
from app.services.contacts import history, phones
from app.services.context import ServiceError
from app.services.dto import ContactInput
from app.services.importing import read
from app.services.inbound.status import PipelineStatus
from app.services.office import lists
from app.services.validation import ValidationError
from tests.unit.helpers import company, person, set_region
from tools import translations


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


@pytest.fixture
def german(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    qm = tmp_path / "services_de.qm"
    translations.lrelease([translations.ts_path("services")], qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    i18n.install(_qt_translate)
    yield
    i18n.install(None)
    qapp.removeTranslator(translator)


def test_checks_and_refusals_read_german_with_their_values(ctx, team, german) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx)
    with pytest.raises(ValidationError) as err:
        contacts.create(ctx, ContactInput(kind="person", emails=[], first_name=" "))
    assert err.value.errors["last_name"] == "Eine Person braucht einen Vor- oder Nachnamen"
    assert validation.email_error("ann@") == "„ann@“ ist keine gültige E-Mail-Adresse"
    with pytest.raises(phones.PhoneError, match="^„abc“ ist keine Telefonnummer$"):
        phones.normalize("abc", "GB")

    account = company(ctx, "Quayside Media", contact_type="account", account_kind="media")
    with pytest.raises(ServiceError) as refused:
        contacts.convert(ctx, account, "customer")
    assert str(refused.value) == "Ein Account kann nicht in einen Kunden umgewandelt werden"

    with pytest.raises(ServiceError) as rep:  # bob is a rep: office settings are a manager's
        alert_settings.save(team["bob"], alert_settings.load(team["bob"]))
    assert str(rep.value) == "Nur ein Manager kann die Benachrichtigungen ändern"
    with pytest.raises(ValidationError) as named:
        lists.add(ctx, "conversion_stage", " ")
    assert named.value.errors["name"] == "Bitte einen Namen angeben (Verkaufsphase)"


def test_numbers_are_grouped_and_length_errors_known_in_german(german) -> None:  # type: ignore[no-untyped-def]
    message = validation.length_error("x" * 1500, 1000)
    assert message == "Höchstens 1.000 Zeichen (dieser Text hat 1.500)"
    assert validation.is_length_error(message)
    assert validation.grouped(12345.67, 1) == "12.345,7"


def test_labels_and_status_texts_read_german(ctx, german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert activity_rules.rules("meeting_appointment").label == "Besprechungstermin"
    assert activity_rules.type_label("Call") == "Anruf"
    assert activity_rules.type_label("On site visit") == "On site visit"  # the office's own
    assert activity_rules.outcome_label("no answer") == "keine Antwort"
    assert read.field_label("phone_mobile") == "Mobiltelefon"
    assert reminders.snooze_label("1 hour") == "1 Stunde"
    status = PipelineStatus(3, "database not answering", "", "")
    assert status.text() == "Anrufe, die auf das Speichern warten: 3 (Datenbank antwortet nicht)"

    set_region(ctx)
    cid = person(ctx, "Ann", "Lee", phone="020 7946 0018")
    data = contacts.as_input(ctx, cid)
    data.first_name = "Anne"
    contacts.update_contact(ctx, cid, data)
    said = [(i.what, i.detail) for i in history.history(ctx, cid) if i.source == "edit"]
    assert ("Vorname", "Ann → Anne") in said
    assert ("Hinzugefügt: Telefon", "020 7946 0018 (geschäftlich)") in said

    empty = tmp_path / "leer.csv"
    empty.write_bytes(b"")
    with pytest.raises(read.ImportFileError, match="^„leer.csv“ ist leer$"):
        read.open_source(empty)


def test_without_the_catalogue_the_services_speak_english(ctx) -> None:  # type: ignore[no-untyped-def]
    assert validation.length_error("x" * 1500, 1000) == "At most 1,000 characters (this has 1,500)"
    assert activity_rules.rules("meeting_appointment").label == "Meeting appointment"
    assert validation.email_error("ann@") == "“ann@” is not a valid e-mail address"
