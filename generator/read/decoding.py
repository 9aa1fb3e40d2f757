"""Turn the bytes of a source file into text, repairing what can be repaired.

Editors' files come from the web, from Windows and from old Macs: the reader
accepts UTF-8 (with or without BOM), UTF-16 with a BOM, Windows-1252 and
Latin-1, any line ends and stray control characters, and says what it
repaired. Only a file that looks binary is refused.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from generator.errors import ContentError, Problem


def decode(raw: bytes, path: Path) -> str:
    """The text of ``raw``; see ``decode_text``."""
    return decode_text(raw, path)[0]


_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b", b"BZh", b"\xfd7zXZ")
_UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}
# C0 and C1 controls other than tab and line ends: never part of an article,
# invalid in XML feeds, and able to drive a terminal when echoed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def decode_text(raw: bytes, path: Path) -> tuple[str, list[Problem]]:
    """Text of an article file and warnings about what had to be repaired.

    UTF-8 (a BOM is dropped); UTF-16 with a BOM; bytes that are not UTF-8 are
    read as Windows-1252 (a superset of Latin-1 for text) with a warning. A
    file that looks binary is refused; stray control characters (NUL bytes
    in a text file) are removed with a warning. Line ends become ``\\n``.
    """
    warnings = []
    bom = _UTF16_BOMS.get(raw[:2])
    if bom and not raw.startswith(b"\xff\xfe\x00\x00"):
        try:
            text = raw[2:].decode(bom)
        except UnicodeDecodeError:
            raise ContentError(f"expected {bom.upper()} text after the byte order mark, got invalid bytes", path) from None
    else:
        if _looks_binary(raw):
            raise ContentError("expected a text file, got binary data", path)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            warnings.append(Problem("not valid UTF-8; read as Windows-1252/Latin-1 (save the file as UTF-8)",
                                    path, line, "warning"))
            text = raw.decode("utf-8-sig", errors="cp1252-fallback")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first = _CONTROL.search(text)
    if first:
        nul = text.count("\x00")
        other = len(_CONTROL.findall(text)) - nul
        what = " and ".join(f"{n} {kind}{'s' if n > 1 else ''}"
                            for n, kind in ((nul, "NUL byte"), (other, "control character")) if n)
        line = text.count("\n", 0, first.start()) + 1
        warnings.append(Problem(f"removed {what} ({first.group()!r} first)", path, line, "warning"))
        text = _CONTROL.sub("", text)
    return text, warnings


def _looks_binary(raw: bytes) -> bool:
    """A known binary signature, or NUL bytes in something that is not UTF-8 text."""
    if raw.startswith(_BINARY_MAGIC):
        return True
    sample = raw[:8192]
    if b"\x00" not in sample:
        return False
    if sample.count(0) * 10 > len(sample):  # text with stray NULs has a few, not one byte in ten
        return True
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start < len(sample) - 4  # not just a sequence cut at the sample's end
    return False


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 refused as Windows-1252, so a mostly-UTF-8 file keeps its accents."""
    chunk = error.object[error.start : error.end]
    return chunk.decode("cp1252", errors="replace"), error.end


codecs.register_error("cp1252-fallback", _cp1252_fallback)
