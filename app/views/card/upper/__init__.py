"""The card's upper tabs (reference 004), one module per tab.

``widgets`` and ``editing`` hold what several tabs and the contact dialog
share: field messages, editable row lists, optional dates and the
save-through-``update_contact`` routine with its stale-record check.
"""
