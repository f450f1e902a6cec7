"""What a database holds before demo data goes into it: demo rows are marked
(``Contact.made_by_demo``), so a real office's contacts are told apart exactly."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import Contact
from app.services.context import AppContext


@dataclass(frozen=True)
class Holdings:
    real_contacts: int  # contacts a person or an import made
    demo_contacts: int  # contacts demo-data made

    @property
    def is_real_office(self) -> bool:
        return self.real_contacts > 0


def holdings(ctx: AppContext) -> Holdings:
    with ctx.read() as s:
        counts = dict(s.execute(select(Contact.made_by_demo, func.count())
                                .group_by(Contact.made_by_demo)).all())
    return Holdings(int(counts.get(False, 0)), int(counts.get(True, 0)))
