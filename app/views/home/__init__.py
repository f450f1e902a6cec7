"""The home dashboard page (reference 003): the last 30 days by type, My To-Dos,
Overdue, recent calls and open tickets."""

from app.views.home.page import HomePage

__all__ = ["HomePage"]
