"""Caller-ID sources (SIP via pjsua2, serial modem via pyserial) and their parsers.

Sources are plain threads that report ``CallEvent`` values through a callback;
they never touch widgets or the database. ``app.services.calls.queries`` logs each event
first; a Qt bridge (``app.views``) then shows it.
"""
