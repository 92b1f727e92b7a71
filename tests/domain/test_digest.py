"""SHA-256 without OpenSSL (domain/digest.py): hashlib's digest, without loading libcrypto."""

import hashlib
import subprocess
import sys

from careerdesk.domain.digest import sha256_hex
from tests.conftest import ROOT


def test_the_digest_is_hashlibs_for_any_bytes():
    for data in (b"", b"abc", "Ünïcode – ß 🙂".encode(), bytes(range(256)) * 300):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_it_loads_no_openssl():
    probe = ("import sys\nfrom careerdesk.domain.digest import sha256_hex\nsha256_hex(b'x')\n"
             "print('_hashlib' in sys.modules, 'hashlib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True,
                            timeout=60)
    assert result.stdout.split() == ["False", "False"]
