"""One exception family for edugraph.

Every error a user can cause or meet derives from :class:`EdugraphError`, so
the CLI can turn any of them into a clear message and an exit code, and
library callers can catch the family or one specific kind.  Wrap lower-level
errors with ``raise SpecificError(...) from err`` so the cause stays visible.
"""
from __future__ import annotations


class EdugraphError(Exception):
    """Base of every error edugraph raises on purpose."""

    #: Process exit code the CLI uses for this kind of error.
    exit_code = 2


class SchemaError(EdugraphError):
    """A data file (schema, gazetteer, title or cue list) is malformed."""


class InputError(EdugraphError):
    """A source document cannot be read, decoded or parsed."""


class RecordError(InputError, ValueError):
    """A record breaks the extraction contract; the message is the one-line reason."""


class ExtractionError(EdugraphError):
    """Extraction produced something that breaks the contract."""


class StoreError(EdugraphError):
    """The graph store failed or refused an operation."""


class StoreUnavailableError(StoreError):
    """The store cannot be reached or started."""


class AuthenticationError(StoreError):
    """The store rejected the credentials (never includes them)."""


class UndecodableTextError(StoreError):
    """A value read back from the store is not valid UTF-8 (the message names the node's key)."""


class QueryLimitError(StoreError):
    """A query ran past the time or memory limit (the message names the setting to raise)."""


class LockHeldError(StoreError):
    """Another edugraph import holds the store's lock."""


class EmptyStoreError(EdugraphError):
    """A read command met a store with no imported document (or no store at all)."""

    #: Nothing failed: there is nothing to read yet.  Said as a warning, with its own exit code.
    exit_code = 3
    severity = "warning"


class SettingError(EdugraphError):
    """An environment setting (``EDUGRAPH_*``) has a value edugraph cannot use."""


class RunInterrupted(EdugraphError):
    """An import run was stopped by a signal (``systemctl stop``, Ctrl-C)."""


class QueryError(EdugraphError):
    """A query is unknown, ill-parameterised or not allowed."""

    exit_code = 2


class UnknownQueryError(QueryError):
    """No canned query has that name (the message suggests near names)."""


class ParameterError(QueryError):
    """A query parameter is missing, unknown or of the wrong type."""


class WriteRefusedError(QueryError):
    """A read-only query would write to the store."""


class MissingDependencyError(EdugraphError, ImportError):
    """An optional extra is not installed (the message names the ``pip install`` that adds it)."""


class ReadRefusedError(QueryError):
    """A statement may not run on a read-only path though it may not write: LOAD CSV,
    a procedure off the store's read list, an administration or schema command."""


class RenderError(EdugraphError):
    """The HTML view could not be produced."""


class SelectionError(RenderError):
    """A subgraph selection (--around, --province, --programme, --since) names nothing usable."""


class AnalysisError(EdugraphError):
    """An analysis could not produce a result (e.g. a centrality that does not converge)."""


class ExportError(EdugraphError):
    """An export could not be written (the message names the path)."""


def internal_reason(err: BaseException) -> str:
    """One line for a failure nobody foresaw in one document: ``internal: <class>: <message>``.

    Readers and the import pipeline quarantine the document with it rather
    than stopping the run.

    >>> internal_reason(KeyError("ทดสอบ"))
    "internal: KeyError: 'ทดสอบ'"
    >>> internal_reason(ValueError("two\\nlines"))
    'internal: ValueError: two lines'
    """
    return " ".join(f"internal: {type(err).__name__}: {err}".split())
