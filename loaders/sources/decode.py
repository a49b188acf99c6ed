"""Bytes to text: UTF-8 with or without BOM, line ends normalised to LF."""

from __future__ import annotations

import re

from kg.errors import InputError

EMPTY = "empty file"
NOT_UTF8 = "not UTF-8 text (binary or another encoding)"

_SNIFF = 8192  # a NUL byte this early means a binary file, not text


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:_SNIFF]


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes, source: str) -> str:
    """The file's text with BOM dropped and CRLF/CR turned into LF; InputError if empty or not UTF-8."""
    if not data.strip():
        raise InputError(source, EMPTY)
    if looks_binary(data):
        raise InputError(source, NOT_UTF8)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(source, NOT_UTF8) from None
    if not text.strip():
        raise InputError(source, EMPTY)
    return normalise_newlines(text)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes, source: str) -> str:
    """An HTML page as text: UTF-8, or the charset the page itself declares in a <meta> tag."""
    try:
        return decode_text(data, source)
    except InputError as exc:
        if exc.problem != NOT_UTF8 or looks_binary(data):
            raise
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return normalise_newlines(data.decode(declared.group(1).decode("ascii")))
        except (LookupError, UnicodeDecodeError):
            pass
    raise InputError(source, NOT_UTF8)
