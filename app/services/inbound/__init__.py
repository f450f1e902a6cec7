"""The inbound path: what a source hears (a call today; mail, SMS, fax and chat
next) goes to a durable journal, is announced at once with a read-only look-up,
and is written by one writer when the database answers (see ``pipeline``)."""
