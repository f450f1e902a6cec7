"""A few hundred believable contacts made through the public services.

For screenshots and GUI tests: every row goes through ``contacts.create`` and
``links.link_company``, so what the window shows is what a user's edits would
produce. Bulk demo data (thousands and more) is ``app.services.demo.office``.
Numbers are from Ofcom's drama ranges (020 7946 0xxx, 0113 496 0xxx, ...).
"""

from __future__ import annotations

import itertools
import logging
import random

from app.services.contacts import core as contacts
from app.services.contacts import links
from app.services.context import AppContext
from app.services.dto import ContactInput, EmailInput, PhoneInput
from app.services.office import lists as lookups
from app.services.office import settings as office_settings

log = logging.getLogger(__name__)

FIRST = ["Mary", "Jason", "Lucy", "Duncan", "Jemma", "John", "Abigail", "Tom", "Priya", "Owen",
         "Fiona", "Hamish", "Aisha", "Gareth", "Niamh", "Ravi", "Sophie", "Callum", "Zara",
         "Ewan", "Harriet", "Imran", "Bethany", "Kieran", "Chloe", "Marcus", "Isla", "Declan"]
LAST = ["Smith", "Smithson", "Jones", "Watson", "King", "Rowe", "McCreddie", "Ginseng",
        "Milne", "Hart", "Patel", "Evans", "Taylor", "Brown", "Wilson", "Thomson", "Roberts",
        "Walker", "Wright", "Robinson", "Hughes", "Edwards", "Green", "Hall", "Wood", "Clarke",
        "Jackson", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "Griffiths"]
COMPANIES = ["Hope Works", "IT Supplies", "Judes Jewels", "Just In Time", "King Copiers",
             "Liberty Jones", "Little Bee Honey", "Lovely Test Customer", "Joe's Carpentry Shop",
             "Northern Print", "Harbour Logistics", "Bluebell Florists", "Castle Dental",
             "Greenfield Farms", "Riverside Motors", "Oak & Ash Joinery", "Pennine Plumbing",
             "Summit Accountancy", "Tidewater Marine", "Willow Care Homes", "Apex Scaffolding",
             "Bright Spark Electrical", "Cobble Lane Bakery", "Dales Outdoor", "Ember Coffee",
             "Foxglove Interiors", "Granite Legal", "Highland Tweed", "Ironbridge Tools",
             "Juniper Travel", "Kestrel Security", "Lakeside Veterinary", "Meadow Dairy",
             "Northgate Opticians", "Orchard Nurseries", "Pebble Beach Cafe", "Quayside Books"]
AREA_PREFIXES = ["020 7946 0", "0113 496 0", "0161 496 0", "0117 496 0", "0121 496 0"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com"]
TYPES = ["customer"] * 5 + ["potential"] * 2 + ["lead"] * 3 + ["account"]


def _slug(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def fill_sample(ctx: AppContext, n: int = 300, *, seed: int = 1) -> list[int]:
    """Create about ``n`` contacts (companies and their people); returns their ids."""
    rnd = random.Random(seed)
    with ctx.write() as s:
        office_settings.set_value(s, "home_region", "GB")
    statuses = [lookups.id_by_name(ctx, "status", x) for x in ("New", "Active", "Released")]
    ratings = [lookups.id_by_name(ctx, "rating", x)
               for x in ("Bronze", "Silver", "Gold", "Diamond", "VIP")]
    number = itertools.count()
    ids: list[int] = []
    companies: list[tuple[int, str, str]] = []  # id, domain, contact type
    for i in range(min(len(COMPANIES), max(1, n // 8))):
        name = COMPANIES[i]
        ctype = rnd.choice(TYPES)
        domain = f"{_slug(name)}.co.uk"
        cid = contacts.create(ctx, ContactInput(
            kind="company", contact_type=ctype, company_name=name,
            account_kind="reseller" if ctype == "account" else None,
            status_id=rnd.choice(statuses), rating_id=rnd.choice(ratings),
            active=rnd.random() > 0.15, call_contact=rnd.random() > 0.3,
            phones=[PhoneInput(f"{rnd.choice(AREA_PREFIXES)}{next(number) % 1000:03d}")],
            emails=[EmailInput(f"info@{domain}")], websites=[f"https://www.{domain}"]))
        ids.append(cid)
        companies.append((cid, domain, ctype))
    while len(ids) < n:
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        company = rnd.choice(companies) if rnd.random() < 0.7 else None
        ctype = company[2] if company else rnd.choice(TYPES)
        domain = company[1] if company else rnd.choice(MAIL_DOMAINS)
        phones = []
        if rnd.random() < 0.85:
            phones.append(PhoneInput(f"{rnd.choice(AREA_PREFIXES)}{next(number) % 1000:03d}"))
        if rnd.random() < 0.4:
            phones.append(PhoneInput(f"07{rnd.randint(400, 999)} {rnd.randint(100000, 999999)}",
                                     "mobile"))
        emails = [EmailInput(f"{first[0].lower()}.{_slug(last)}@{domain}")] \
            if rnd.random() < 0.8 else []
        pid = contacts.create(ctx, ContactInput(
            kind="person", contact_type=ctype, first_name=first, last_name=last,
            account_kind="other" if ctype == "account" else None,
            status_id=rnd.choice(statuses) if rnd.random() < 0.8 else None,
            rating_id=rnd.choice(ratings) if rnd.random() < 0.6 else None,
            active=rnd.random() > 0.1, call_contact=rnd.random() > 0.25,
            phones=phones, emails=emails))
        ids.append(pid)
        if company:
            links.link_company(ctx, pid, company[0], rnd.choice(["", "Owner", "Buyer", "Manager"]))
    log.info("created %d sample contacts", len(ids))
    return ids
