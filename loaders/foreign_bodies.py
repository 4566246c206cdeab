"""Bodies of a named country: a state body written with a foreign country after it is that country's
(กระทรวงการต่างประเทศ| สหรัฐอเมริกา), one name per foreign body in a release, and the country a
government or an embassy belongs to (รัฐบาลแห่งมาเลเซีย, สถานเอกอัครราชทูต...ประจำประเทศไทย).  The
countries and the regions that are none are data (``loaders/data/cues.yaml``: ``country_names``,
``country_regions``).
"""
from __future__ import annotations

import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.words import split_words, thai_run

_COUNTRY_AFTER = re.compile(r"(?P<joint>\s?(?:แห่ง|ของ)?\s?(?:ประเทศ|ราชอาณาจักร|สาธารณรัฐประชาชน|สาธารณรัฐ|สหพันธรัฐ"
                            r"|สมาพันธรัฐ)?)(?P<country>[ก-๙]+)")
_EXPLICIT_JOINT = re.compile(r"\s?(?:แห่ง\s?(?:ประเทศ)?|ประเทศ)")
# a foreign ministry whose name opens like a Thai one and goes on with more fields (กระทรวงคมนาคม|และการสื่อสาร|
# ของเมียนมา, กระทรวงคมนาคม|และการเคลื่อนย้ายอย่างยั่งยืน|แห่งราชอาณาจักรสเปน)
_MORE_FIELDS = re.compile(r"และ(?=การ|ความ)")
_JOINTS = ("แห่ง", "ของ", "ประเทศ", "ราชอาณาจักร", "สาธารณรัฐ", "สหพันธรัฐ", "สมาพันธรัฐ")


def _fields_before_a_country(text: str, pos: int, hi: int, gaz: Gazetteer) -> int:
    """Where a ministry's further fields glued after its Thai name (และการ..., และความ...) end, when a foreign
    country follows them (the joint or the country opens the next word); ``pos`` where none do.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> [m.name for m in find_agencies("และกระทรวงคมนาคมและการเคลื่อนย้ายอย่างยั่งยืนแห่งราชอาณาจักรสเปน ด้าน", gaz)]
    ['กระทรวงคมนาคมและการเคลื่อนย้ายอย่างยั่งยืนแห่งราชอาณาจักรสเปน']
    >>> [m.name for m in find_agencies("กระทรวงคมนาคมและการท่องเที่ยวของไทย", gaz)]
    ['กระทรวงคมนาคม']
    >>> [m.name for m in find_agencies("ระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมและการไปรษณีย์แห่งสาธารณรัฐประชาชนจีน", gaz)]
    ['กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม']
    """
    more = _MORE_FIELDS.match(text, pos, hi)
    if more is None:
        return pos
    at = more.end()
    for index, word in enumerate(split_words(thai_run(text, at, min(hi, at + 60)))[:8]):
        if index and (word.startswith(_JOINTS) or word in gaz.country_names):
            return at
        if word in gaz.name_stops:     # a verb stays: the fields are nominalised (การเคลื่อนย้ายอย่างยั่งยืน)
            return pos
        at += len(word)
    return pos


def foreign_body(text: str, mention: AgencyMention, hi: int, gaz: Gazetteer) -> AgencyMention:
    """A state body written with a foreign country after it is that country's body, not Thailand's:
    กระทรวงการต่างประเทศ| สหรัฐอเมริกา, วุฒิสภา|แห่งมาเลเซีย, สภาผู้แทนราษฎร|นิวซีแลนด์,
    กรมการท่องเที่ยว|ภูฏาน.  A ministry or a named body takes the country however it is joined
    (glued, over a space, แห่ง, ของ); another open name only after แห่ง or ประเทศ, since an open name
    already reads a glued country as its own (ศูนย์มะเร็งแห่งชาติ| ประเทศญี่ปุ่น).  The name keeps
    the joint the text writes (แห่ง, ประเทศ, ราชอาณาจักร: วุฒิสภาแห่งมาเลเซีย) but ของ, which belongs to
    the sentence; a country glued or after a space is written after a space.  A release that qualifies
    the country in several ways still names one body (:func:`one_name_per_foreign_body`).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> [m.name for m in find_agencies("รายงานของกระทรวงการต่างประเทศ สหรัฐอเมริกา หรือ TIP Report", gaz)]
    ['กระทรวงการต่างประเทศ สหรัฐอเมริกา']
    >>> [m.name for m in find_agencies("และสมาชิกวุฒิสภาแห่งมาเลเซีย พร้อมคณะ", gaz)]
    ['วุฒิสภาแห่งมาเลเซีย']
    >>> [m.name for m in find_agencies("กระทรวงการต่างประเทศของประเทศอาเซียน", gaz)]
    ['กระทรวงการต่างประเทศ']
    >>> [m.name for m in find_agencies("กระทรวงการต่างประเทศ ไทยและ", gaz)]
    ['กระทรวงการต่างประเทศ']
    >>> [m.name for m in find_agencies("การเข้าเป็นสมาชิกองค์การการค้าโลกของอุซเบกิสถาน", gaz)]
    ['องค์การการค้าโลก']
    """
    if not mention.name or not (mention.entry is not None or mention.name.startswith("กระทรวง")
                                or mention.family is not None and mention.family.slot == "open") \
            or mention.entry is not None and mention.entry.international:
        return mention
    # (not in ระหว่าง A และ B, where และ joins the second party: ระหว่างกระทรวงดิจิทัลฯ|และการไปรษณีย์แห่ง...จีน)
    fields = _fields_before_a_country(text, mention.end, hi, gaz) if mention.name.startswith("กระทรวง") \
        and not text[max(0, mention.start - 9):mention.start].rstrip().endswith("ระหว่าง") else mention.end
    after = _COUNTRY_AFTER.match(text, fields, hi)
    if after is None or not after.group("country").startswith(tuple(gaz.country_names)):
        return mention
    joint = after.group("joint")
    if "\n" in joint or (mention.entry is None and not mention.name.startswith("กระทรวง")
                         and not _EXPLICIT_JOINT.fullmatch(joint)):
        return mention
    words, country = split_words(after.group("country")), ""
    for word in words[:3]:       # สหรัฐ|อเมริกา: the longest run of words that is a country
        country = country + word if country + word in gaz.country_names or not country else country
    if country not in gaz.country_names or country == "ไทย" or country in gaz.words["country_regions"]:
        return mention
    end = after.start("country") + len(country)
    official = re.sub(r"\s+", "", joint.replace("ของ", ""))     # ของ joins a sentence, not a name
    name = mention.name + text[mention.end:fields] + (official or " ") + country
    written = text[mention.start:end]
    return AgencyMention(mention.start, end, written, name, mention.kind, family=mention.family,
                         holder=mention.holder and written)


_POSTING_AT_END = re.compile(r"\s?(?:ประจำ\s?ประเทศ[ก-๙]+|ณ\s?กรุง[ก-๙]+)$")
_COUNTRY_QUALIFIERS = re.compile(r"แห่ง|ประเทศ|ราชอาณาจักร|สาธารณรัฐประชาชน|สาธารณรัฐ|\s")


def one_name_per_foreign_body(mentions: list[AgencyMention], gaz: Gazetteer) -> None:
    """A release that names a foreign body with its country qualified in several ways
    (นายกรัฐมนตรีราชอาณาจักรภูฏาน, later นายกรัฐมนตรีภูฏาน) names one body: the most qualified name.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> found = find_agencies("นายกรัฐมนตรีราชอาณาจักรภูฏาน กล่าวว่า นายกรัฐมนตรีภูฏานยินดี", gaz)
    >>> one_name_per_foreign_body(found, gaz)
    >>> [m.name for m in found]
    ['คณะรัฐมนตรีราชอาณาจักรภูฏาน', 'คณะรัฐมนตรีราชอาณาจักรภูฏาน']
    >>> found = find_agencies("สถานเอกอัครราชทูตราชอาณาจักรภูฏานประจำประเทศไทย และสถานเอกอัครราชทูตภูฏานประจำประเทศไทย", gaz)
    >>> one_name_per_foreign_body(found, gaz)
    >>> len({m.name for m in found})
    1
    >>> found = find_agencies("เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งสาธารณรัฐสิงคโปร์ และสถานเอกอัครราชทูตสิงคโปร์ประจำประเทศไทย", gaz)
    >>> one_name_per_foreign_body(found, gaz)
    >>> sorted({m.name for m in found})
    ['สถานเอกอัครราชทูตสาธารณรัฐสิงคโปร์ประจำประเทศไทย']
    """
    foreign = tuple(c for c in gaz.country_names if c != "ไทย")
    # (an embassy's posting after its country: สถานเอกอัครราชทูตภูฏาน|ประจำประเทศไทย)
    of_a_country = [m for m in mentions if m.name and _POSTING_AT_END.sub("", m.name).endswith(foreign)]
    fullest: dict[str, str] = {}
    posted: set[str] = set()
    for mention in of_a_country:      # the most qualified form is the official one (ราชอาณาจักรภูฏาน)
        key, bare = _foreign_body_key(mention.name), _POSTED_HERE.sub("", mention.name)
        if bare != mention.name:
            posted.add(key)
        if len(bare) > len(fullest.get(key, "")):
            fullest[key] = bare
    for mention in of_a_country:
        key = _foreign_body_key(mention.name)
        # (posted, its official name joins its country without แห่ง, as country_slot writes it)
        mention.name = _EMBASSY_OF.sub(r"\1", fullest[key]) + "ประจำประเทศไทย" if key in posted else fullest[key]


_POSTED_HERE = re.compile(r"\s?ประจำ\s?ประเทศ\s?ไทย$")
_EMBASSY_OF = re.compile(r"^(สถานเอกอัครราชทูต)แห่ง")


def _foreign_body_key(name: str) -> str:
    """What two names of one foreign body share: the country unqualified and, for an embassy, no posting to
    Thailand (a foreign embassy written with its posting and without it is one: สถานเอกอัครราชทูตสาธารณรัฐ
    สิงคโปร์ = สถานเอกอัครราชทูตสิงคโปร์ประจำประเทศไทย); one posted elsewhere (ณ กรุงมอสโก) is another body."""
    return _COUNTRY_QUALIFIERS.sub("", _POSTED_HERE.sub("", name))


_COUNTRY_SLOT = re.compile(r"(?P<joint>(?:\s?(?:แห่ง|ของ))?\s?(?:ประเทศ|ราชอาณาจักร|สาธารณรัฐประชาชน|สาธารณรัฐ)|\s?(?:แห่ง|ของ)|)"
                           r"(?P<country>[ก-ฮะ-ฺเ-๎]+)")
# (a posting to a capital is written ณ กรุง… or ประจำกรุง…: เอกอัครราชทูตไทยประจำกรุงธากา, …อิหร่านประจำกรุงมอสโก)
_POSTED_TO = re.compile(r"\s?ประจำ\s?ประเทศ\s?(?P<country>[ก-๙]+)|\s?(?:ณ|ประจำ)\s?กรุง(?P<city>[ก-๙]+)")
_CLAUSE_AFTER_CITY = re.compile(r"(?:และ|ของ|ที่|เพื่อ|ซึ่ง|โดย|ได้|ใน|ต่อไป|ด้วย|แล้ว|นั้น|นี้|จึง|จะ|ก็)$")
# a former envoy names no embassy anyone acts for (อดีตเอกอัครราชทูตไทยประจำ…, as agencies.py has it for every
# office); the holder อัครราชทูต also matches inside เอกอัครราชทูต once that title is turned down for its อดีต
_FORMER_ENVOY = re.compile(r"อดีต\s?(?:เอก)?อัครราชทูต(?:ที่ปรึกษา)?$")


def _city(run: str) -> str:
    """A foreign city's name at the start of a Thai run: its first word and the fragments the tokenizer splits
    a transliterated name into (เฮ|ก of เฮก), not the next word of the sentence (ไคโร|ต่อไป).  A short run up to a
    space or a mark is the whole name, less a clause word glued to it: the tokenizer cuts some names into
    longer pieces (ดา|การ์, ซัน|ติ|อาโก).

    >>> [_city(run) for run in ("เฮก", "ดาการ์", "ซันติอาโก", "ไคโรต่อไป", "โตเกียวเมื่อวันที่")]
    ['เฮก', 'ดาการ์', 'ซันติอาโก', 'ไคโร', 'โตเกียว']
    """
    if len(run) <= 12:
        return _CLAUSE_AFTER_CITY.sub("", run) or run
    words = split_words(run)
    city = words[0]
    for word in words[1:]:
        if len(word) > 2:
            break
        city += word
    return city


def _country(run: str, gaz: Gazetteer) -> str:
    """The longest run of a Thai run's first words that is a country (สหรัฐ|อเมริกา), or ""."""
    country, found = "", ""
    for word in split_words(run.replace("ฯ", " ").split(" ")[0])[:3]:
        country += word
        found = country if country in gaz.country_names else found
    return found


def country_slot(text: str, pos: int, hi: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """The country a government or an embassy belongs to, written right after its head: (the name's
    rest, its end), or None where no country follows (รัฐบาลมีนโยบาย, a region: รัฐบาลอาเซียน).
    An embassy's posting (ประจำประเทศไทย, ณ กรุงโตเกียว) belongs to its name; สหรัฐฯ is สหรัฐอเมริกา.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> [m.name for m in find_agencies("ระหว่างรัฐบาลแห่งมาเลเซียและรัฐบาลแห่งราชอาณาจักรไทย", gaz)]
    ['รัฐบาลแห่งมาเลเซีย', 'รัฐบาลแห่งราชอาณาจักรไทย']
    >>> [m.name for m in find_agencies("หลังจากที่รัฐบาลสหรัฐฯ ประกาศ และรัฐบาลมีนโยบาย", gaz)]
    ['รัฐบาลสหรัฐอเมริกา']
    >>> [m.name for m in find_agencies("สถานเอกอัครราชทูตสาธารณรัฐประชาชนจีนประจำประเทศไทย และ", gaz)]
    ['สถานเอกอัครราชทูตสาธารณรัฐประชาชนจีนประจำประเทศไทย']
    >>> [m.name for m in find_agencies("โดยจะส่งมอบเงินผ่านสถานเอกอัครราชทูต ณ กรุงไคโรต่อไป และสถานเอกอัครราชทูต ณ กรุงเฮก", gaz)]
    ['สถานเอกอัครราชทูต ณ กรุงไคโร', 'สถานเอกอัครราชทูต ณ กรุงเฮก']
    """
    if _FORMER_ENVOY.search(text, max(0, pos - 30), pos):
        return None
    after = _COUNTRY_SLOT.match(text, pos, hi)
    country = _country(after.group("country"), gaz) if after else ""
    posted = _POSTED_TO.match(text, pos, hi) if not country else None
    if posted and posted.group("city") and not posted.group("city").startswith("เทพ"):
        city = _city(posted.group("city"))     # a Thai embassy written by its posting only (ณ กรุงไคโร)
        return " ณ กรุง" + city, posted.start("city") + len(city)
    if not country or country in gaz.words["country_regions"]:
        return None
    end = after.start("country") + len(country)
    if country == "สหรัฐ" and text.startswith("ฯ", end):
        country, end = "สหรัฐอเมริกา", end + 1
    name = after.group("joint").strip() + country
    posted = _POSTED_TO.match(text, end, hi)
    if posted and posted.group("country") and _country(posted.group("country"), gaz):
        host = _country(posted.group("country"), gaz)
        # (a posted embassy's official name joins its country without แห่ง: สถานเอกอัครราชทูตราชอาณาจักรสเปน…)
        name = name[len("แห่ง"):] if name.startswith("แห่ง") else name
        name, end = name + "ประจำประเทศ" + host, posted.start("country") + len(host)
    elif posted and posted.group("city"):
        city = _city(posted.group("city"))
        name, end = name + " ณ กรุง" + city, posted.start("city") + len(city)
    return name, end


_ACTS_THROUGH = re.compile(r"\s?โดย")
# ...or is the one a signing was made with (บริษัท X ได้ลงนามในบันทึกความเข้าใจ (MOU) กับรัฐบาลไทย)
_SIGNED_WITH = re.compile(r"ลงนาม[^\n]{0,60}?(?:ร่วม)?กับ\s?$")
_SIGNED_WITH_REACH = 80


def government_of_the_day(text: str, start: int, end: int, name: str) -> bool:
    """Whether ``name`` at ``start:end`` is Thailand's own government written bare (รัฐบาลไทย) and only spoken of
    (รัฐบาลไทยให้ความสำคัญ..., ขอบคุณรัฐบาลไทย): like a bare รัฐบาล, no body that acts.  It is one where it acts
    through a body (รัฐบาลไทย โดยกระทรวงสาธารณสุข), is a party ``ระหว่าง`` others, or the one a signing is made
    with (``ได้ลงนาม MOU กับรัฐบาลไทย``, ``ลงนามบันทึกความร่วมมือร่วมกับรัฐบาลไทย``: heldout-7 w11, heldout-8 w02, w07).

    >>> text = "รัฐบาลไทยให้ความสำคัญ และรัฐบาลไทย โดยกระทรวงสาธารณสุข จัด"
    >>> government_of_the_day(text, 0, 9, "รัฐบาลไทย"), government_of_the_day(text, 25, 34, "รัฐบาลไทย")
    (True, False)
    >>> government_of_the_day("บริษัท ก ได้ลงนาม MOU กับรัฐบาลไทย", 25, 34, "รัฐบาลไทย")
    False
    """
    return name == "รัฐบาลไทย" and not _ACTS_THROUGH.match(text, end) \
        and text.rfind("ระหว่าง", max(0, start - 10), start) < 0 \
        and not _SIGNED_WITH.search(text, max(0, start - _SIGNED_WITH_REACH), start)
