"""Canonical keys: what makes the same actor in two releases one node.

A key is ``Type:normalised-name``; the normalisation is the one the shared
scorer uses (NFC, zero-width characters dropped, Thai digits read, all white
space removed), so two spellings that the contract calls equal share a key.

>>> name_key("Agency", "สำนักงาน ศึกษาธิการจังหวัด\u200bสตูล")
'Agency:สำนักงานศึกษาธิการจังหวัดสตูล'
>>> event_key("signing", "2022-04-19", "สุโขทัย", document="d1", local_id="e1")
'Event:signing:2022-04-19:สุโขทัย'
>>> event_key("workshop", None, "สตูล", document="d1", local_id="e2")
'Event:workshop:undated:d1#e2'
"""
from __future__ import annotations

import re
import unicodedata

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
SPACE = re.compile(r"\s+")


def normalize_name(text: str | None) -> str:
    """The form in which two names are compared (the scorer's ``norm``)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = ZERO_WIDTH.sub("", text).translate(THAI_DIGITS)
    return SPACE.sub("", text)


def name_key(entity_type: str, name: str) -> str:
    """Key of a Person, Agency, Province or Programme by its canonical name."""
    return f"{entity_type}:{normalize_name(name)}"


def event_key(event_type: str, date: str | None, province: str | None, *,
              document: str, local_id: str) -> str:
    """Key of an Event: type + date + province; an undated event is its document's own."""
    if not date:
        return f"Event:{event_type}:undated:{document}#{local_id}"
    return f"Event:{event_type}:{date}:{normalize_name(province) or '-'}"


def document_key(source_id: str) -> str:
    """Key of a Document: its source id (path or URL) as given."""
    return source_id
