"""Ringcard: a desktop CRM with caller recognition."""

__version__ = "0.1.0"
