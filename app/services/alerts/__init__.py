"""Automated activity alerts (reference 001): the office's settings, the set-based
rules and the engine that turns what fires into To-Dos, and the desktop reminders.
"""
