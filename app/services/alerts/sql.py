"""The few SQL spellings SQLite and PostgreSQL disagree on, for the alerts
engine's set-based queries (``alerts_rules``). Everything else in those
queries is common SQL.

Dates travel as ISO text ("2026-12-31"): SQLite stores them so, PostgreSQL
gets them from ``to_char``. Moments are compared in the stored form: SQLite's
text "YYYY-MM-DD HH:MM:SS.ffffff" (UTC), PostgreSQL's timestamptz.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec"


@dataclass(frozen=True)
class Sql:
    postgres: bool

    def full_scan(self, column: str) -> str:
        """``column`` kept out of index choice: SQLite, without statistics, would
        otherwise walk a low-selectivity index (contact_type, kind) row by row."""
        return column if self.postgres else f"+{column}"

    @property
    def fence(self) -> str:
        """Keeps a derived table from being merged into its query, so its
        correlated subquery runs once per row (a co-routine on SQLite)."""
        return "OFFSET 0" if self.postgres else "LIMIT -1 OFFSET 0"

    def day(self, name: str) -> str:
        """A date parameter (bind it with ``day_value``)."""
        return f"CAST(:{name} AS DATE)" if self.postgres else f":{name}"

    def day_value(self, value: date) -> object:
        return value if self.postgres else value.isoformat()

    def moment(self, name: str) -> str:
        """A moment parameter (bind it with ``moment_value``)."""
        return f"CAST(:{name} AS TIMESTAMPTZ)" if self.postgres else f":{name}"

    def moment_value(self, value: datetime) -> object:
        value = value.astimezone(UTC)
        return value if self.postgres else value.strftime("%Y-%m-%d %H:%M:%S.%f")

    def text(self, name: str) -> str:
        return f"CAST(:{name} AS VARCHAR)"

    def date_key(self, column: str) -> str:
        """A date column as ISO text."""
        return f"to_char({column}, 'YYYY-MM-DD')" if self.postgres else column

    def moment_key(self, expr: str) -> str:
        """The UTC day of a moment as ISO text."""
        if self.postgres:
            return f"to_char(({expr}) AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
        return f"substr({expr}, 1, 10)"

    def at_time(self, key: str, seconds: int) -> str:
        """The moment ``seconds`` after the UTC midnight of the ISO day ``key``."""
        if self.postgres:
            return f"((CAST({key} AS TIMESTAMP) + INTERVAL '{int(seconds)} seconds') AT TIME ZONE 'UTC')"
        return f"(strftime('%Y-%m-%d %H:%M:%S', {key}, '{int(seconds):+d} seconds') || '.000000')"

    def days_between(self, first: str, second: str) -> str:
        """Whole days from ``first`` to ``second`` (ISO day texts or ``day`` params)."""
        if self.postgres:
            return f"(CAST({second} AS DATE) - CAST({first} AS DATE))"
        return f"CAST(julianday({second}) - julianday({first}) AS INTEGER)"


def num(expr: str) -> str:
    return f"CAST({expr} AS VARCHAR)"


def plural(expr: str, word: str) -> str:
    """"1 call", "3 calls"."""
    return f"{num(expr)} || CASE WHEN {expr} = 1 THEN ' {word}' ELSE ' {word}s' END"


def human_date(key: str) -> str:
    """ISO day text as "31 Dec 2026" (the same on both databases)."""
    return (f"{num(f'CAST(substr({key}, 9, 2) AS INTEGER)')} || ' ' || "
            f"substr('{MONTHS}', CAST(substr({key}, 6, 2) AS INTEGER) * 3 - 2, 3) || ' ' || "
            f"substr({key}, 1, 4)")


def human(value: date) -> str:
    return f"{value.day} {MONTHS[3 * value.month - 3:3 * value.month]} {value.year}"


def contact_name(alias: str) -> str:
    """A contact's display name from its columns (as ``Contact.display_name``)."""
    return (f"CASE WHEN {alias}.kind = 'company' THEN {alias}.company_name "
            f"ELSE trim({alias}.first_name || ' ' || {alias}.last_name) END")


def join_phrases(parts: list[str]) -> str:
    """Up to three optional phrases (NULL when absent) as "a", "a and b" or
    "a, b and c"."""
    a, b, c = parts
    return (f"CASE WHEN {a} IS NOT NULL AND {b} IS NOT NULL AND {c} IS NOT NULL "
            f"THEN {a} || ', ' || {b} || ' and ' || {c} "
            f"WHEN {a} IS NOT NULL AND {b} IS NOT NULL THEN {a} || ' and ' || {b} "
            f"WHEN {a} IS NOT NULL AND {c} IS NOT NULL THEN {a} || ' and ' || {c} "
            f"WHEN {b} IS NOT NULL AND {c} IS NOT NULL THEN {b} || ' and ' || {c} "
            f"ELSE coalesce({a}, {b}, {c}) END")
