"""Logging for unattended runs: human-readable lines or JSON lines, on stderr.

Every record edugraph logs names an ``event`` (``import.finished``,
``document.quarantined`` ...) and may carry ``fields``; :func:`log_event`
is the one way to write such a record.  The human format shows the message
and the fields as ``key=value``; the JSON format writes one object per line
with ``ts`` (UTC, ISO 8601), ``level``, ``event``, ``message`` and the fields,
for journald, Loki, jq and the like.  Both scrub the value of
``NEO4J_PASSWORD`` from every line, should a driver message ever echo it.

>>> import io, json, logging
>>> stream = io.StringIO()
>>> with configured_logging("json", "info", stream=stream) as log:
...     log_event(log, logging.WARNING, "document.quarantined", "quarantined news/a.txt",
...               source="news/a.txt", reason="empty file")
>>> line = json.loads(stream.getvalue())
>>> line["level"], line["event"], line["source"], line["reason"]
('warning', 'document.quarantined', 'news/a.txt', 'empty file')
>>> stream = io.StringIO()
>>> with configured_logging("human", "info", stream=stream) as log:
...     log_event(log, logging.INFO, "import.started", "importing 1 path", paths=["news"])
>>> stream.getvalue().split(" ", 1)[1]
'INFO    importing 1 path  paths=["news"]\\n'

In the human format a control character in a message or a value (a record id
with a newline and an ANSI escape, say) is shown escaped, so that no input
can forge a log line or rewrite the terminal:

>>> printable("feed.jsonl#1\\n2025-01-01 INFO    forged\\x1b[2J")
'feed.jsonl#1\\\\n2025-01-01 INFO    forged\\\\x1b[2J'
"""
from __future__ import annotations

import contextlib
import json
import logging
import re
import sys
from datetime import datetime, timezone
from typing import IO, Iterable, Iterator

from edugraph.settings import secret_values

LOGGER_NAME = "edugraph"
LOG_FORMATS = ("human", "json")
LOG_LEVELS = ("debug", "info", "warning", "error")


def log_event(logger: logging.Logger, level: int, event: str, message: str, *,
              exc_info: bool = False, **fields) -> None:
    """Log ``message`` as ``event`` with structured ``fields`` (JSON-serialisable values)."""
    logger.log(level, message, exc_info=exc_info, extra={"event": event, "fields": fields})


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret replaced by ``***``.

    >>> redact("login failed for s3cr3t-pw", ["s3cr3t-pw"])
    'login failed for ***'
    """
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` on one line with its control characters escaped (``\\n``, ``\\x1b``)."""
    return _CONTROL.sub(lambda m: _ESCAPES.get(m.group(), f"\\x{ord(m.group()):02x}"
                                                if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}"),
                        text)


def _timestamp(record: logging.LogRecord) -> str:
    moment = datetime.fromtimestamp(record.created, timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _value(value) -> str:
    if isinstance(value, str) and value and not any(c.isspace() for c in value):
        return printable(value)
    return printable(json.dumps(value, ensure_ascii=False))


class HumanFormatter(logging.Formatter):
    """``2025-01-02T02:30:00.123Z INFO    message  key=value ...``"""

    def format(self, record: logging.LogRecord) -> str:
        fields = getattr(record, "fields", None) or {}
        extra = "  " + " ".join(f"{key}={_value(value)}" for key, value in fields.items()) if fields else ""
        line = f"{_timestamp(record)} {record.levelname:<7} {printable(record.getMessage())}{extra}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return redact(line, secret_values())


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``ts``, ``level``, ``event``, ``message``, then the fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"ts": _timestamp(record), "level": record.levelname.lower(),
                 "event": getattr(record, "event", None) or record.name,
                 "message": record.getMessage()}
        for key, value in (getattr(record, "fields", None) or {}).items():
            entry.setdefault(key, value)
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return redact(json.dumps(entry, ensure_ascii=False, default=str), secret_values())


class _CurrentStderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is when a record is emitted.

    A progress display (rich) and test runners replace ``sys.stderr`` for a
    while; a handler holding the original stream would write around them.
    """

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> IO[str]:
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


@contextlib.contextmanager
def configured_logging(log_format: str = "human", level: str = "info", *,
                       stream: IO[str] | None = None) -> Iterator[logging.Logger]:
    """The ``edugraph`` logger writing ``log_format`` lines at ``level`` and above.

    ``stream`` defaults to the current stderr.  The handler is removed on exit,
    so that commands run one after another in one process (tests) never log twice.
    """
    if log_format not in LOG_FORMATS:
        raise ValueError(f"log format must be one of {LOG_FORMATS}, not {log_format!r}")
    if level.lower() not in LOG_LEVELS:
        raise ValueError(f"log level must be one of {LOG_LEVELS}, not {level!r}")
    logger = logging.getLogger(LOGGER_NAME)
    handler = logging.StreamHandler(stream) if stream is not None else _CurrentStderrHandler()
    handler.setFormatter(JsonFormatter() if log_format == "json" else HumanFormatter())
    previous = (logger.level, logger.propagate)
    logger.addHandler(handler)
    logger.setLevel(level.upper())
    logger.propagate = False
    try:
        yield logger
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous[0])
        logger.propagate = previous[1]
