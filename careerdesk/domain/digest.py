"""SHA-256 without OpenSSL.

hashlib's sha256 is OpenSSL's: the first use maps libcrypto, ~3.5 MiB of the window's memory and
3-9 ms, for a digest of a few hundred bytes. CPython carries its own SHA-256 (the digest is the
same), a module of ~0.2 MiB: `_sha2` from Python 3.12, `_sha256` before. A Python built without
it falls back to hashlib."""

from __future__ import annotations


def sha256(data: bytes = b""):
    """A SHA-256 object (update, hexdigest), as hashlib.sha256's."""
    try:
        from _sha2 import sha256  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # Python 3.11
        except ImportError:
            from hashlib import sha256
    return sha256(data)


def sha256_hex(data: bytes) -> str:
    return sha256(data).hexdigest()
