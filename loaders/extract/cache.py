"""A disk cache for built-once lookup tables, so each ``kg`` process does not rebuild them.

The gazetteer takes about half a second to build from Babel, pycountry and GeoNames, and every
``kg load``, ``kg extract`` and worker pool pays it before the first article. Read back from a
pickle it takes a twentieth of that.

A cached value is only ever reused for exactly the inputs it was built from: the file name carries
a hash of everything the build reads (our source and data files, the versions of the packages whose
data it uses, the Python version). Anything else changed means another file name, so a stale table
is never read; older files of the same name are removed when a new one is written.

The cache lives in ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``; setting
``KG_CACHE_DIR`` to an empty string turns it off. It is only ever a shortcut: an unreadable,
truncated or foreign file is ignored and rebuilt, and a folder that cannot be written leaves the
build in memory, so the cache can be deleted at any time.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

FORMAT = 1  # bump when the layout of cached files changes


def cache_dir() -> Path | None:
    """Where cached tables live, or None when ``KG_CACHE_DIR`` is set empty (caching off)."""
    configured = os.environ.get("KG_CACHE_DIR")
    if configured is not None:
        return Path(configured).expanduser() if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def fingerprint(files: Iterable[Path], packages: Iterable[str]) -> str:
    """A hash of the bytes of ``files`` and the installed versions of ``packages``."""
    digest = hashlib.sha256(f"kg-cache {FORMAT} {sys.version_info[:3]} {pickle.HIGHEST_PROTOCOL}\n".encode())
    for path in sorted(Path(f) for f in files):
        digest.update(f"{path.name}\n".encode())
        digest.update(path.read_bytes())
    for name in sorted(packages):
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{name}=={version}\n".encode())
    return digest.hexdigest()[:20]


@contextmanager
def collector_paused() -> Iterator[None]:
    """The garbage collector off for a block that makes a great many small objects that form no cycles (a
    table built or unpickled): collecting meanwhile only costs time. Restored as it was on the way out."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """``build()``'s value, read from the cache file for ``name`` and ``key`` when there is one,
    else built and written there for the next process. The tables cached here are large and acyclic, so
    the collector is paused while they are read or built."""
    with collector_paused():
        folder = cache_dir()
        if folder is None:
            return build()
        path = folder / f"{name}-{key}.pickle"
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # absent, truncated, or written by something else: build it afresh
            pass
        value = build()
        _store(path, name, value)
        return value


def _store(path: Path, name: str, value: object) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed into place, so a process reading at the same moment (another
        # worker, another kg run) sees the whole file or none.
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        for old in folder.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:  # a read-only home or a full disk: the next process builds again, no worse than no cache
        pass
