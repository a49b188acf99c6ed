"""One exception family for the whole tool; the CLI turns it into one-line messages in one place."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises on purpose. ``exit_code`` is what the CLI exits with."""

    exit_code = 1


class UsageError(KgError):
    """The command was called wrongly (unknown query, missing parameter, bad option)."""

    exit_code = 2


class InputError(KgError):
    """One input (file, line, page) cannot be read as an article; the rest of the batch goes on."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class StoreError(KgError):
    """The graph store refused or failed an operation."""

    exit_code = 2


class StoreUnavailable(StoreError):
    """The graph store cannot be reached or opened (server down, wrong password, locked folder)."""


class QueryError(KgError):
    """A canned or ad-hoc query failed or was not read-only."""
