"""Completeness %: how much of a contact's record is filled in.

Weights (sum 100). A person counts its company link where a company counts
its website; both count the same contact channels:

| what                         | weight |
|------------------------------|--------|
| name (first+last / company)  | 15     |
| at least one phone           | 20     |
| at least one e-mail          | 15     |
| an address with a city       | 10     |
| company link (person) / website (company) | 10 |
| assigned rep                 | 10     |
| status                       | 5      |
| rating                       | 5      |
| a category                   | 5      |
| title (person) / customer number (company) | 5 |
"""

from __future__ import annotations

from app.models import Contact

WEIGHTS = {
    "name": 15,
    "phone": 20,
    "email": 15,
    "address": 10,
    "link": 10,
    "rep": 10,
    "status": 5,
    "rating": 5,
    "category": 5,
    "detail": 5,
}
assert sum(WEIGHTS.values()) == 100


def score(contact: Contact, *, has_company_link: bool) -> int:
    company = contact.is_company
    return score_of({
        "name": bool(contact.company_name if company else (contact.first_name and contact.last_name)),
        "phone": bool(contact.phones),
        "email": bool(contact.emails),
        "address": any(a.city for a in contact.addresses),
        "link": bool(contact.websites) if company else has_company_link,
        "rep": contact.assigned_rep_id is not None,
        "status": contact.status_id is not None,
        "rating": contact.rating_id is not None,
        "category": bool(contact.categories),
        "detail": bool(contact.customer_number) if company else bool(contact.title),
    })


def score_of(filled: dict[str, bool]) -> int:
    """The score of a record described by which WEIGHTS keys are filled."""
    return sum(WEIGHTS[k] for k, ok in filled.items() if ok)
