"""What reading a source yields, and the checks every format shares.

A :class:`SourceDocument` is ready for extraction; a :class:`Quarantined` is an
input that was not, with a one-line reason.  :class:`Reject` carries that reason
out of a reader; :func:`checked_text`, :func:`first_title_line` and
:func:`published_date` are the clean-up, headline and date steps that plain
text, HTML and JSON records share.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Callable

from edugraph.errors import InputError, RunInterrupted, internal_reason
from edugraph.loaders.datelines import find_dateline
from edugraph.loaders.dates import parse_date
from edugraph.loaders.normalize import ChromePattern, clean_text, has_thai

Chrome = tuple[ChromePattern, ...]
_TITLE_SEARCH_LINES = 5
_MAX_TITLE_CHARS = 300
_MIN_HEADLINE_CHARS = 20
_TIME_OF_DAY = re.compile(r"(?:เวลา)?\s*\d{1,2}[.:]\d{2}\s*(?:น\.|นาฬิกา)?")



@dataclass(frozen=True)
class SourceDocument:
    """One document ready for extraction.

    ``doc`` (an addition to the architecture's fields, filled in when not
    given) is the name the extraction contract uses: the file's base name, or
    the record id of a JSON record.
    """

    source_id: str
    text: str
    title: str | None
    published: str | None
    url: str | None
    content_hash: str
    origin: str
    doc: str = ""

    def __post_init__(self) -> None:
        if not self.doc:
            object.__setattr__(self, "doc", PurePath(self.source_id).name or self.source_id)


@dataclass(frozen=True)
class Quarantined:
    """An input that was not turned into a document, and why (one line)."""

    source_id: str
    reason: str
    origin: str
    content_hash: str | None


#: What cleaning a source gives: its text, title, publication date and URL.
Cleaned = tuple[str, "str | None", "str | None", "str | None"]


@dataclass(frozen=True)
class PendingDocument:
    """A source read and hashed whose text is not cleaned yet: :meth:`finish` decodes,
    normalises and strips it into a :class:`SourceDocument`, or a :class:`Quarantined`
    with the reason.

    Cleaning is most of the cost of reading a source, and the hash does not need it:
    an importer compares the hash first, cleans only new and changed documents, and
    can do it in its extraction processes (a pending document pickles; ``clean`` is a
    ``functools.partial`` of a module-level function).  ``where`` (a JSON record's
    place in its file) is added to a reason.
    """

    source_id: str
    origin: str
    content_hash: str
    clean: Callable[[], Cleaned]
    doc: str = ""
    where: str = ""

    def finish(self) -> SourceDocument | Quarantined:
        try:
            text, title, published, url = self.clean()
        except Reject as reject:
            reason = reject.reason
        except RunInterrupted:
            raise
        except Exception as err:  # noqa: BLE001 — e.g. a broken HTML parser install: this source only
            reason = internal_reason(err)
        else:
            return SourceDocument(self.source_id, text, title, published, url, self.content_hash, self.origin,
                                  self.doc)
        return Quarantined(self.source_id, f"{reason} ({self.where})" if self.where else reason, self.origin,
                           self.content_hash)


class Reject(InputError):
    """This input is quarantined for ``reason`` (caught inside :func:`~edugraph.loaders.sources.iter_sources`)."""

    def __init__(self, reason: str, content_hash: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.content_hash = content_hash

def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()



def checked_text(text: str, chrome: Chrome) -> str:
    """Clean ``text`` and reject it when nothing Thai is left."""
    if not text.strip():
        raise Reject("empty (only white space)")
    cleaned = clean_text(text, chrome)
    if not cleaned:
        raise Reject("no text left after removing site chrome")
    if not has_thai(cleaned):
        letters = sum(1 for c in cleaned if c.isalpha())
        raise Reject(f"no Thai text after clean-up ({letters} letters, none Thai)")
    return cleaned


def first_title_line(text: str) -> str | None:
    """A plain-text release's headline: its first line that is neither a date nor a page name.

    Short lines (a social-media page's name above a post) give way to a
    longer one among the first five; only when there is none is a short one kept.
    """
    candidates = []
    for line in text.split("\n")[:_TITLE_SEARCH_LINES]:
        line = line.strip()
        if not line or len(line) > _MAX_TITLE_CHARS:
            continue
        dateline = find_dateline(line)
        if dateline is not None and dateline.start == 0:
            rest = _TIME_OF_DAY.sub("", line[dateline.end:]).strip(" -–—|·•,:()")
            if len(rest) < _MIN_HEADLINE_CHARS:
                continue  # a dateline ("20 มกราคม 2025 เวลา 16:45 น. · สาธารณะ"), not a headline
        if len(line) >= _MIN_HEADLINE_CHARS:
            return line
        candidates.append(line)
    return candidates[0] if candidates else None


def published_date(declared: str | None, text: str) -> str | None:
    """The publication date: the one the metadata declares, else the body's dateline."""
    if declared and (date := parse_date(declared)):
        return date
    dateline = find_dateline(text)
    return dateline.date if dateline else None

