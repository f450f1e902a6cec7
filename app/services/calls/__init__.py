"""Calls as the pop-up, the tray and ``ringcard calls`` see them, the caller look-up
by number, and the call path's writes. Receiving events is ``app.services.inbound``.
"""
