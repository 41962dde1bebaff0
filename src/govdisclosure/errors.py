"""Exceptions, for programmer errors only: text never raises, it yields diagnostics."""

from __future__ import annotations


class GovDisclosureError(Exception):
    """Base class of every exception this library raises on purpose."""


class ExtractorRegistrationError(GovDisclosureError, ValueError):
    """An extractor could not be registered (missing attribute, bad name, name taken)."""


class UnknownExtractorError(GovDisclosureError, KeyError):
    """No extractor of that name is registered; the message lists the available ones."""

    def __str__(self) -> str:  # KeyError quotes its argument; say it plainly instead
        return str(self.args[0]) if self.args else ""


class SchemaVersionError(GovDisclosureError, ValueError):
    """Serialised data was written by an incompatible schema version, or does not fit the schema."""


class DecodeError(GovDisclosureError, ValueError):
    """Bytes could not be decoded as text in any supported encoding.

    ``position`` is the byte offset of the first undecodable sequence.
    """

    def __init__(self, message: str, *, position: int | None = None, encoding: str | None = None) -> None:
        super().__init__(message)
        self.position = position
        self.encoding = encoding


class DocumentError(GovDisclosureError, ValueError):
    """A PDF or Word file could not be read: it is damaged, encrypted with a password, or an
    Office binary file that holds no Word document (a spreadsheet, a Microsoft Works ``.wps``).
    """
