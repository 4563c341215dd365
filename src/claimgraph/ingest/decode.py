"""Turn input bytes into text, whatever encoding scraping tools left them in."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from claimgraph.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Characters that never belong in prose; a text made mostly of them is binary.
_CONTROL = {chr(c) for c in range(32)} - {"\n", "\r", "\t", "\f"}


def decode(data: bytes, *, name: str) -> str:
    """Decode ``data`` as text: BOM first, then UTF-8, then a detected charset.

    Raises :class:`InputError` when the bytes are not text at all, so binary
    junk renamed ``.txt`` is refused instead of stored as garbage.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), name=name)
    if _looks_binary(data):
        raise InputError("binary content, not text", subject=name)
    try:
        return _checked(data.decode("utf-8"), name=name)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "cp1252"
    return _checked(data.decode(encoding, errors="replace"), name=name)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KiB mean binary data."""
    head = data[:8192]
    if not head:
        return False
    if head.count(0) > max(2, len(head) // 100):
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > len(head) // 20


def _checked(text: str, *, name: str) -> str:
    """Strip stray NULs and control characters; refuse text that is mostly junk."""
    cleaned = "".join(ch for ch in text if ch not in _CONTROL)
    if text and len(cleaned) < len(text) * 0.9:
        raise InputError("binary content, not text", subject=name)
    return cleaned.replace("\r\n", "\n").replace("\r", "\n")
