"""PostgreSQL: customer numbers stay unique when many desks create at once."""

import threading

from app.db import Database
from app.services.contacts import core as contacts
from app.services.dto import ContactInput
from tests.actors import acting
from tests.conftest import new_pg_database


def test_customer_numbers_unique_under_concurrent_creation(pg_base_url: str) -> None:
    import app.services  # noqa: F401

    url = new_pg_database(pg_base_url)
    setup = acting(Database(url), "setup")
    people = [contacts.create(setup, ContactInput(first_name="P", last_name=str(i)))
              for i in range(40)]
    numbers: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def desk(k: int) -> None:
        db = Database(url, migrate=False)  # every desk has its own engine and connections
        ctx = acting(db, f"rep{k}")
        try:
            barrier.wait()
            for pid in people[k::8]:
                numbers.append(contacts.make_consumer(ctx, pid))
                numbers.append(contacts.create(ctx, ContactInput(
                    kind="company", company_name=f"Co {k}-{pid}", contact_type="customer")) and
                    contacts.get(ctx, pid).customer_number or "")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=desk, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    with setup.read() as s:
        from sqlalchemy import func, select

        from app.models import Contact

        assigned = s.scalars(select(Contact.customer_number)
                             .where(Contact.customer_number.is_not(None))).all()
        assert s.scalar(select(func.count()).select_from(Contact)) == 80
    assert len(assigned) == 80 and len(set(assigned)) == 80
    expected = {f"CUS{i:04d}" for i in range(1, 81)}
    assert set(assigned) == expected  # no gaps, no duplicates
    setup.db.dispose()
