"""Activities of every kind (reference 000): record, edit, reschedule and list them; the
kinds and their rules, the office's activity types, To-Dos, meetings, and messages
(live chat, fax, SMS) added by hand or from a transcript.
"""
