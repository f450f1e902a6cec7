"""Hits in the lists a search is not looking at ("3 more in Leads"): counted per
list, without the ones on screen, and only up to a bound."""

from app.services.contacts import search
from app.services.contacts.list_rows import Filters
from tests.unit.helpers import company, person, set_region

CUSTOMERS = Filters(contact_type="customer")
LEADS = Filters(contact_type="lead")
COMPANIES = Filters(kind="company")


def test_hits_per_other_list_leave_out_the_ones_on_screen(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx)
    person(ctx, "Anna", "Smith", contact_type="customer")
    person(ctx, "Dora", "Smith", contact_type="lead")
    person(ctx, "Eve", "Smithers", contact_type="lead")
    company(ctx, "Smith & Co", contact_type="customer")  # a customer company: on screen in Customers already
    company(ctx, "Smithy Leads Ltd", contact_type="lead")

    assert search.count_up_to(ctx, "smith", LEADS, cap=100, excluding=CUSTOMERS) == 3
    # Companies seen from Customers: only the company that is not a customer
    assert search.count_up_to(ctx, "smith", COMPANIES, cap=100, excluding=CUSTOMERS) == 1
    # Customers seen from Companies: only the people
    assert search.count_up_to(ctx, "smith", CUSTOMERS, cap=100, excluding=COMPANIES) == 1
    # short terms are a name prefix, phone-like ones digits
    assert search.count_up_to(ctx, "sm", LEADS, cap=100, excluding=CUSTOMERS) == 3
    assert search.count_up_to(ctx, "zz", LEADS, cap=100, excluding=CUSTOMERS) == 0
    assert search.count_up_to(ctx, "  ", LEADS, cap=100, excluding=CUSTOMERS) == 0


def test_the_count_stops_past_its_bound(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx)
    for n in range(6):
        person(ctx, f"P{n}", "Okafor", contact_type="lead")
    assert search.count_up_to(ctx, "okafor", LEADS, cap=3) == 4  # "3+": no more is read
    assert search.count_up_to(ctx, "okafor", LEADS, cap=10) == 6
