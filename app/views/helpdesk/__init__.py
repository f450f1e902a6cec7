"""The help desk: tickets and the chat, fax and SMS records without a contact."""

from app.views.helpdesk.page import HelpDeskPage

__all__ = ["HelpDeskPage"]
