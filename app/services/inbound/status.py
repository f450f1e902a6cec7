"""What the tray and the status bar say about the path from a phone line to the
database (``InboundPipeline.status``), in the user's words."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import translate


@dataclass(frozen=True)
class PipelineStatus:
    """What the tray and the status bar say about the path."""

    waiting: int  # calls with events not yet in the database
    database_away: str  # "" or why the writer is waiting
    journal_problem: str  # "" or why events are not durable right now
    journal_path: str

    def text(self) -> str:
        parts = []
        if self.waiting and self.database_away:
            parts.append(translate("CallPipeline", "calls waiting to be written: {count} (database "
                                   "not answering)").format(count=self.waiting))
        if self.journal_problem:
            parts.append(translate("CallPipeline", "CALLS ARE NOT SAVED TO DISK: {reason}").format(
                reason=self.journal_problem))
        return "; ".join(parts)

