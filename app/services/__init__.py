"""Use cases. No Qt here: views call these and get plain values back.

Importing the package installs the flush hooks (audit history, derived
contact fields), so every session that writes through the ORM is covered.
"""

from app.services import audit, changes  # noqa: F401  (flush hooks)
from app.services.contacts import core  # noqa: F401  (flush hooks)
