"""The gazetteer's compiled patterns: every word list of the data files turned into the regular expressions the
finders and passes match with, once per load (:func:`~edugraph.loaders.gazetteer.load_gazetteer`), and checked
there (an event-type list naming no event type raises :class:`~edugraph.errors.SchemaError`).

:class:`CompiledPatterns` is the gazetteer's compile step, apart from its records and lookups
(``gazetteer.py``): it reads the lookups' forms (``_province_forms``, ``_agency_forms``, the family and holder
forms) that ``Gazetteer.__post_init__`` builds before it compiles.
"""
from __future__ import annotations

import re

from edugraph.errors import SchemaError
from edugraph.loaders.gazetteer_entries import THAI_LETTER
from edugraph.loaders.trie import trie_regex


def _compile_words(words, *, flags=0) -> re.Pattern:
    return re.compile(trie_regex(words), flags)


def _signing_party_patterns(w) -> dict[str, re.Pattern]:
    """The patterns of the signing parties pass (``parties.py``), from its word lists in ``cues.yaml``."""
    counts = trie_regex(w["party_counts"])
    return {
        "verb": re.compile(trie_regex(w["headline_sign_verbs"])),
        "other": re.compile("(?:" + trie_regex(w["headline_other_roles"]) + r")\S{0,16}\s?$"),
        "marker": re.compile(r"\s?(?:" + trie_regex(w["party_markers"]) + r")\s?"),
        "word": re.compile(trie_regex(w["signing_words"])),
        # ระหว่าง [29 ฝ่าย] [ประกอบด้วย 15 กระทรวง 14 หน่วยงาน] [ได้แก่]: what stands before the parties
        "between": re.compile(r"ระหว่าง(?!วันที่|เวลา)\s?(?:\d+\s?(?:" + counts + r")\s?)?"
                              r"(?:(?:ประกอบด้วย|ได้แก่|คือ)\s?(?:\d+\s?(?:" + counts + r")\s?)*)*"
                              r"(?:ได้แก่|ประกอบด้วย|คือ|ดังนี้)?\s?"),
        "counted": re.compile(r"\d+\s?(?:" + counts + ")"),
        # ...ลงนาม... ร่วมกับผู้แทนจาก 13 หน่วยงาน ได้แก่ A B C, X ร่วมกับ 5 หน่วยงาน ได้แก่ A B จัดพิธีลงนาม, ...การลงนาม...
        # กับผู้แทนจากรัฐบาลไทยและประเทศสมาชิก EFTA ที่เข้าร่วม ได้แก่ (1) นาย...: the list of those signed with, counted
        # or introduced as the representatives there
        "joined": re.compile(r"(?:ร่วมกับ|กับ)\s?(?:(?:(?:ผู้แทน|ตัวแทน)(?:จาก)?\s?)?(?:ทั้ง\s?)?(?:\d+\s?(?:" + counts
                             + r")|หน่วยงานต่าง\s?ๆ)|(?:ผู้แทน|ตัวแทน)(?:จาก)?[^\n]{0,50}?ที่เข้าร่วม)\s?"
                             r"(?:ได้แก่|ประกอบด้วย|อาทิ|คือ)\s?"),
        # ตามบันทึกความเข้าใจ..., ร่างบันทึกความเข้าใจ..., ตามที่ได้มีการลงนาม...: an agreement referred to or drafted
        "referred": re.compile("(?:" + trie_regex(w["agreement_referrers"]) + r")\s?(?:ได้)?(?:มี)?(?:การ)?\s?$"),
        "for": re.compile(r"\s?(?:" + trie_regex(w["standing_for"]) + r")\s?"),
        "head": re.compile(trie_regex(w["party_heads"])),
        # ลงนาม... ร่วมกับ|กับ <a party's head>: the other party, written after the verb
        "with": re.compile(r"(?:ร่วมกับ|กับ)\s?(?=" + trie_regex(w["party_heads"]) + ")"),
        # an item of a party list ends where the next party's head follows a separator, at a parenthesis
        # (its abbreviation, its name in English) or where the sentence goes on
        "item_end": re.compile(r"(?:\s*(?:,|และ|กับ|/|โดย)\s*|\s+)(?=" + trie_regex(w["party_heads"]) + r")|\s*(?:[(\[]|\n|\s(?:"
                               + trie_regex(w["party_list_stops"]) + r")|\s?(?:"
                               + trie_regex(w["party_list_glued_stops"]) + r")|$)"),
    }


class CompiledPatterns:
    """The compile step of :class:`~edugraph.loaders.gazetteer.Gazetteer`."""

    def _compile(self) -> None:
        w = self.words
        province_forms = list(self._province_forms)
        self.province_rx = _compile_words(province_forms)
        self.province_code_rx = _compile_words(self._province_codes)
        title_forms = list(w["titles"])
        self.title_rx = _compile_words(title_forms)
        self.title_suffix_rx = _compile_words(w["title_suffixes"])
        self.guarded_title_rx = _compile_words(w["guarded"])
        self.monastic_name_rx = _monastic_name_rx(w)
        # a body named in Thai before its English name in brackets (acronyms.glossed_names): where its name may
        # start, and the nouns that make the English a body's name
        self.gloss_heads = tuple(set(w["acronym_heads"]) | {f.head for f in self.families if f.slot == "open"})
        self.gloss_body_noun_rx = re.compile(r"\b(?:" + "|".join(map(re.escape, w["gloss_body_nouns"])) + r")\b")
        self.monastic_opener_rx = _compile_words(w["monastic_name_openers"])
        holder_forms = list(self._family_holders) + list(self._fixed_holders)
        self.position_head_rx = _compile_words(
            list(w["heads"]) + list(w["rank_prefixes"]) + holder_forms)
        self.position_stop_rx = _compile_words(w["stops"])
        # Everything that can open an agency mention: named agencies and their
        # forms, family heads and forms, family abbreviations, office holders.
        agency_starts = (list(self._agency_forms) + list(self._family_heads)
                         + list(self._family_bare) + list(self._family_abbr) + holder_forms)
        self.agency_rx = _compile_words(agency_starts)
        self.programme_rx = _compile_words(self._programme_forms)
        self.recurring_programme_rx = _compile_words(w["recurring_programmes"])
        # the kind of initiative a cue's object may name before a programme whose name does not carry it
        self.programme_kind_rx = re.compile(r"(?:" + trie_regex(w["programme_kind_words"]) + r")\s?[“\"]?")
        cue_words = list(self.event_type_of_cue)
        self.event_cue_rx = _compile_words(cue_words)
        self.event_exclusion_rx = _compile_words(w["event_exclusions"])
        self.event_exclusion_override_rx = _compile_words(w["event_exclusion_overrides"]) \
            if w["event_exclusion_overrides"] else re.compile("(?!)")
        self.reference_cues = frozenset(w["reference_cues"])
        # a reference cue glued to a name (a Thai letter right after it) that is not a tail word names its own occasion
        self.named_reference_rx = re.compile("(?!" + trie_regex(w["reference_tails"]) + ")[ก-ฮ]") \
            if w["reference_tails"] else re.compile("[ก-ฮ]")
        self.introduced_only = frozenset(w["introduced_only"])
        self.occasion_only_cues = frozenset(w["occasion_only_cues"])
        self.own_activity_types = frozenset(w["own_activity_types"])
        self.dominant_event_types = frozenset(w["dominant_event_types"])
        self.framing_cues = frozenset(w["framing_cues"])
        # a celebration named right after a frame (กิจกรรม|เฉลิมพระเกียรติ..., กิจกรรม "เฉลิมพระเกียรติ...")
        self.celebration_rx = re.compile(r"[^\S\n]?[“\"]?[^\S\n]?(?:" + trie_regex(w["celebration_words"]) + ")")
        self.opened_fair_cues = frozenset(w["opened_fair_cues"])
        self.visit_stop_rx = _compile_words(w["visit_stop_cues"]) if w["visit_stop_cues"] else re.compile("(?!)")
        self.framing_types = frozenset(w["framing_types"])
        self.hosted_event_types = frozenset(w["hosted_event_types"])
        self.guest_visit_rx = re.compile(r"[^\S\n]?(?:" + trie_regex(w["guest_visit_destinations"]) + ")") \
            if w["guest_visit_destinations"] else re.compile("(?!)")
        self.visit_occasion_rx = re.compile("(?:" + trie_regex(w["visit_occasion_markers"])
                                            + r")(?:ที่|การ)?(?:เดินทาง)?[^\S\n]?$") if w["visit_occasion_markers"] \
            else re.compile("(?!)")
        self.official_visit_rx = _compile_words(w["official_visit_markers"]) if w["official_visit_markers"] \
            else re.compile("(?!)")
        for key in ("own_activity_types", "dominant_event_types", "framing_types", "hosted_event_types"):
            unknown = getattr(self, key) - set(self.event_priority)
            if unknown:
                raise SchemaError(f"{', '.join(self.sources)}: {key} names no event type: {sorted(unknown)}")
        self.event_introducer_rx = re.compile("(?:" + trie_regex(w["event_introducers"]) + r")\S{0,12}$")
        self.weak_event_introducer_rx = re.compile("(?:" + trie_regex(w["weak_event_introducers"]) + r")(?:\s?ใน)?$")
        self.event_blocker_rx = re.compile("(?:" + trie_regex(w["event_blockers"]) + r")\s?\S{0,10}$")
        purposes = [word for word in w["event_blockers"] if word not in set(w["plan_blockers"])]
        self.purpose_blocker_rx = re.compile("(?:" + trie_regex(purposes) + r")\s?\S{0,10}$")
        breaks = "|".join(p.pattern for p in self.title_breaks)
        self.title_stop_rx = re.compile(r"\s(?:" + trie_regex(w["title_stops"]) + ")|\n" + ("|" + breaks if breaks else ""))
        self.sequel_rx = _compile_words(w["sequel_cues"])
        self.then_rx = _compile_words(w["then_cues"])
        self.agreement_rx = _compile_words(w["agreement_nouns"])
        self.summit_rx = _compile_words(w["summit_words"])
        self.routine_sitting_rx = _compile_words(w["routine_sitting_bodies"])
        self.sitting_reference_rx = _compile_words(w["sitting_reference_words"])
        self.party_marker_rx = re.compile(r"\s?(?:" + trie_regex(w["party_markers"]) + ")")
        self.same_day_rx = _compile_words(w["same_day_cues"]) if w["same_day_cues"] else re.compile("(?!)")
        self.next_day_rx = _compile_words(w["next_day_cues"]) if w["next_day_cues"] else re.compile("(?!)")
        self.occasion_rx = _compile_words(w["occasion_cues"]) if w["occasion_cues"] else re.compile("(?!)")
        self.document_day_rx = _compile_words(w["document_day_cues"]) if w["document_day_cues"] else re.compile("(?!)")
        # a deadline's word right before its day: วันที่, a weekday (นี้) and an opening parenthesis may stand between
        self.deadline_day_rx = re.compile("(?:" + trie_regex(w["deadline_day_cues"]) + r")[^\S\n]?"
                                          r"(?:วัน[ก-๙]{3,9}?(?:นี้)?[^\S\n]?\(?[^\S\n]?)?$") \
            if w["deadline_day_cues"] else re.compile("(?!)")
        # ...or a word right after it: the day a rule starts from (... 15 พ.ย.2567 เป็นต้นไป)
        self.onward_day_rx = re.compile(r"[^\S\n]?(?:" + trie_regex(w["onward_day_cues"]) + ")") \
            if w["onward_day_cues"] else re.compile("(?!)")
        self.same_venue_rx = _compile_words(w["same_venue_cues"]) if w["same_venue_cues"] else re.compile("(?!)")
        self.within_event_rx = _compile_words(w["within_event_markers"]) if w["within_event_markers"] else re.compile("(?!)")
        self.published_rule_rx = _compile_words(w["published_rule_words"])
        # a speech verb, then its ว่า after at most a short phrase (กล่าวก่อนการประชุมว่า)
        self.speech_rx = re.compile("(?:" + trie_regex(w["speech_verbs"]) + r")\S{0,16}?ว่า") if w["speech_verbs"] \
            else re.compile("(?!)")
        self.boundary_rx = _compile_words(w["boundaries"])
        self.role_description_rx = _compile_words(w["role_descriptions"])
        self.locative_rx = re.compile("(?:" + trie_regex(w["locatives"]) + r")\s?$")
        self.affiliation_rx = re.compile("(?:" + trie_regex(w["affiliation_markers"]) + r")\s?$")
        self.affiliation_people_rx = _compile_words(w["affiliation_people"])
        self.affiliation_unit_rx = _compile_words(w["affiliation_units"])
        self.represented_units_rx = re.compile("(?:" + trie_regex(w["standing_for"]) + r")\s?(?:"
                                               + trie_regex(w["affiliation_units"]) + r")\s?$")
        self.venue_rx = re.compile(r"(?<![" + THAI_LETTER + r"])(?:" + trie_regex(w["venue_markers"]) + r")\s")
        # (a list's next item ends a venue too: ณ วัดพระธาตุพนม ... 2. จังหวัดนครราชสีมา ..., ... ที่กรุงเทพมหานคร (2) การประชุม)
        self.venue_stop_rx = re.compile(r"\s(?:" + trie_regex(w["venue_stops"]) + r")|\n|\s(?:\d{1,2}\.|\(\d{1,2}\))\s")
        self.list_marker_rx = re.compile(r"\s?(?:" + trie_regex(w["list_markers"]) + r")")
        # list ends are words of their own: never inside a name (สาธารณสุข holds ณ)
        self.list_end_rx = re.compile(r"(?:^|(?<=\s))(?:" + ("|".join(p.pattern for p in self.list_ends) or "(?!)") + ")",
                                      re.MULTILINE)
        self.group_noun_rx = _compile_words(list(w["group_nouns"]) + [f for f, _ in self.group_synonyms])
        self.group_noun_of = {f: n for f, n in self.group_synonyms}
        self.office_of_abbreviation = dict(self.office_abbreviations)
        self.office_abbreviation_rx = _compile_words(self.office_of_abbreviation) if self.office_abbreviations \
            else re.compile("(?!)")
        self.name_stops = frozenset(w["name_stops"])
        self.nominalisers = frozenset(w["nominalisers"])
        glue = (set(w["glue_words"]) | set(w["name_stops"]) | set(w["heads"]) | set(w["rank_prefixes"])
                | set(self.event_type_of_cue) | set(w["affiliation_markers"]))
        self.glue_rx = re.compile("(?:" + trie_regex(glue) + ")$")
        self.name_cutter_rx = _compile_words({h for h in w["heads"] if len(h) >= 4} | set(w["name_cutters"]))
        self.backref_rx = re.compile("(" + trie_regex(self._family_heads) + ")ฯ")
        self.list_words = frozenset(w["list_words"])
        self.not_places = frozenset(w["not_places"])
        self.not_place_tags = frozenset(w["not_place_tags"])
        self.bare_office_plurals = tuple(w["bare_office_plurals"])
        self.no_provincial_offices = frozenset(w["no_provincial_offices"])
        self.bare_ministry_offices = frozenset(re.sub(r"\s+", "", o) for o in w["bare_ministry_offices"])
        # the same offices as written, spaced or not, to read the ministry named after them (รมว.แรงงาน)
        self.bare_ministry_office_rx = re.compile(
            "(?:" + "|".join(sorted((r"\s?".join(map(re.escape, o.split())) for o in w["bare_ministry_offices"]),
                                    key=len, reverse=True)) + r")\s?")
        self.programme_stops = frozenset(w["programme_stops"])
        self.programme_counters = frozenset(w["programme_counters"])
        self.programme_phase_words = frozenset(w["programme_phase_words"])
        self.country_names = frozenset(w["country_names"])
        foreign = [c for c in w["country_names"] if c != "ไทย"]
        # an office of a foreign state: "...ของเมียนมา", "... สาธารณรัฐปารากวัย" (not after ณ, ใน, ประจำ), or
        # the state written glued to the office (นายกรัฐมนตรีสาธารณรัฐประชาชนจีน)
        states = trie_regex(w["foreign_state_words"])
        self.foreign_office_rx = re.compile(
            r"^(?:(?:" + states + r")(?!ไทย)[ก-๙]|(?:(?!ณ|ใน|ประจำ)[^\n])*?(?:(?:ของ|แห่ง)(?:ประเทศ|" + states
            + ")?(?:" + trie_regex(foreign) + r")|\s(?:" + states + r")(?!ไทย)[ก-๙]))")
        self.programme_not_after = tuple(w["programme_not_after"])
        self.programme_clause_words = frozenset(w["programme_clause_words"])
        self.programme_clause_openers = tuple(w["programme_clause_openers"])
        self.programme_open_ends = tuple(w["programme_open_ends"])
        self.programme_open_end_modifiers = tuple(w["programme_open_end_modifiers"])
        self.programme_works = tuple(w["programme_works"])
        self.programme_works_objects = frozenset(w["programme_works_objects"])
        self.name_openers = frozenset(w["name_openers"])
        self.not_name_tags = frozenset(w["not_name_tags"])
        self.name_end_tags = frozenset(w["name_end_tags"])
        self.name_end_keep = frozenset(w["name_end_keep"])
        self.sentence_verbs = frozenset(w["sentence_verbs"])
        self.rank_prefixes = frozenset(w["rank_prefixes"])
        self.rank_prefix_rx = _compile_words(w["rank_prefixes"])
        self.unit_offices = tuple(w["unit_offices"])
        self.sole_offices = tuple(w["sole_offices"])
        self.acting_office_rx = re.compile("(?:" + (trie_regex(w["acting_offices"]) or "(?!)") + r")\s?")
        self.serving_office_rx = re.compile(r"\s?(?:" + (trie_regex(w["serving_offices"]) or "(?!)") + ")")
        self.field_qualifier_rx = re.compile("(?:" + (trie_regex(w["field_qualifiers"]) or "(?!)") + f")[{THAI_LETTER}]+ ")
        self.name_stops_before_more = frozenset(w["name_stops_before_more"])
        self.generic_name_words = frozenset(w["generic_name_words"]) | frozenset(w["generic_modifiers"])
        self.known_name_tails = frozenset(w["known_name_tails"])
        self.name_open_ends = frozenset(w["name_open_ends"])
        self.name_field_words = frozenset(w["name_field_words"])
        self.province_regions = tuple(w["province_regions"])
        # a region written after จังหวัด names an area, no one province (ศูนย์...ในจังหวัดชายแดนภาคใต้)
        self.regional_province_rx = re.compile("จังหวัด(?:" + (trie_regex(w["province_regions"]) or "(?!)") + ")")
        self.royal_rank_rx = re.compile(r"[ \u00a0](?:" + (trie_regex(w["royal_ranks"]) if w["royal_ranks"] else "(?!)")
                                        + r")[" + THAI_LETTER + r"]{3,30}")
        # ...นโยบายที่ดิน แห่งชาติ, มูลนิธิX ในพระบรมราชูปถัมภ์: the name goes on over the space
        # (a line break too: a table cell breaks สำนักงานกองทุนหมู่บ้านและชุมชนเมือง⏎แห่งชาติ; no sentence opens so)
        self.spaced_name_tail_rx = re.compile(r"(?:[ \u00a0]{1,3}|\n)(" + (trie_regex(w["spaced_name_tails"])
                                                                if w["spaced_name_tails"] else "(?!)") + r")ฯ?")
        # a name body made only of these (ต้นแบบ, ใกล้บ้าน, โครงการ) is a common noun phrase
        self.generic_body_rx = re.compile("(?:" + (trie_regex(w["generic_modifiers"]) if w["generic_modifiers"]
                                                   else "(?!)") + r"|\s)+")
        self.signing_party_patterns = _signing_party_patterns(w)


def _monastic_name_rx(w: dict) -> re.Pattern:
    """A monk's title-name (``monastic_name_openers`` + the rest of the word), with the honorific before it and
    the degree after it, when a monastic office follows: groups ``honorific``, ``name``, ``office``."""
    def alternatives(key: str) -> str:
        forms = sorted(w[key], key=len, reverse=True)
        return "|".join(map(re.escape, forms)) or "(?!)"
    return re.compile(f"(?P<honorific>{alternatives('monastic_honorifics')})? ?"
                      f"(?P<name>(?:{alternatives('monastic_name_openers')})[{THAI_LETTER}]{{2,40}})"
                      f"(?:,? ?(?P<degree>{alternatives('monastic_degrees')}))? "
                      f"(?P<office>{alternatives('monastic_offices')})")
