"""Widgets every screen shares: tables over plain rows (``tables``), dialogs
whose refusals show under the field (``forms``), field editors with their own
message lines (``fields``), choosers for a rep, a priority or a time
(``choices``), local/UTC times (``dates``), elided labels (``elided``) and the
small window that never steals focus (``quiet_window``).
Nothing here knows a screen; screens import from here, never from each other.
"""
