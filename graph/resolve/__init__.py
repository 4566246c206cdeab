"""Identity resolution: which mentions of which documents are one node.

One home for every decision that puts the entities of two documents (or two
names) into one node, in the spirit of nomenklatura: candidates, scores,
decisions, and the user's judgements.  :func:`resolve` is a pure function
of the documents' records and the judgements: whatever order documents
came in, whatever was imported or withdrawn before, the same set of records
gives the same keys, the same names and the same decisions.  The importer
(:mod:`edugraph.graph.importer`) calls it and rewrites the documents whose
outcome changed.

People, agencies, provinces, programmes (rules in order, all order-free):

- ``exact``: the same normalised canonical name is one node;
- ``doubled_honorific``: a person's name that still starts with the title
  (``นายนายอุทัย`` read as title ``นาย`` + ``นายอุทัย``) is the name without it;
- ``alias_is_name``: an alias that is another node's own name joins the two,
  when no other node claims that alias (``ศธจ.`` shared by several offices joins none);
- ``shared_abbreviation``: two agencies carrying the same abbreviation whose
  names it abbreviates and which differ by left-out words
  (``กองทุนเสมอภาคทางการศึกษา`` / ``สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา``);
- ``near_name_same_position``: a person whose name is a spelling variant
  (:func:`~edugraph.graph.resolve.similarity.thai_distance`) of another's who
  holds the same position or a position in the same agency;
- names that carry different numbers never merge (``สพป.พิจิตร เขต 1``, ``เขต 2``, ``สพป.พิจิตร``),
  nor do two entities that one document keeps apart;
- other near names are only *candidates* for :func:`review`.

Events: candidates are dated events of two documents on the same day (or
overlapping ranges) with compatible types and no conflicting province; they
merge on positive evidence only (venue, shared participants, programme,
title), weighed with :data:`THRESHOLDS`.  An event without enough evidence
stays its own node, keyed by its document; a missing province is never a wildcard.

Judgements (:mod:`edugraph.graph.resolve.judgements`) come first and win:
``same`` joins, ``different`` forbids any merge that would join the two.
"""
from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable

from edugraph.graph.keys import event_key, normalize_name
from edugraph.graph.resolve.judgements import Judgements, reference
from edugraph.graph.resolve.similarity import (abbreviation_letters, dice, is_subsequence, letters_in_order,
                                               numbers_in, thai_distance, trigrams)

# -- thresholds: the one place every identity threshold lives -----------------------------


@dataclass(frozen=True)
class Thresholds:
    """Every number the resolver decides with (documented in docs/ARCHITECTURE.md §2, Identity).

    Event evidence adds up to a score; a pair merges at ``event_merge`` or
    above *and* with at least one piece of positive evidence other than the
    province; pairs from ``event_review`` up are listed by ``edugraph review``.
    """

    #: People: a spelling variant is at most this Thai edit distance apart ...
    person_variant_distance: float = 1.5
    #: ... between names at least this long (normalised characters).
    person_variant_min_length: int = 8
    #: Near names of any label at most this Thai edit distance apart are review candidates.
    review_distance: float = 2.0
    #: shared_abbreviation: at most this many letters left out of the longer name.
    abbreviation_max_extra: int = 12
    #: Events: merge at or above this score ...
    event_merge: float = 0.8
    #: ... list for review at or above this one.
    event_review: float = 0.35
    #: Evidence weights.
    same_province: float = 0.3
    same_venue: float = 0.5
    venue_similarity: float = 0.6          # trigram Dice for "same venue"
    shared_person: float = 0.5             # each, up to shared_person_cap
    shared_person_cap: float = 1.0
    shared_agency: float = 0.3             # each, up to shared_agency_cap
    shared_agency_cap: float = 0.75
    shared_programme: float = 0.4
    same_type: float = 0.2                 # both reports give the same event type
    title_weight: float = 0.8              # times the titles' trigram Dice ...
    title_similar: float = 0.5             # ... counted from this Dice up
    title_conflict_below: float = 0.2      # two titles this unlike ...
    title_conflict: float = 0.5            # ... cost this much
    title_differ: float = 0.2              # titles neither similar nor unlike cost this much
    type_mismatch: float = 0.2             # compatible but different event types
    #: An actor in more than this many of a day's releases counts less (times this / releases) ...
    busy_actor_reports: float = 2.0
    #: ... and so does a title like those of more than this many of the day's releases: it names
    #: an occasion (the King's birthday) that many provinces celebrate, not one event.
    busy_title_reports: float = 3.0
    #: Ranges longer than this many days are indexed by their first days only.
    max_range_days: int = 31


THRESHOLDS = Thresholds()

#: Event types one outlet may report where another reports the other one
#: (a signing that is also a meeting; a workshop also called a training).
COMPATIBLE_TYPES = frozenset({frozenset({"signing", "meeting"}), frozenset({"signing", "ceremony"}),
                              frozenset({"workshop", "training"}), frozenset({"workshop", "meeting"}),
                              frozenset({"meeting", "forum"})})
#: A merged event's type when its reports disagree (most reports first, then this order).
TYPE_ORDER = ("signing", "workshop", "training", "meeting", "forum", "visit", "ceremony", "other")
#: Words that say what kind of event it is, not which one: left out when titles are compared.
GENERIC_TITLE_WORDS = ("คณะกรรมการ", "คณะอนุกรรมการ", "คณะทำงาน", "แห่งชาติ", "การประชุม", "ประชุม", "เชิงปฏิบัติการ", "ปฏิบัติการ", "พิธีลงนาม", "พิธี", "ลงนาม",
                       "บันทึกข้อตกลง", "ความร่วมมือ", "ฝึกอบรม", "การอบรม", "อบรม", "สัมมนา", "เสวนา",
                       "โครงการ", "MOU", "(", ")", "“", "”", '"')
# the room a venue opens with (ห้องประชุมแก้วเจ้าจอม อาคารเรียนรวม A ...): its name runs to the first space
_ROOM = re.compile(r"ห้อง\S+")
_SESSION = re.compile(r"(?:ครั้งที่|ประจำปี(?:งบประมาณ)?|พ\.ศ\.|ปีการศึกษา)\s*[\d/.]*")
#: A title needs this many letters besides those words to count as evidence.
MIN_DISTINCTIVE_TITLE = 6
#: Relations that make an actor a participant of an event.
PARTICIPATION = frozenset({"SIGNED", "WITNESSED", "CHAIRED", "ORGANIZED", "SUPPORTED", "SPOKE_AT",
                           "PARTICIPATED"})
#: Honorifics that may be left at the start of a person's name.
HONORIFICS = ("นางสาว", "นาง", "นาย", "ดร.")
#: Resolution order: events come last (their evidence is the actors' nodes);
#: people after agencies (a shared agency is evidence).
ACTOR_ORDER = ("Province", "Agency", "Programme", "Person")


# -- results ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Decision:
    """Why one entity of one document is in its node."""

    rule: str
    score: float
    evidence: str = ""


@dataclass(frozen=True)
class Pair:
    """Two references the resolver compared: merged, or a candidate for review."""

    label: str
    left: str
    right: str
    score: float
    rule: str
    evidence: str
    merged: bool

    def to_dict(self) -> dict:
        return {"label": self.label, "left": self.left, "right": self.right, "score": round(self.score, 3),
                "rule": self.rule, "evidence": self.evidence, "merged": self.merged}


@dataclass
class Resolution:
    keys: dict[tuple[str, str], str] = field(default_factory=dict)        # (document, local id) → key
    decisions: dict[tuple[str, str], Decision] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)                   # key → display name
    pairs: list[Pair] = field(default_factory=list)                       # merges and candidates
    event_provinces: dict[tuple[str, str], str | None] = field(default_factory=dict)   # HELD_IN, else given
    nodes: dict[str, str] = field(default_factory=dict)    # reference (Label:name, Event:doc#id) → key

    def candidates(self) -> list[Pair]:
        """Unmerged pairs worth a person's look, best first."""
        return sorted((p for p in self.pairs if not p.merged), key=lambda p: (-p.score, p.left, p.right))


# -- components and their cache ---------------------------------------------------------------

@dataclass
class _Part:
    """What resolving one component decided (merged into the whole :class:`Resolution`)."""

    keys: dict[tuple[str, str], str] = field(default_factory=dict)
    decisions: dict[tuple[str, str], Decision] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    pairs: list[Pair] = field(default_factory=list)
    nodes: dict[str, str] = field(default_factory=dict)

    def apply(self, out: Resolution) -> None:
        out.keys.update(self.keys)
        out.decisions.update(self.decisions)
        out.names.update(self.names)
        out.pairs.extend(self.pairs)
        out.nodes.update(self.nodes)


class ResolutionCache:
    """The parts of the last resolution, by everything each was resolved from.

    Resolution is split into components that cannot affect each other
    (actors linked by a name, an alias, a position or agency they hold, a
    judgement; events linked by a day); each component's result is a pure
    function of its inputs, so a later :func:`resolve` given the same cache
    recomputes only the components a batch touched and returns exactly what
    a resolution from scratch would.  Only the parts used by the latest
    resolution are kept.
    """

    def __init__(self) -> None:
        self._parts: dict[tuple, _Part] = {}
        self._used: dict[tuple, _Part] = {}
        self._documents: dict[str, tuple[dict, list]] = {}     # document → (its record, its actors)
        self._documents_used: dict[str, tuple[dict, list]] = {}
        self._blocks: dict[str, tuple[frozenset, set]] = {}
        self._blocks_used: dict[str, tuple[frozenset, set]] = {}
        self.hits = self.misses = 0

    def block(self, key: str) -> tuple[frozenset, set]:
        """The names of a block of people (same position or agency) last time, and their near pairs."""
        return self._blocks.get(key, (frozenset(), set()))

    def keep_block(self, key: str, forms: frozenset, pairs: set) -> None:
        self._blocks_used[key] = (forms, pairs)

    def actors(self, document: str, record: dict) -> list | None:
        """The document's actors as read from this very record object before, else None."""
        known = self._documents.get(document)
        if known is not None and known[0] is record:
            self._documents_used[document] = known
            return known[1]
        return None

    def keep_actors(self, document: str, record: dict, actors: list) -> None:
        self._documents_used[document] = (record, actors)

    def get(self, key: tuple, compute) -> _Part:
        part = self._used.get(key) or self._parts.get(key)
        if part is None:
            part = compute()
            self.misses += 1
        else:
            self.hits += 1
        self._used[key] = part
        return part

    def settle(self) -> None:
        """Forget the parts the latest resolution did not use."""
        self._parts, self._used = self._used, {}
        self._documents, self._documents_used = self._documents_used, {}
        self._blocks, self._blocks_used = self._blocks_used, {}


def _digest(inputs: tuple) -> bytes:
    return hashlib.blake2b(repr(inputs).encode("utf-8"), digest_size=20).digest()


def _memo(cache: ResolutionCache | None, key: tuple, compute):
    """``compute()``, or what it gave last time for ``key`` (which holds a digest of its inputs)."""
    return compute() if cache is None else cache.get(key, compute)


def _judged(judgements: Judgements, references: set[str]) -> tuple:
    """The judgements about ``references`` (part of a component's inputs)."""
    return (tuple(sorted(p for p in judgements.same if p[0] in references or p[1] in references)),
            tuple(sorted(p for p in judgements.different if p[0] in references or p[1] in references)),
            str(judgements.path or ""))


def _root(parent: dict, item):
    """Union-find's root of ``item``, compressing the path on the way."""
    root = item
    while parent[root] != root:
        root = parent[root]
    while parent[item] != root:
        parent[item], item = root, parent[item]
    return root


class _Links:
    """Plain union-find over hashable items, created on first mention."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, item):
        self.parent.setdefault(item, item)
        return _root(self.parent, item)

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb, key=repr)] = min(ra, rb, key=repr)


# -- entities of the records -------------------------------------------------------------------

@dataclass
class _Entity:
    document: str
    local: str
    label: str
    display: str
    own: str                   # normalised own name (after a doubled honorific is dropped)
    aliases: tuple[str, ...]   # normalised other names
    position: str = ""
    stripped: bool = False
    record: dict = field(default_factory=dict, repr=False)

    @property
    def ref(self) -> tuple[str, str]:
        return (self.document, self.local)

    @functools.cached_property
    def signature(self) -> tuple:
        """What resolution reads of the entity itself (its held agencies come from other documents)."""
        return (self.document, self.local, self.display, self.own, self.aliases, self.position, self.stripped,
                self.record.get("_published"))


def _strip_honorific(name: str, title: str | None) -> str | None:
    """``นายอุทัย กาญจนะ`` with title ``นาย`` → ``อุทัย กาญจนะ`` (None when nothing to strip)."""
    text = name.strip()
    for honorific in ((title,) if title else ()) + HONORIFICS:
        if honorific and text.startswith(honorific):
            rest = text[len(honorific):].lstrip()
            if len(normalize_name(rest)) >= 4 and "\u0e01" <= rest[0] <= "\u0e2e":
                return rest
    return None


def _actor(document: str, entity: dict) -> _Entity:
    name = entity.get("name") or ""
    own = normalize_name(name)
    display = name
    stripped = False
    if entity["type"] == "Person" and entity.get("title"):
        bare = _strip_honorific(name, entity.get("title"))
        if bare is not None:
            display, own, stripped = bare, normalize_name(bare), True
    aliases = []
    for alias in [name] + list(entity.get("aliases") or []):
        form = normalize_name(alias)
        if form and form != own and form not in aliases:
            aliases.append(form)
    return _Entity(document, entity["id"], entity["type"], display, own, tuple(aliases),
                   normalize_name(entity.get("position")), stripped, entity)


class _Clusters:
    """Union-find over hashable items, with cannot-link pairs; with ``documents``,
    two clusters that both hold an item of one document never merge."""

    def __init__(self, items: Iterable, cannot: Iterable[tuple] = (), documents: dict | None = None):
        self.parent = {item: item for item in items}
        self.members = {item: {item} for item in self.parent}
        self.documents = {item: set(documents[item]) for item in self.parent} if documents is not None else None
        self.cannot: dict = defaultdict(set)
        for a, b in cannot:
            if a in self.parent and b in self.parent:
                self.cannot[a].add(b)
                self.cannot[b].add(a)

    def find(self, item):
        return _root(self.parent, item)

    def allowed(self, a, b, *, by_documents: bool = True) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.documents is not None and by_documents:
            small, large = sorted((ra, rb), key=lambda r: len(self.documents[r]))
            if not self.documents[small].isdisjoint(self.documents[large]):
                return False
        small, large = sorted((ra, rb), key=lambda r: len(self.members[r]))
        return not any(self.cannot.get(m, ()) and self.cannot[m] & self.members[large]
                       for m in self.members[small])

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        root, other = min(ra, rb), max(ra, rb)      # deterministic root
        self.parent[other] = root
        self.members[root] |= self.members.pop(other)
        if self.documents is not None:
            self.documents[root] |= self.documents.pop(other)

    def groups(self) -> dict:
        return {root: members for root, members in self.members.items()}


# -- actors --------------------------------------------------------------------------------------

def _abbreviation_like(form: str) -> bool:
    return "." in form or len(form) <= 6


def _resolve_actors(label: str, entities: list[_Entity], judgements: Judgements, keys: dict,
                    t: Thresholds, out: Resolution, review: bool) -> None:
    by_own: dict[str, list[_Entity]] = defaultdict(list)
    for e in entities:
        by_own[e.own].append(e)
    forms = sorted(by_own)
    cannot = [(a.split(":", 1)[1], b.split(":", 1)[1]) for a, b in judgements.different
              if a.startswith(label + ":")]
    # Two entities one document keeps apart are two actors: no rule joins them.
    clusters = _Clusters(forms, cannot, {form: {e.document for e in by_own[form]} for form in forms})
    edges: dict[str, list[tuple[str, Decision]]] = defaultdict(list)

    def numbers_agree(a: str, b: str) -> bool:
        found = {numbers_in(m) for m in clusters.members[clusters.find(a)] | clusters.members[clusters.find(b)]}
        return len(found) <= 1

    def join(a: str, b: str, decision: Decision, *, guarded: bool = True) -> bool:
        if clusters.find(a) == clusters.find(b):
            return False
        if not clusters.allowed(a, b, by_documents=guarded) or (guarded and not numbers_agree(a, b)):
            out.pairs.append(Pair(label, f"{label}:{a}", f"{label}:{b}", decision.score, decision.rule,
                                  decision.evidence + " (refused: judged different, numbers differ, "
                                  "or one release names both)", False))
            return False
        clusters.union(a, b)
        edges[a].append((b, decision))
        edges[b].append((a, decision))
        out.pairs.append(Pair(label, f"{label}:{a}", f"{label}:{b}", decision.score, decision.rule,
                              decision.evidence, True))
        return True

    for left, right in sorted(judgements.same):
        if left.startswith(label + ":"):
            a, b = left.split(":", 1)[1], right.split(":", 1)[1]
            if a in by_own and b in by_own:
                join(a, b, Decision("judgement", 1.0, f"judged the same in {judgements.path or 'judgements'}"),
                     guarded=False)

    # Who claims each alias, and which documents say so.
    claimants: dict[str, set[str]] = defaultdict(set)
    sayers: dict[tuple[str, str], str] = {}
    for own in forms:
        for e in by_own[own]:
            for alias in e.aliases:
                claimants[alias].add(own)
                sayers.setdefault((own, alias), e.document)

    changed = True
    while changed:
        changed = False
        for alias in sorted(claimants):
            holders = sorted({clusters.find(o) for o in claimants[alias]})
            if alias in by_own and len(holders) == 1:
                own = min(o for o in claimants[alias] if clusters.find(o) == holders[0])
                changed |= join(own, alias, Decision(
                    "alias_is_name", 1.0, f"{sayers[(own, alias)]} gives {alias} as another name of {own}"))
            letters = abbreviation_letters(alias) if label == "Agency" else None
            if letters and len(holders) > 1:
                for i, a in enumerate(holders):
                    for b in holders[i + 1:]:
                        if clusters.find(a) == clusters.find(b):
                            continue
                        ok, why = _abbreviation_pair(a, b, letters, t)
                        if ok:
                            changed |= join(a, b, Decision("shared_abbreviation", 0.95,
                                                           f"both abbreviated {alias}; {why}"))

    if label == "Person":
        _person_variants(by_own, clusters, t, join, out, review)
    elif label in ("Agency", "Programme") and review:
        _near_candidates(label, forms, clusters, t, out)

    for root, members in clusters.groups().items():
        documents = {form: len({e.document for e in by_own[form]}) for form in members}
        canonical = min(members, key=lambda f: (_abbreviation_like(f), -documents[f], -len(f), f))
        key = f"{label}:{canonical}"
        # The name most documents use; among equals the latest release's (as node properties).
        displays = Counter(e.display for e in by_own[canonical])
        latest = defaultdict(str)
        for e in by_own[canonical]:
            latest[e.display] = max(latest[e.display], e.record.get("_published") or "")
        out.names[key] = min(displays, key=lambda d: (-displays[d], _descending(latest[d]), d))
        reasons = _paths(canonical, edges)
        for form in members:
            out.nodes[f"{label}:{form}"] = key
            for e in by_own[form]:
                keys[e.ref] = key
                if form == canonical or form not in reasons:
                    rule = "doubled_honorific" if e.stripped else "exact"
                    out.decisions[e.ref] = Decision(rule, 1.0, "")
                else:
                    out.decisions[e.ref] = reasons[form]


def _descending(text: str) -> tuple:
    return tuple(-ord(ch) for ch in text) + (1,)


def _paths(start: str, edges: dict) -> dict:
    """For every node reachable from ``start``: the decision on the edge that reached it first."""
    reasons, queue, seen = {}, [start], {start}
    while queue:
        current = queue.pop(0)
        for other, decision in sorted(edges.get(current, []), key=lambda x: x[0]):
            if other not in seen:
                seen.add(other)
                reasons[other] = decision
                queue.append(other)
    return reasons


def _without_office(form: str) -> str:
    return form[len("สำนักงาน"):] if form.startswith("สำนักงาน") else form


#: Words that make a body another body: the board of a bank is not the bank.
OTHER_BODY_WORDS = ("คณะกรรมการ", "คณะอนุกรรมการ", "คณะทำงาน", "สภา", "สมาคม", "มูลนิธิ", "ชมรม")


def _abbreviation_pair(a: str, b: str, letters: str, t: Thresholds) -> tuple[bool, str]:
    if numbers_in(a) != numbers_in(b):
        return False, ""
    if any((word in a) != (word in b) for word in OTHER_BODY_WORDS):
        return False, ""
    if not (letters_in_order(letters, a) and letters_in_order(letters, b)):
        return False, ""
    short, long = sorted((_without_office(a), _without_office(b)), key=len)
    if len(long) - len(short) <= t.abbreviation_max_extra and is_subsequence(short, long):
        return True, f"{short} is {long} with {len(long) - len(short)} letters left out"
    return False, ""


def _blocks(forms: Iterable[str], label: str) -> list[list[str]]:
    """Groups of names worth comparing: a person's names by their first or last letters;
    an organisation's by both (their first and last words are mostly generic)."""
    index: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        if len(form) >= 4:
            if label == "Person":
                index["<" + form[:3]].append(form)
                index[">" + form[-3:]].append(form)
            else:
                index[form[:3] + "~" + form[-3:]].append(form)
    return [sorted(set(v)) for _, v in sorted(index.items()) if len(v) > 1]


def _holder_index(by_own: dict[str, list[_Entity]]) -> dict[str, set[str]]:
    """Position or agency held → the people's names holding it."""
    index: dict[str, set[str]] = defaultdict(set)
    for form, mentions in by_own.items():
        for e in mentions:
            if e.position:
                index["position:" + e.position].add(form)
            for agency in e.record.get("_agencies", ()):
                index[agency].add(form)
    return index


def _holder_blocks(by_own: dict[str, list[_Entity]]) -> list[list[str]]:
    """People's names grouped by a position or an agency they hold (the only pairs that can merge)."""
    return [sorted(v) for _, v in sorted(_holder_index(by_own).items()) if len(v) > 1]


def _holder_near_pairs(by_own: dict[str, list[_Entity]], t: Thresholds,
                       cache: "ResolutionCache | None") -> set[tuple[str, str]]:
    """The pairs of names :func:`_near_pairs` finds in the :func:`_holder_blocks`; with a
    cache, a block compares only its new names with the others."""
    index = _holder_index(by_own)
    found: set[tuple[str, str]] = set()
    for block, forms in index.items():
        if len(forms) < 2:
            continue
        before, pairs = cache.block(block) if cache is not None else (frozenset(), set())
        pairs = {pair for pair in pairs if pair[0] in forms and pair[1] in forms}
        old = forms & before
        new = sorted(forms - before)
        for i, a in enumerate(new):
            for b in list(old) + new[i + 1:]:
                x, y = min(a, b), max(a, b)
                if abs(len(x) - len(y)) <= t.review_distance and \
                        thai_distance(x, y, limit=t.review_distance) <= t.review_distance:
                    pairs.add((x, y))
        if cache is not None:
            cache.keep_block(block, frozenset(forms), pairs)
        found |= pairs
    return found


def _near_pairs(blocks: list[list[str]], t: Thresholds):
    """(a, b, distance, similarity) of names of one block at most ``t.review_distance`` apart."""
    seen = set()
    for block in blocks:
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if (a, b) in seen or abs(len(a) - len(b)) > t.review_distance:
                    continue
                seen.add((a, b))
                distance = thai_distance(a, b, limit=t.review_distance)
                if distance <= t.review_distance:
                    yield a, b, distance, max(0.0, 1.0 - distance / max(len(a), len(b)))


def _person_variants(by_own, clusters: _Clusters, t: Thresholds, join, out: Resolution, review: bool) -> None:
    def evidence(form: str) -> tuple[set[str], set[str]]:
        positions, agencies = set(), set()
        for member in clusters.members[clusters.find(form)]:
            for e in by_own[member]:
                if e.position:
                    positions.add(e.position)
                agencies |= e.record.get("_agencies", set())
        return positions, agencies

    blocks = _blocks(by_own, "Person") if review else _holder_blocks(by_own)
    for a, b, distance, similarity in sorted(_near_pairs(blocks, t), key=lambda x: (x[2], x[0], x[1])):
        if clusters.find(a) == clusters.find(b):
            continue
        pa, aa = evidence(a)
        pb, ab = evidence(b)
        shared = sorted(pa & pb) or sorted(aa & ab)
        variant = distance <= t.person_variant_distance and min(len(a), len(b)) >= t.person_variant_min_length
        why = f"spelling distance {distance:g}"
        if variant and shared:
            join(a, b, Decision("near_name_same_position", round(similarity, 3),
                                f"{why}; both hold {shared[0]}"))
        else:
            out.pairs.append(Pair("Person", f"Person:{a}", f"Person:{b}", similarity, "near_name",
                                  why + (f"; both hold {shared[0]}" if shared else "; no shared position"),
                                  False))


def _near_candidates(label: str, forms, clusters: _Clusters, t: Thresholds, out: Resolution) -> None:
    for a, b, distance, similarity in _near_pairs(_blocks(forms, label), t):
        if clusters.find(a) != clusters.find(b):
            note = "numbers differ" if numbers_in(a) != numbers_in(b) else f"spelling distance {distance:g}"
            out.pairs.append(Pair(label, f"{label}:{a}", f"{label}:{b}", similarity, "near_name", note, False))


# -- events ---------------------------------------------------------------------------------------

@dataclass
class _Event:
    document: str
    local: str
    type: str
    date: str | None
    end_date: str | None
    province: str | None
    venue: str
    title: str
    persons: frozenset[str]
    agencies: frozenset[str]
    programmes: frozenset[str]
    #: The province its taking part agencies place it in when the text gave no
    #: HELD_IN (one ``จังหวัดX`` among them): never a key, only a reason not to merge.
    implied: str | None = None
    #: The positions of the people who chaired it (``ผู้ว่าราชการจังหวัดX`` places it).
    chairs: tuple[str, ...] = ()

    @property
    def where(self) -> str | None:
        return self.province or self.implied

    @property
    def ref(self) -> tuple[str, str]:
        return (self.document, self.local)

    @property
    def reference(self) -> str:
        return f"Event:{self.document}#{self.local}"

    @functools.cached_property
    def venue_grams(self) -> set[str]:
        return trigrams(self.venue)

    @functools.cached_property
    def room(self) -> str | None:
        found = _ROOM.search(self.venue or "")
        return found.group() if found else None

    @functools.cached_property
    def title_grams(self) -> set[str] | None:
        """Trigrams of the title's distinctive words; None when it only says what kind of event."""
        distinctive = _distinctive(self.title)
        return trigrams(distinctive) if len(distinctive) >= MIN_DISTINCTIVE_TITLE else None

    @functools.cached_property
    def signature(self) -> tuple:
        """Everything resolution reads of the event (its actors as resolved keys)."""
        return (self.document, self.local, self.type, self.date, self.end_date, self.province, self.implied,
                self.venue, self.title, tuple(sorted(self.persons)), tuple(sorted(self.agencies)),
                tuple(sorted(self.programmes)))

    def days(self, t: Thresholds) -> list[str]:
        try:
            start = date.fromisoformat(self.date)
            end = date.fromisoformat(self.end_date) if self.end_date else start
        except (TypeError, ValueError):
            return [self.date] if self.date else []
        span = max(0, min((end - start).days, t.max_range_days))
        return [(start + timedelta(days=i)).isoformat() for i in range(span + 1)]


def _distinctive(title: str) -> str:
    """A normalised title without what every event title has: การประชุม, พิธีลงนาม ...,
    session numbers (ครั้งที่ 5/2566), years and other numbers.

    >>> _distinctive("การประชุมครั้งที่5/2566"), _distinctive("ประชุมกนภ.ครั้งที่3/2566")
    ('', 'กนภ')
    """
    title = _SESSION.sub("", title)
    for word in GENERIC_TITLE_WORDS:
        title = title.replace(word, "")
    return "".join(ch for ch in title if ch.isalnum() and not ch.isdigit())


def compatible(a: str, b: str) -> bool:
    """Whether two event types can be two reports of one event.

    >>> compatible("signing", "meeting"), compatible("signing", "forum"), compatible("visit", "visit")
    (True, False, True)
    """
    return a == b or frozenset({a, b}) in COMPATIBLE_TYPES


def different_rooms(a: str | None, b: str | None) -> bool:
    """Whether two venues name two rooms: two meetings of one day on one campus
    (ห้องประชุมแก้วเจ้าจอม … and ห้องประชุมอาคารใหม่ … of the same university)
    share most of their venue's words but are not one event.  A bare
    ห้องประชุม, or one room name inside the other, may be the same room.

    >>> different_rooms("ห้องประชุมแก้วเจ้าจอม", "ห้องประชุมอาคารใหม่")
    True
    >>> different_rooms("ห้องประชุม", "ห้องประชุมแก้วเจ้าจอม"), different_rooms(None, "ห้องประชุม1")
    (False, False)
    """
    return bool(a and b) and a not in b and b not in a


def event_evidence(a: _Event, b: _Event, t: Thresholds = THRESHOLDS,
                   names: dict[str, str] | None = None, busy: dict[str, int] | None = None
                   ) -> tuple[float, str, bool]:
    """Score, evidence and whether any positive evidence (beyond the province) joins two events.

    ``busy`` counts, for the day, in how many releases each actor takes part
    in an event: an actor in many (a permanent secretary on the King's
    birthday) says little about which of them two reports share.  It also
    counts, by event reference, how many of the day's releases have an event
    with a title like this one's: a title many share names the occasion.
    """
    names = names or {}
    busy = busy or {}

    def weight(keys: list[str], each: float) -> float:
        return sum(each * min(1.0, t.busy_actor_reports / max(1, busy.get(k, 1))) for k in keys)

    def shown(keys: list[str]) -> str:
        return ", ".join(names.get(k) or k.split(":", 1)[1] for k in keys[:5])

    score, said, positive = 0.0, [], False
    if a.province and b.province and a.province == b.province:
        score += t.same_province
        said.append(f"same province {a.province}")
    if a.venue and b.venue and not different_rooms(a.room, b.room):
        similarity = dice(a.venue_grams, b.venue_grams)
        if similarity >= t.venue_similarity:
            score += t.same_venue
            positive = True
            said.append(f"same venue ({similarity:.2f})")
    persons = sorted(a.persons & b.persons)
    if persons:
        score += min(t.shared_person_cap, weight(persons, t.shared_person))
        positive = True
        said.append("shared people: " + shown(persons))
    agencies = sorted(a.agencies & b.agencies)
    if agencies:
        score += min(t.shared_agency_cap, weight(agencies, t.shared_agency))
        positive = True
        said.append("shared agencies: " + shown(agencies))
    programmes = sorted(a.programmes & b.programmes)
    if programmes:
        score += t.shared_programme
        positive = True
        said.append("same programme: " + shown(programmes[:1]))
    if a.title_grams and b.title_grams:          # titles that only say "a signing" tell nothing
        similarity = dice(a.title_grams, b.title_grams)
        if similarity >= t.title_similar:
            alike = max(busy.get(a.reference, 1), busy.get(b.reference, 1))
            score += t.title_weight * similarity * min(1.0, t.busy_title_reports / alike)
            positive = True
            said.append(f"similar titles ({similarity:.2f})" if alike <= t.busy_title_reports
                        else f"similar titles ({similarity:.2f}, like {alike} releases' that day)")
        elif similarity < t.title_conflict_below:
            score -= t.title_conflict
            said.append(f"unlike titles ({similarity:.2f})")
        else:
            score -= t.title_differ
            said.append(f"titles differ ({similarity:.2f})")
    if a.type == b.type:
        score += t.same_type
    else:
        score -= t.type_mismatch
        said.append(f"types {a.type}/{b.type}")
    return round(score, 3), "; ".join(said), positive


def _events(records: dict[str, dict], keys: dict) -> list[_Event]:
    events = []
    for document in sorted(records):
        record = records[document]
        entities = {e["id"]: e for e in record.get("entities", [])}
        held_in: dict[str, list[str]] = defaultdict(list)
        persons, agencies, programmes = defaultdict(set), defaultdict(set), defaultdict(set)
        chairs: dict[str, list[str]] = defaultdict(list)
        for relation in record.get("relations", []):
            head, tail = relation["head"], relation["tail"]
            kind = relation["type"]
            if kind == "HELD_IN" and (document, tail) in keys:
                held_in[head].append(keys[(document, tail)].split(":", 1)[1])
            elif kind == "PART_OF" and (document, tail) in keys and entities.get(tail, {}).get("type") == "Programme":
                programmes[head].add(keys[(document, tail)])
            elif kind in PARTICIPATION and (document, head) in keys:
                target = persons if entities.get(head, {}).get("type") == "Person" else agencies
                target[tail].add(keys[(document, head)])
                if kind == "CHAIRED" and entities.get(head, {}).get("position"):
                    chairs[tail].append(normalize_name(entities[head]["position"]))
        for entity in record.get("entities", []):
            if entity["type"] != "Event":
                continue
            local = entity["id"]
            province = min(held_in[local]) if held_in.get(local) else (normalize_name(entity.get("province")) or None)
            events.append(_Event(document, local, entity.get("event_type") or "other", entity.get("date") or None,
                                 entity.get("end_date") or None, province, normalize_name(entity.get("venue")),
                                 normalize_name(entity.get("title")), frozenset(persons[local]),
                                 frozenset(agencies[local]), frozenset(programmes[local]),
                                 chairs=tuple(chairs[local])))
    provinces = {key.split(":", 1)[1] for key in keys.values() if key.startswith("Province:")}
    for event in events:
        if not event.province:
            placed = _implied_provinces(event, provinces)
            if len(placed) == 1:
                event.implied = placed.pop()
    return events


def _implied_provinces(event: _Event, provinces: set[str]) -> set[str]:
    """The provinces an event's own words place it in when the text gave no HELD_IN: a
    ``จังหวัดX`` taking part, a venue or title naming ``จังหวัดX``/``จ.X``, a chair who is
    ``ผู้ว่าราชการจังหวัดX``.  Used only to refuse a merge, never as a key.

    >>> e = _Event("d", "e1", "ceremony", "2024-07-28", None, None, "ศาลากลางจ.น่าน", "พิธี",
    ...            frozenset(), frozenset(), frozenset(), chairs=("ผู้ว่าราชการจังหวัดน่าน",))
    >>> sorted(_implied_provinces(e, {"น่าน", "แพร่"}))
    ['น่าน']
    """
    placed = {k[len("Agency:จังหวัด"):] for k in event.agencies if k.startswith("Agency:จังหวัด")} & provinces
    texts = tuple(text for text in (event.venue, event.title) if "จังหวัด" in text or "จ." in text)
    if not texts and not any("ผู้ว่าราชการจังหวัด" in chair for chair in event.chairs):
        return placed
    for province in provinces:
        if any(("จังหวัด" + province) in text or ("จ." + province) in text for text in texts) \
                or any(chair.endswith("ผู้ว่าราชการจังหวัด" + province) for chair in event.chairs):
            placed.add(province)
    return placed


def _alike_titles(group: list[_Event], t: Thresholds) -> dict[str, int]:
    """Event reference → how many releases of ``group`` (its own included) have an event titled like it."""
    titled = [e for e in group if e.title_grams]
    alike: dict[str, set[str]] = {e.reference: {e.document} for e in titled}
    for i, a in enumerate(titled):
        for b in titled[i + 1:]:
            if a.document != b.document and dice(a.title_grams, b.title_grams) >= t.title_similar:
                alike[a.reference].add(b.document)
                alike[b.reference].add(a.document)
    return {reference: len(documents) for reference, documents in alike.items()}


def _resolve_events(records: dict[str, dict], judgements: Judgements, t: Thresholds, out: Resolution,
                    cache: "ResolutionCache | None") -> None:
    events = _events(records, out.keys)
    out.event_provinces.update((e.ref, e.province) for e in events)
    dated = [e for e in events if e.date]
    for e in events:
        if not e.date:
            out.keys[e.ref] = event_key(e.type, None, None, document=e.document, local_id=e.local)
            out.nodes[e.reference] = out.keys[e.ref]
            out.decisions[e.ref] = Decision("undated", 1.0, "an undated event is its document's own")
    for group in _event_components(dated, judgements, t):
        by_day: dict[str, list[_Event]] = defaultdict(list)
        for e in group:
            for day in e.days(t):
                by_day[day].append(e)
        # A day's pairs are scored from that day's events alone (remembered by the cache);
        # the merges of a component, which ranges and judgements may join across days, after.
        digests, scored = [], {}
        for day in sorted(by_day):
            events_of_day = by_day[day]
            shown = {k: out.names.get(k) for e in events_of_day for k in sorted(e.persons | e.agencies | e.programmes)}
            digest = _digest((day, tuple(e.signature for e in events_of_day), tuple(sorted(shown.items()))))
            digests.append(digest)
            scored.update(_memo(cache, ("EventDay", t, digest),
                                lambda: _score_day(day, events_of_day, t, shown)))
        inputs = (tuple(digests), _judged(judgements, {e.reference for e in group}))
        part = _memo(cache, ("Event", t, _digest(inputs)), lambda: _resolve_event_group(group, judgements, t, scored))
        part.apply(out)


def _event_components(dated: list[_Event], judgements: Judgements, t: Thresholds) -> list[list[_Event]]:
    """Events that may affect each other's resolution: sharing a day (through date ranges too),
    or judged the same.  Each is resolved on its own (and remembered by a cache)."""
    links = _Links()
    refs = {e.reference: e for e in dated}
    for e in dated:
        for day in e.days(t):
            links.union(("day", day), ("event", e.reference))
    for left, right in judgements.same:
        if left in refs and right in refs:
            links.union(("event", left), ("event", right))
    groups: dict = defaultdict(list)
    for e in dated:
        groups[links.find(("event", e.reference))].append(e)
    return [groups[root] for root in sorted(groups, key=lambda r: min(e.reference for e in groups[r]))]


def _score_day(day: str, group: list[_Event], t: Thresholds,
               names: dict[str, str | None]) -> dict[tuple[str, str], tuple[float, str, bool]]:
    """Evidence for the candidate pairs of one day whose first common day it is."""
    scored: dict[tuple[str, str], tuple[float, str, bool]] = {}
    busy: Counter = Counter()
    for document in {e.document for e in group}:
        busy.update({k for e in group if e.document == document for k in e.persons | e.agencies})
    busy.update(_alike_titles(group, t))
    for i, a in enumerate(group):
        for b in group[i + 1:]:
            if a.document == b.document or not compatible(a.type, b.type):
                continue
            if a.where and b.where and a.where != b.where:
                continue
            if (a.end_date or b.end_date) and min(set(a.days(t)) & set(b.days(t))) != day:
                continue
            pair = tuple(sorted((a.reference, b.reference)))
            if pair not in scored:
                scored[pair] = event_evidence(a, b, t, names, busy)
    return scored


def _resolve_event_group(dated: list[_Event], judgements: Judgements, t: Thresholds,
                         scored: dict[tuple[str, str], tuple[float, str, bool]]) -> "_Part":
    out = _Part()
    refs = {e.reference: e for e in dated}
    cannot = [(a, b) for a, b in judgements.different if a in refs and b in refs]
    clusters = _Clusters(sorted(refs), cannot)
    edges: dict[str, list[tuple[str, Decision]]] = defaultdict(list)
    provinces = {e.reference: {e.where} - {None} for e in dated}
    documents = {e.reference: {e.document} for e in dated}

    def join(a: str, b: str, decision: Decision, forced: bool = False) -> bool:
        ra, rb = clusters.find(a), clusters.find(b)
        if ra == rb:
            return False
        if documents[ra] & documents[rb] or len(provinces[ra] | provinces[rb]) > 1 or not clusters.allowed(a, b):
            return False
        # Every report of one side must share something with every report of the
        # other: no chain of "A like B, B like C" joins A and C that share nothing.
        if not forced and not all(scored.get(tuple(sorted((x, y))), (0, "", False))[2]
                                  for x in clusters.members[ra] for y in clusters.members[rb]):
            return False
        clusters.union(a, b)
        root, other = (ra, rb) if clusters.find(a) == ra else (rb, ra)
        documents[root] |= documents.pop(other)
        provinces[root] |= provinces.pop(other)
        edges[a].append((b, decision))
        edges[b].append((a, decision))
        return True

    for left, right in sorted(judgements.same):
        if left in refs and right in refs:
            if join(left, right, Decision("judgement", 1.0,
                                          f"judged the same in {judgements.path or 'judgements'}"), forced=True):
                out.pairs.append(Pair("Event", left, right, 1.0, "judgement", "judged the same", True))

    for (a, b), (score, evidence, positive) in sorted(scored.items(), key=lambda x: (-x[1][0], x[0])):
        if score < t.event_review:
            continue
        merged = False
        if positive and score >= t.event_merge:
            merged = join(a, b, Decision("event_evidence", score, evidence))
        if not merged and clusters.find(a) == clusters.find(b):
            continue                                  # already together through others
        out.pairs.append(Pair("Event", a, b, score, "event_evidence", evidence, merged))

    groups = [sorted(members) for members in clusters.groups().values()]
    shapes = []
    for members in groups:
        reports = [refs[m] for m in members]
        types = Counter(r.type for r in reports)
        kind = min(types, key=lambda k: (-types[k], TYPE_ORDER.index(k) if k in TYPE_ORDER else 99, k))
        day = min(r.date for r in reports)
        province = next(iter(sorted({r.province for r in reports} - {None})), None)
        shapes.append((members, kind, day, province))
    counts = Counter((kind, day, province) for _, kind, day, province in shapes if province)
    for members, kind, day, province in shapes:
        anchor = members[0]
        if province and counts[(kind, day, province)] == 1:
            key = f"Event:{kind}:{day}:{province}"
        else:
            key = f"Event:{kind}:{day}:{anchor.split(':', 1)[1]}"
        reasons = _paths(anchor, edges)
        for member in members:
            report = refs[member]
            out.keys[report.ref] = key
            out.nodes[member] = key
            out.decisions[report.ref] = reasons.get(member) or Decision(
                "own_report" if len(members) == 1 else "first_report", 1.0, "")
    return out


# -- the resolver --------------------------------------------------------------------------------

def resolve(records: dict[str, dict], judgements: Judgements | None = None,
            thresholds: Thresholds = THRESHOLDS, *, review: bool = False,
            cache: ResolutionCache | None = None) -> Resolution:
    """Resolve every entity of ``records`` (document key → contract record) to a node key.

    A pure function of its arguments: the order of ``records`` does not matter.
    ``review`` also compares every pair of near names (not only people who
    share a position or an agency, the only ones a rule may merge) to list
    candidates; it changes no key.  ``cache`` (a :class:`ResolutionCache` kept
    between calls) makes a call recompute only the components whose inputs
    changed; the result is the same with or without it.

    >>> a = {"entities": [{"id": "a1", "type": "Agency", "name": "สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา",
    ...                    "aliases": ["กสศ."]}], "relations": []}
    >>> b = {"entities": [{"id": "a1", "type": "Agency", "name": "กสศ."}], "relations": []}
    >>> r = resolve({"a.txt": a, "b.txt": b})
    >>> r.keys[("b.txt", "a1")]
    'Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา'
    >>> r.decisions[("b.txt", "a1")].rule
    'alias_is_name'
    """
    judgements = judgements or Judgements()
    out = Resolution()
    by_label: dict[str, list[_Entity]] = defaultdict(list)
    for document in sorted(records):
        actors = cache.actors(document, records[document]) if cache is not None else None
        if actors is None:
            actors = _actors(document, records[document])
            if cache is not None:
                cache.keep_actors(document, records[document], actors)
        for actor in actors:
            by_label[actor.label].append(actor)
    for label in ACTOR_ORDER + tuple(sorted(set(by_label) - set(ACTOR_ORDER))):
        if label == "Person":
            _attach_agencies(records, by_label[label], out.keys)
        if review:      # review compares near names across components: all at once, never cached
            _resolve_actors(label, by_label.get(label, []), judgements, out.keys, thresholds, out, review)
            continue
        for group in _actor_components(label, by_label.get(label, []), judgements, thresholds, cache):
            inputs = (tuple((e.signature, tuple(sorted(e.record.get("_agencies", ())))) for e in group),
                      _judged(judgements, {f"{label}:{f}" for e in group for f in (e.own,) + e.aliases}))
            part = _memo(cache, (label, thresholds, _digest(inputs)) if cache is not None else (),
                         lambda: _actor_part(label, group, judgements, thresholds))
            part.apply(out)
    _resolve_events(records, judgements, thresholds, out, cache)
    if cache is not None:
        cache.settle()
    return out


def _actors(document: str, record: dict) -> list[_Entity]:
    actors = []
    for entity in record.get("entities", []):
        if entity["type"] != "Event":
            actor = _actor(document, entity)
            actor.record = {**entity, "_published": record.get("published") or ""}
            actors.append(actor)
    return actors


def _actor_part(label: str, entities: list[_Entity], judgements: Judgements, t: Thresholds) -> _Part:
    scratch = Resolution()
    _resolve_actors(label, entities, judgements, scratch.keys, t, scratch, False)
    return _Part(scratch.keys, scratch.decisions, scratch.names, scratch.pairs, scratch.nodes)


def _actor_components(label: str, entities: list[_Entity], judgements: Judgements, t: Thresholds,
                      cache: ResolutionCache | None) -> list[list[_Entity]]:
    """Entities whose resolution may depend on each other: linked by a name or alias they
    share (as own name or alias), by a judgement, and people by a position or an agency they
    hold (the blocks :func:`_person_variants` compares).  Every rule of
    :func:`_resolve_actors` only ever joins, compares or refuses within one of these."""
    links = _Links()
    prefix = label + ":"
    for e in entities:
        for form in e.aliases:
            links.union(("form", e.own), ("form", form))
    if label == "Person":
        # Only people whose names are near and who share a position or an agency are
        # ever compared: linking whole blocks would make one component of a ministry's staff.
        by_own: dict[str, list[_Entity]] = defaultdict(list)
        for e in entities:
            by_own[e.own].append(e)
        for a, b in _holder_near_pairs(by_own, t, cache):
            links.union(("form", a), ("form", b))
    for left, right in list(judgements.same) + list(judgements.different):
        if left.startswith(prefix) and right.startswith(prefix):
            links.union(("form", left[len(prefix):]), ("form", right[len(prefix):]))
    groups: dict = defaultdict(list)
    for e in entities:
        groups[links.find(("form", e.own))].append(e)
    return [groups[root] for root in sorted(groups, key=lambda r: min(e.own for e in groups[r]))]


def _attach_agencies(records: dict[str, dict], people: list[_Entity], keys: dict) -> None:
    """Give each person mention the agencies it holds a position in (evidence for variants)."""
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    for document, record in records.items():
        for relation in record.get("relations", []):
            if relation["type"] == "HOLDS_POSITION" and (document, relation["tail"]) in keys:
                held[(document, relation["head"])].add(keys[(document, relation["tail"])])
    for person in people:
        person.record = {**person.record, "_agencies": held.get(person.ref, set())}


__all__ = ["Decision", "Judgements", "Pair", "Resolution", "ResolutionCache", "THRESHOLDS", "Thresholds", "compatible",
           "event_evidence", "reference", "resolve"]
