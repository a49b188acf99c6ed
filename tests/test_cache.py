"""The disk cache of built tables (cache.py): reused only for the same inputs, never trusted blindly,
never in the way; and a gazetteer read from it is the gazetteer a fresh build gives."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from kg.loaders.extract.cache import cache_dir, cached, fingerprint


class Builds:
    """A build function that counts its calls."""

    def __init__(self, value: object):
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_second_use_reads_the_file_instead_of_building(folder: Path) -> None:
    build = Builds({"Moskwa": ("RU", 55.75)})
    assert cached("table", "k1", build) == {"Moskwa": ("RU", 55.75)}
    assert cached("table", "k1", build) == {"Moskwa": ("RU", 55.75)}
    assert build.calls == 1
    assert [p.name for p in folder.iterdir()] == ["table-k1.pickle"]


def test_a_new_key_rebuilds_and_removes_the_old_file(folder: Path) -> None:
    cached("table", "k1", Builds("old"))
    build = Builds("new")
    assert cached("table", "k2", build) == "new"
    assert build.calls == 1
    assert sorted(p.name for p in folder.iterdir()) == ["table-k2.pickle"]
    cached("other", "k1", Builds("x"))  # another table's files are its own
    assert sorted(p.name for p in folder.iterdir()) == ["other-k1.pickle", "table-k2.pickle"]


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps("ok")[:-3]])
def test_a_damaged_file_is_rebuilt_and_replaced(folder: Path, content: bytes) -> None:
    folder.mkdir()
    (folder / "table-k1.pickle").write_bytes(content)
    build = Builds(["rebuilt"])
    assert cached("table", "k1", build) == ["rebuilt"]
    assert build.calls == 1
    assert pickle.loads((folder / "table-k1.pickle").read_bytes()) == ["rebuilt"]


def test_an_unwritable_folder_still_gives_the_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))
    build = Builds(42)
    assert cached("table", "k1", build) == 42
    assert cached("table", "k1", build) == 42
    assert build.calls == 2


def test_empty_kg_cache_dir_turns_caching_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() is None
    build = Builds(1)
    cached("table", "k1", build)
    cached("table", "k1", build)
    assert build.calls == 2
    assert list(tmp_path.iterdir()) == []


def test_cache_dir_defaults_to_xdg_then_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "kg"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "kg"


def test_fingerprint_follows_file_bytes_and_package_versions(tmp_path: Path) -> None:
    data = tmp_path / "names.tsv"
    data.write_text("Moskwa\tRU\n")
    first = fingerprint([data], ["click"])
    assert fingerprint([data], ["click"]) == first
    data.write_text("Moskow\tRU\n")
    assert fingerprint([data], ["click"]) != first
    assert fingerprint([data], ["click", "no-such-package-kg-test"]) != fingerprint([data], ["click"])


GAZETTEER_DIGEST = """
import hashlib
from kg.loaders.extract.gazetteer import Gazetteer, get_gazetteer

def digest(g):
    # sets print in an order that changes with each process's string hashing: sort them
    tables = {k: sorted(v) if isinstance(v, frozenset) else v for k, v in sorted(vars(g).items())}
    return hashlib.sha256(repr(tables).encode()).hexdigest()

print(digest(Gazetteer() if FRESH else get_gazetteer()))
"""


def _gazetteer_digest(fresh: bool) -> str:
    script = GAZETTEER_DIGEST.replace("FRESH", repr(fresh))
    return subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout


def test_gazetteer_from_the_cache_is_the_built_one(folder: Path) -> None:
    # Fresh processes: the first builds the gazetteer and writes the file, the second must read it,
    # the third builds one without the cache; all three must hold the same tables.
    first = _gazetteer_digest(fresh=False)
    assert [p.name.split("-")[0] for p in folder.iterdir()] == ["gazetteer"]
    stamp = next(folder.iterdir()).stat().st_mtime_ns
    assert _gazetteer_digest(fresh=False) == first
    assert next(folder.iterdir()).stat().st_mtime_ns == stamp  # read, not written again
    assert _gazetteer_digest(fresh=True) == first


NAME_FORMS_DIGEST = """
import hashlib
from kg.loaders.extract import build_pipeline
from kg.loaders.extract.forms import build_name_forms, name_forms
from kg.loaders.extract.gazetteer import get_gazetteer
from kg.loaders.extract.lexicon import lexicon

nlp = build_pipeline()  # its mention finder reads the tables through the cache, as every process does
args = (lexicon(), get_gazetteer(), nlp.tokenizer)
forms = build_name_forms(*args) if FRESH else name_forms(*args)
tables = {k: sorted(v) if isinstance(v, frozenset) else v for k, v in sorted(vars(forms).items())}
print(hashlib.sha256(repr(tables).encode()).hexdigest())
"""


def _name_forms_digest(fresh: bool) -> str:
    script = NAME_FORMS_DIGEST.replace("FRESH", repr(fresh))
    return subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout


def test_name_forms_from_the_cache_are_the_built_ones(folder: Path) -> None:
    first = _name_forms_digest(fresh=False)
    assert sorted(p.name.rsplit("-", 1)[0] for p in folder.iterdir()) == ["gazetteer", "name-forms"]
    stamp = next(folder.glob("name-forms-*")).stat().st_mtime_ns
    assert _name_forms_digest(fresh=False) == first
    assert next(folder.glob("name-forms-*")).stat().st_mtime_ns == stamp  # read, not written again
    assert _name_forms_digest(fresh=True) == first


def test_the_collector_is_paused_while_a_table_is_built_and_restored_after(folder: Path) -> None:
    import gc

    seen = []
    assert gc.isenabled()
    cached("table", "k1", lambda: seen.append(gc.isenabled()) or "built")
    assert cached("table", "k1", lambda: "not again") == "built"
    assert seen == [False] and gc.isenabled()
