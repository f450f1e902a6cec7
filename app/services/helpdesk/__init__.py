"""The help desk: tickets any rep can pick up, their progress checks, forwarding a
call, chat or mail as a To-Do or a ticket, and cases (a chain of activities about
one matter).
"""
