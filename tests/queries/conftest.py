"""Fixtures for the query tests: a real store holding the inline or the gold releases."""
from __future__ import annotations

import pytest

from inline_records import INLINE_RECORDS, gold_records, load


@pytest.fixture
def inline_store(store):
    """The store holding the three inline releases."""
    load(store, INLINE_RECORDS)
    return store


@pytest.fixture
def gold():
    return gold_records()


@pytest.fixture
def gold_store(store, gold):
    """The store holding the five gold-annotated seed releases."""
    load(store, gold)
    return store
