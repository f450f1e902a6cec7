"""Calls as the pop-up, the tray and ``ringcard calls`` see them, the caller look-up
by number, the call path's writes and click-to-call's checks. Receiving events is
``app.services.inbound``.
"""
