"""SHA-256 without OpenSSL (domain/digest.py): hashlib's digest, without loading libcrypto."""

import hashlib
import os
import subprocess
import sys

from careerdesk.domain.digest import sha256_hex
from tests.conftest import BUNDLED_DATA, ROOT


def test_the_digest_is_hashlibs_for_any_bytes():
    for data in (b"", b"abc", "Ünïcode – ß 🙂".encode(), bytes(range(256)) * 300):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_it_loads_no_openssl():
    probe = ("import sys\nfrom careerdesk.domain.digest import sha256_hex\nsha256_hex(b'x')\n"
             "print('_hashlib' in sys.modules, 'hashlib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True,
                            timeout=60)
    assert result.stdout.split() == ["False", "False"]


def test_the_sources_look_after_a_start_loads_no_openssl_and_stamps_as_before():
    """A window's start finishes its look at the catalogue's sources on a thread (store/freshness.py
    SourcesLook: catalogue_build.fingerprint): that digest too, or OpenSSL is in every window a
    moment after its first paint. The stamp is the one hashlib made (catalogues built before stay current)."""
    probe = ("import sys\nfrom pathlib import Path\nfrom careerdesk.store.catalogue_build import fingerprint\n"
             "print(fingerprint(Path(sys.argv[1])), '_hashlib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe, str(BUNDLED_DATA)], capture_output=True, text=True,
                            cwd=ROOT, check=True, timeout=60)
    found, openssl = result.stdout.split()
    assert openssl == "False"

    from careerdesk.store.catalogue_build import _fixed_files

    made_before = hashlib.sha256()
    entries = [(e.name, e.stat()) for e in os.scandir(BUNDLED_DATA / "roles") if e.name.endswith(".json")]
    for name, stat in [*_fixed_files(BUNDLED_DATA), *sorted(entries, key=lambda pair: pair[0])]:
        made_before.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    assert found == made_before.hexdigest()
