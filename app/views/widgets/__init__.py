"""Widgets every screen shares: tables over plain rows (``tables``), dialogs
whose refusals show under the field (``forms``), and local/UTC times (``dates``).
Nothing here knows a screen; screens import from here, never from each other.
"""
