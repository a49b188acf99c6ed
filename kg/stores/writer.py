"""How articles are written, replaced or removed: the same steps on both stores.

Articles are written in transactions that each hold whole articles: a group of them (see
:func:`groups`), so that every named query is sent once per group with all the group's rows
rather than once per article (a query costs about a millisecond however few rows it carries,
and an article needs some thirty of them). How large a group is depends on the store
(:class:`TransactionSize`). A transaction that fails is retried in halves until the article that
fails is alone, so an article is always written whole or not at all and a bad one is rejected
alone, at the cost of a few transactions rather than one per article of a large group. Each
step is one named query from ``cypher/write/`` sent with batches of rows; a store only has to
run a named query and count what it created.

Invariants kept in step with every write and removal:

* an entity's ``aliases`` = the union of the ``MENTIONS.aliases`` of the articles that mention it,
  less its ``name`` (sorted, so both stores hold the same list); its ``name`` (and a person's
  ``title``) is the one the first article gave it;
* an entity no stored article mentions is removed;
* ``AFFILIATED_WITH.articles`` lists the stored articles that support it; an affiliation left
  with none is removed;
* ``SAID_ABOUT.statements`` = the number of the speaker's statements ABOUT the entity. It is
  kept by adding new articles' counts and subtracting a removed article's, rather than by
  recounting all of a speaker's statements: that is the same number, and it costs the same for
  the ten-thousandth article as for the first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from kg.model import GraphDocument, Rejection
from kg.stores.base import WriteResult
from kg.stores.rows import DocumentRows, Row, document_rows

LOADED = "loaded"
UNCHANGED = "unchanged"


@dataclass(frozen=True)
class TransactionSize:
    """How much one write transaction carries: about ``batches`` batches' worth of rows (``batches``
    times the store's batch size), whole articles, at least one and at most ``articles``.

    The defaults are Neo4j's: transactions four times larger wrote only 12% faster there, and small
    ones keep a server's transaction memory low. The embedded store sets its own."""

    batches: int = 5
    articles: int = 200


class Tx(Protocol):
    """One open transaction of a store."""

    kind: str  # "neo4j" or "embedded": which variant of a query to run
    batch_size: int
    rows_sent: int

    def run(self, name: str, params: dict[str, Any], **labels: str) -> list[dict[str, Any]]:
        """Run write query ``name`` (labels fill its markers) and return its rows as dicts."""
        ...


def send(tx: Tx, name: str, rows: list[Row], **labels: str) -> None:
    """``UNWIND $rows`` in batches of ``tx.batch_size``; nothing is sent for no rows (LadybugDB
    cannot type an empty list)."""
    size = max(int(tx.batch_size), 1)
    for start in range(0, len(rows), size):
        batch = rows[start : start + size]
        tx.run(name, {"rows": batch}, **labels)
        tx.rows_sent += len(batch)


def _by_keys(tx: Tx, name: str, key: str, values: list[str], **labels: str) -> list[dict[str, Any]]:
    """A query over many keys (``UNWIND $<key>``), in batches of ``tx.batch_size``; its rows."""
    size = max(int(tx.batch_size), 1)
    out: list[dict[str, Any]] = []
    for start in range(0, len(values), size):
        out.extend(tx.run(name, {key: values[start : start + size]}, **labels))
    return out


class Counts(Protocol):
    nodes_created: int
    relationships_created: int
    rows_sent: int


def write_all(
    documents: Iterable[GraphDocument],
    batch_size: int,
    run_group: Callable[[list[DocumentRows]], tuple[list[str], Counts]],
    refused: Callable[[BaseException], str],
    fatal: tuple[type[BaseException], ...],
    size: TransactionSize = TransactionSize(),
) -> WriteResult:
    """The write loop both stores share. ``run_group`` writes a group in one transaction and
    commits (or raises, having rolled back); ``fatal`` errors (the store is gone) propagate. A
    group that fails any other way is retried in two halves, each in its own transaction, and so
    on down to the article that fails alone: that one becomes a Rejection with the ``refused``
    message, and every other article is written once."""
    result = WriteResult()

    def prepared() -> Iterator[DocumentRows]:
        for doc in documents:
            try:
                yield document_rows(doc)
            except Exception as exc:  # a malformed document: nothing of it is sent
                result.failed.append(Rejection(doc.article.source, refused(exc)))

    def record(group: list[DocumentRows], outcomes: list[str], counts: Counts) -> None:
        for d, outcome in zip(group, outcomes):
            (result.loaded if outcome == LOADED else result.unchanged).append(d.article_id)
        result.nodes_created += counts.nodes_created
        result.relationships_created += counts.relationships_created
        result.rows += counts.rows_sent

    def attempt(group: list[DocumentRows]) -> None:
        try:
            record(group, *run_group(group))
            return
        except fatal:
            raise
        except Exception as exc:
            if len(group) == 1:
                result.failed.append(Rejection(group[0].source, refused(exc)))
                return
        # Halves keep the group's order and its guarantee (no source or id twice), so writing
        # them one after the other gives what writing the whole group would have.
        half = len(group) // 2
        attempt(group[:half])
        attempt(group[half:])

    for group in groups(prepared(), batch_size, size):
        attempt(group)
    return result


def groups(documents: Iterable[DocumentRows], batch_size: int, size: TransactionSize = TransactionSize()) -> Iterator[list[DocumentRows]]:
    """Documents in groups for one transaction each: whole articles, about ``size.batches`` times
    ``batch_size`` rows (at least one article, at most ``size.articles``), and never two articles
    with the same source or the same id, so a group's outcome equals writing them one by one."""
    limit = max(batch_size, 1) * max(size.batches, 1)
    group: list[DocumentRows] = []
    rows = 0
    seen: set[str] = set()
    for doc in documents:
        if group and (doc.source in seen or doc.article_id in seen):
            yield group
            group, rows, seen = [], 0, set()
        group.append(doc)
        seen.update((doc.source, doc.article_id))
        rows += doc.size
        if rows >= limit or len(group) >= size.articles:
            yield group
            group, rows, seen = [], 0, set()
    if group:
        yield group


def write_documents(tx: Tx, docs: list[DocumentRows]) -> list[str]:
    """Write a group of articles in the open transaction: each unless it is stored already,
    replacing an earlier version of its source. Returns LOADED or UNCHANGED per document."""
    previous: dict[str, list[str]] = defaultdict(list)
    for r in _by_keys(tx, "articles_by_source", "sources", [d.source for d in docs]):
        previous[r["source"]].append(r["id"])
    stored = {r["id"] for r in _by_keys(tx, "articles_by_id", "ids", [d.article_id for d in docs])}
    outcomes: list[str] = []
    new: list[DocumentRows] = []
    for d in docs:
        if d.article_id in stored:
            # Stored already: from this source (unchanged), or the same text under another source
            # (the graph has it, once).
            outcomes.append(UNCHANGED)
            continue
        outcomes.append(LOADED)
        new.append(d)
        stored.add(d.article_id)
    for d in new:
        for old_id in previous.get(d.source, ()):
            remove_article(tx, old_id)
    if new:
        _write_new(tx, new)
    return outcomes


def _write_new(tx: Tx, docs: list[DocumentRows]) -> None:
    send(tx, "create_article", [d.article for d in docs])

    # Entities: one row per entity for the whole group, as the first article gave it, with the
    # surface forms of all of them.
    by_label: dict[str, dict[str, Any]] = defaultdict(dict)
    surfaces: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, str] = {}
    for d in docs:
        for label, entities in d.entities.items():
            for e in entities:
                by_label[label].setdefault(e.id, e)
                surfaces[e.id].update(e.surface)
                if e.title and e.id not in titles:
                    titles[e.id] = e.title
    for label, entities in by_label.items():
        existing = {r["id"]: r for r in _by_keys(tx, "existing_entities", "ids", list(entities), label=label)}
        new_rows: list[Row] = []
        updates: list[Row] = []
        for eid, e in entities.items():
            old = existing.get(eid)
            if old is None:
                row = {**e.create, "aliases": sorted(surfaces[eid] - {e.create["name"]})}
                if label == "Person":
                    row["title"] = titles.get(eid)
                new_rows.append(row)
                continue
            aliases = sorted((set(old["aliases"] or ()) | surfaces[eid]) - {old["name"]})
            if label == "Person" and titles.get(eid):
                updates.append({"id": eid, "aliases": aliases, "title": titles[eid]})
            elif aliases != sorted(old["aliases"] or ()):
                updates.append({"id": eid, "aliases": aliases, "title": None})
        send(tx, f"create_{label.lower()}", new_rows)
        if label == "Person":
            send(tx, "update_person", updates)
        else:
            send(tx, "update_aliases", [{"id": u["id"], "aliases": u["aliases"]} for u in updates], label=label)

    def gathered(attr: str) -> dict[Any, list[Row]]:
        out: dict[Any, list[Row]] = defaultdict(list)
        for d in docs:
            for key, rows in getattr(d, attr).items():
                out[key].extend(rows)
        return out

    for label, rows in gathered("mentions").items():
        send(tx, "create_mentions", rows, to=label)
    send(tx, "create_statements", [r for d in docs for r in d.statements])
    send(tx, "create_in", [r for d in docs for r in d.in_article])
    for label, rows in gathered("said").items():
        send(tx, "create_said", rows, from_=label)
    for label, rows in gathered("about").items():
        send(tx, "create_about", rows, to=label)

    # One row per pair, so that no UNWIND MERGEs the same relationship twice (LadybugDB does not
    # see a row's MERGE from an earlier row of the same UNWIND).
    for label, rows in gathered("affiliations").items():
        pairs: dict[tuple[str, str], Row] = {}
        for r in rows:
            pair = pairs.setdefault((r["person"], r["target"]), {"person": r["person"], "target": r["target"], "title": None, "articles": []})
            pair["title"] = pair["title"] or r["title"]
            pair["articles"].append(r["article"])
        send(tx, "merge_affiliated_with", list(pairs.values()), to=label)
    located = {(r["place"], r["state"]): r for d in docs for r in d.located_in}
    send(tx, "merge_located_in", list(located.values()))
    for (speaker_label, entity_label), rows in gathered("said_about").items():
        counts: Counter[tuple[str, str]] = Counter()
        for r in rows:
            counts[(r["speaker"], r["entity"])] += r["n"]
        send(tx, "add_said_about", [{"speaker": sp, "entity": e, "n": n} for (sp, e), n in counts.items()], from_=speaker_label, to=entity_label)


def remove_article(tx: Tx, article_id: str) -> None:
    """Remove a stored article and whatever only it supported (see the module docstring)."""
    params = {"id": article_id}
    said_about = tx.run("old_said_about", params)
    mentioned = tx.run("old_mentions", params)
    affiliations = tx.run("old_affiliations", params)

    by_pair: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in said_about:
        by_pair[(r["speaker_label"], r["entity_label"])].append({"speaker": r["speaker"], "entity": r["entity"], "n": int(r["n"])})
    for (speaker_label, entity_label), sa_rows in by_pair.items():
        send(tx, "subtract_said_about", sa_rows, from_=speaker_label, to=entity_label)

    keep: dict[str, list[Row]] = defaultdict(list)
    drop: dict[str, list[Row]] = defaultdict(list)
    for r in affiliations:
        left = [a for a in (r["articles"] or ()) if a != article_id]
        pair = {"person": r["person"], "target": r["target"]}
        if left:
            keep[r["target_label"]].append({**pair, "articles": left})
        else:
            drop[r["target_label"]].append(pair)
    for label, aff_rows in keep.items():
        send(tx, "set_affiliation_articles", aff_rows, to=label)
    for label, aff_rows in drop.items():
        send(tx, "delete_affiliations", aff_rows, to=label)

    tx.run("delete_article_statements", params)
    tx.run("delete_article_node", params)

    by_label: dict[str, list[str]] = defaultdict(list)
    for r in mentioned:
        by_label[r["label"]].append(r["id"])
    for label, ids in by_label.items():
        _settle_entities(tx, label, ids)


def _settle_entities(tx: Tx, label: str, ids: list[str]) -> None:
    """After a removal: entities nobody mentions go; the others get their aliases recomputed."""
    forms: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    mentioned: set[str] = set()
    for r in _by_keys(tx, "mention_aliases", "ids", ids, label=label):
        forms.setdefault(r["id"], set())
        names[r["id"]] = r["name"]
        if r["aliases"] is not None:
            mentioned.add(r["id"])
            forms[r["id"]].update(r["aliases"])
    orphans = [i for i in forms if i not in mentioned]
    survivors = [{"id": i, "aliases": sorted(forms[i] - {names[i]})} for i in forms if i in mentioned]
    _by_keys(tx, "delete_entities", "ids", orphans, label=label)
    if label == "Person":
        send(tx, "update_person", [{**s, "title": None} for s in survivors])
    else:
        send(tx, "update_aliases", survivors, label=label)
