"""Dialogs. Each validates on the field and saves through the services."""
