"""Thai dates in running text → ISO dates of the Common Era.

Press releases write dates in many ways: full or abbreviated month names with
or without dots, Buddhist Era years of four or two digits, Common Era years,
Thai digits, weekday prefixes, ranges within and across months, numeric
``d/m/yyyy``.  :func:`find_dates` finds them all with their character offsets
(so that the extractor can tie a date to its sentence); :func:`parse_date`
reads one date string (the publication dateline at the top of a body is
:mod:`~edugraph.loaders.datelines`'s).

Years: four digits ≥ 2400 are Buddhist Era (− 543), 1900–2200 are Common Era
as they are; two digits are a short Buddhist Era year (``68`` = 2568 = 2025),
unless ``ค.ศ.`` says otherwise.

>>> [m.date for m in find_dates("เมื่อวันที่ ๒๗ สิงหาคม ๒๕๖๒ จังหวัดสุรินทร์")]
['2019-08-27']
>>> m = find_dates("ต่อเนื่องจากวันที่ 27 – 28 สิงหาคม 2562 ณ สถานที่")[0]
>>> (m.date, m.end_date, m.text)
('2019-08-27', '2019-08-28', 'วันที่ 27 – 28 สิงหาคม 2562')
>>> m = find_dates("ระหว่างวันที่ 31 มีนาคม – 1 เมษายน 2564 โดยมี")[0]
>>> (m.date, m.end_date)
('2021-03-31', '2021-04-01')
>>> [m.date for m in find_dates("20มค.68 และ 26 ธ.ค. 60 และ 8 ก.ค.2562")]
['2025-01-20', '2017-12-26', '2019-07-08']
>>> find_dates("ประชุม ก.ค.ศ. วันที่ 31 กุมภาพันธ์ 2565")
[]
>>> [m.date for m in find_dates("วันที่ 5 มีนาคมที่ผ่านมา", default_year=2025)]
['2025-03-05']
>>> parse_date("วันจันทร์ที่ 19 เมษายน 2565"), parse_date("19/04/2565"), parse_date("2023-06-14")
('2022-04-19', '2022-04-19', '2023-06-14')
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path

from edugraph.datafile import Checker, read_yaml

__all__ = ["DateMention", "find_dates", "parse_date", "read_thai_digits", "THAI_DIGITS"]

#: str.translate table reading Thai digits as ASCII ones (one character each,
#: so offsets in the translated text are offsets in the original).
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_THAI_DIGIT = re.compile("[๐-๙]")


def read_thai_digits(text: str) -> str:
    """``text`` with Thai digits written as ASCII digits (same length, same offsets).

    >>> read_thai_digits("๒๗ สิงหาคม ๒๕๖๒")
    '27 สิงหาคม 2562'
    """
    # str.translate is slow on long Thai text; most texts have no Thai digit at all.
    return text.translate(THAI_DIGITS) if _THAI_DIGIT.search(text) else text


@dataclass(frozen=True)
class DateMention:
    """A date found in a text: offsets in that text, ISO dates, the span's words."""

    start: int
    end: int
    date: str
    end_date: str | None
    text: str


# Full names, then the abbreviation's two parts (written ม.ค., มค., ม.ค or มค).
_MONTHS = [
    ("มกราคม", "ม", "ค"), ("กุมภาพันธ์", "ก", "พ"), ("มีนาคม", "มี", "ค"),
    ("เมษายน", "เม", "ย"), ("พฤษภาคม", "พ", "ค"), ("มิถุนายน", "มิ", "ย"),
    ("กรกฎาคม", "ก", "ค"), ("สิงหาคม", "ส", "ค"), ("กันยายน", "ก", "ย"),
    ("ตุลาคม", "ต", "ค"), ("พฤศจิกายน", "พ", "ย"), ("ธันวาคม", "ธ", "ค"),
]
_ENGLISH_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december"]
_THAI_CHAR = "\u0e00-\u0e7f"
MONTHS_PATH = Path(__file__).parent / "data" / "months.yaml"


def read_misspellings(path: Path = MONTHS_PATH) -> dict[str, str]:
    """Each misspelt month name of ``path`` (``data/months.yaml``) → the full name it stands for.

    >>> read_misspellings()["กรกฏาคม"]
    'กรกฎาคม'
    """
    check = Checker(path)
    fulls = [full for full, _, _ in _MONTHS]
    section = check.mapping(read_yaml(path, "the month misspellings"), "top level", {"misspellings"}, {"misspellings"})
    misspelt = {}
    for full, slips in check.mapping(section["misspellings"], "misspellings", set(fulls), set()).items():
        if not isinstance(slips, list) or not all(isinstance(s, str) and s.strip() and s not in fulls for s in slips):
            raise check.fail(f"misspellings.{full}", "must be a list of misspelt names, none a month's own")
        misspelt.update((slip.strip(), full) for slip in slips)
    return misspelt


def _month_alternatives() -> tuple[str, str, dict[str, int]]:
    lookup: dict[str, int] = {}
    patterns = []
    for number, (full, first, second) in enumerate(_MONTHS, start=1):
        lookup[full] = number
        lookup[first + second] = number
        patterns.append(re.escape(full))
    # a misspelt name is read as the month it stands for, where the name itself would be
    for slip, full in read_misspellings().items():
        lookup[slip] = lookup[full]
        patterns.append(re.escape(slip))
    # Abbreviations: a final dot may be followed by anything except another
    # initial (ก.ค.ศ. is a commission, not July); without a final dot the
    # abbreviation must not run into more Thai letters.
    for number, (full, first, second) in enumerate(_MONTHS, start=1):
        patterns.append(
            rf"{first}\.?[^\S\n]?{second}(?:\.(?![ก-ฮ]\.)|(?![{_THAI_CHAR}]))"
            if len(first) > 1 else
            rf"{first}(?:\.[^\S\n]?|){second}(?:\.(?![ก-ฮ]\.)|(?![{_THAI_CHAR}]))"
        )
    # Longest first so that มีนาคม is not read as มี.ค. + "นาคม".
    patterns.sort(key=len, reverse=True)
    english = []
    for number, name in enumerate(_ENGLISH_MONTHS, start=1):
        lookup[name] = lookup[name[:3]] = number
        english += [name, name[:3]]
    lookup["sept"] = 9
    english_re = "|".join(sorted(set(english) | {"sept"}, key=len, reverse=True))
    english_re = rf"(?i:(?<![a-z])(?:{english_re})\.?(?![a-z]))"
    patterns.append(english_re)
    return "|".join(patterns), english_re, lookup


_MONTH_RE, _ENGLISH_MONTH_RE, _MONTH_LOOKUP = _month_alternatives()
_FULL_MONTH_RE = "|".join(full for full, _, _ in _MONTHS)
_ERA = r"(?:พ\.?[^\S\n]?ศ\.?|พุทธศักราช|ค\.?[^\S\n]?ศ\.?|คริสต์ศักราช|ปี)"
_WEEKDAY = r"(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)"
# "เมื่อวันที่", "วันที่", "วันจันทร์ที่", "วันเสาร์," belong to the date's span.
_PREFIX = rf"(?:(?:เมื่อ[^\S\n]*)?(?:วัน{_WEEKDAY}[^\S\n]*(?:ที่|,)?|วันที่)[^\S\n]*)"
_DAY = r"(?<![\d.,/])(?:[0-3]?\d)"
_YEAR_END = r"(?![\d])(?![.:/]\d)"
_RANGE_SEP = r"[^\S\n]*(?:-|–|—|ถึง|และ)[^\S\n]*"
_CROSS_SEP = r"[^\S\n]*(?:-|–|—|ถึง)[^\S\n]*"  # "และ" between two full dates joins two dates, not a range


def _year(tag: str) -> str:
    return rf"(?:[^\S\n]*,?[^\S\n]*(?P<era{tag}>{_ERA})?[^\S\n]*(?P<y{tag}>\d{{4}}|\d{{2}}){_YEAR_END})"


_DATE_RE = re.compile(
    # every date opens with a digit or a prefix (เมื่อ/วัน): a cheap first test
    r"(?=\d|เมื่อ|วัน)(?:"
    # across months (and years): 31 มีนาคม – 1 เมษายน 2564
    rf"(?P<xr>{_PREFIX}?(?P<xd1>{_DAY})[^\S\n]*(?P<xm1>{_MONTH_RE}){_year('x1')}?"
    rf"{_CROSS_SEP}{_PREFIX}?(?P<xd2>{_DAY})[^\S\n]*(?P<xm2>{_MONTH_RE}){_year('x2')}?)"
    # within a month: 27 – 28 สิงหาคม 2562
    rf"|(?P<r>{_PREFIX}?(?P<rd1>{_DAY}){_RANGE_SEP}(?:วันที่[^\S\n]*)?(?P<rd2>{_DAY})"
    rf"[^\S\n]*(?P<rm>{_MONTH_RE}){_year('r')}?)"
    # one day: 19 เมษายน 2565, 20มค.68
    rf"|(?P<s>{_PREFIX}?(?P<sd>{_DAY})[^\S\n]*(?P<sm>{_MONTH_RE}){_year('s')}?)"
    # numeric day/month/year, and ISO year-month-day
    rf"|(?P<n>{_PREFIX}?(?<![\d./-])(?P<nd>[0-3]?\d)(?P<nsep>[/-])(?P<nm>[01]?\d)(?P=nsep)"
    rf"(?P<ny>\d{{4}}|(?<=/)\d{{2}}){_YEAR_END}(?!-\d))"
    rf"|(?P<iso>(?<![\d./-])(?P<iy>\d{{4}})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d])))"
)


# Month first, US style, as blogs print their post dates: "กรกฎาคม 16, 2024".
_MONTH_FIRST_RE = re.compile(
    rf"(?P<m>{_FULL_MONTH_RE}|{_ENGLISH_MONTH_RE})[^\S\n]*"
    rf"(?P<d>{_DAY})[^\S\n]*,[^\S\n]*(?P<y>\d{{4}}){_YEAR_END}"
)

_DAY_COMMA_YEAR = re.compile(r"\d[^\S\n]*,[^\S\n]*\d{4}(?!\d)")


def _month_number(word: str) -> int:
    return _MONTH_LOOKUP[re.sub(r"[.\s]", "", word).lower()]


def _ce_year(digits: str, era: str | None) -> int | None:
    """The Common Era year a written year stands for, or None when it cannot be a year."""
    value = int(digits)
    common_era = bool(era) and era.replace(".", "").replace(" ", "").startswith(("คศ", "คริสต์"))
    if len(digits) == 2:
        return 2000 + value if common_era else 2500 + value - 543
    if common_era:
        return value if 1900 <= value <= 2200 else None
    if 2400 <= value <= 2800:
        return value - 543
    if 1900 <= value <= 2200 and not (era and era != "ปี"):
        return value
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _mention(text: str, match: re.Match, default_year: int | None) -> DateMention | None:
    g = match.group
    start, end = match.start(), match.end()

    def year_of(tag: str, fallback: int | None) -> tuple[int | None, bool]:
        """(year, whether the written year was used)."""
        if g(f"y{tag}") is None:
            return fallback, False
        year = _ce_year(g(f"y{tag}"), g(f"era{tag}"))
        return (year, True) if year is not None else (fallback, False)

    if g("xr"):
        m1, m2 = _month_number(g("xm1")), _month_number(g("xm2"))
        y2, used2 = year_of("x2", default_year)
        y1, used1 = year_of("x1", None)
        if y1 is None and y2 is not None:
            y1 = y2 - 1 if m1 > m2 else y2
        if not used2:
            # The range's own end year is missing or not a year: stop after the month.
            end = match.end("xm2")
            if y2 is None or (used1 and y1 is not None):
                y2 = (y1 + 1 if m1 > m2 else y1) if y1 is not None else None
        if y1 is None or y2 is None:
            return None
        first, last = _iso(y1, m1, int(g("xd1"))), _iso(y2, m2, int(g("xd2")))
        if first is None or last is None or last < first:
            return None
        return DateMention(start, end, first, last, text[start:end])
    if g("r"):
        month = _month_number(g("rm"))
        year, used = year_of("r", default_year)
        if not used:
            end = match.end("rm")
        if year is None:
            return None
        first, last = _iso(year, month, int(g("rd1"))), _iso(year, month, int(g("rd2")))
        if first is None or last is None or last <= first:
            return None
        return DateMention(start, end, first, last, text[start:end])
    if g("s"):
        year, used = year_of("s", default_year)
        if not used:
            end = match.end("sm")
        if year is None:
            return None
        day = _iso(year, _month_number(g("sm")), int(g("sd")))
        return DateMention(start, end, day, None, text[start:end]) if day else None
    if g("n"):
        year = _ce_year(g("ny"), None)
        day = _iso(year, int(g("nm")), int(g("nd"))) if year else None
        return DateMention(start, end, day, None, text[start:end]) if day else None
    year = _ce_year(g("iy"), None)
    day = _iso(year, int(g("im")), int(g("id"))) if year else None
    return DateMention(start, end, day, None, text[start:end]) if day else None


def find_dates(text: str, *, default_year: int | None = None) -> list[DateMention]:
    """Every date in ``text``, sorted by position, never overlapping.

    ``default_year`` (Common Era) completes a day and month written without a
    year; without it such dates are skipped.  Impossible dates (31 กุมภาพันธ์)
    and ranges that end before they start are skipped.

    >>> [(m.start, m.end, m.date) for m in find_dates("ประชุม 3 ม.ค. 2567 แล้ว")]
    [(7, 18, '2024-01-03')]
    >>> find_dates("วันเสาร์, 13 สิงหาคม 2565")[0].text
    'วันเสาร์, 13 สิงหาคม 2565'
    >>> [m.date for m in find_dates("ค.ศ. 2023: 1 มกราคม ค.ศ. 2023 กับ 2 ม.ค. 2023")]
    ['2023-01-01', '2023-01-02']
    >>> [m.date for m in find_dates("กรกฎาคม 16, 2024 และ 5 May 2023 และ Sept. 1, 2023")]
    ['2024-07-16', '2023-05-05', '2023-09-01']
    """
    scanned = read_thai_digits(text)
    found = []
    for match in _DATE_RE.finditer(scanned):
        mention = _mention(text, match, default_year)
        if mention is not None:
            found.append(mention)
    # month-first dates are rare: look for them only where a "D, YYYY" is written
    month_first = _MONTH_FIRST_RE.finditer(scanned) if _DAY_COMMA_YEAR.search(scanned) else ()
    for match in month_first:
        year = _ce_year(match.group("y"), None)
        day = _iso(year, _month_number(match.group("m")), int(match.group("d"))) if year else None
        if day and not any(m.start < match.end() and match.start() < m.end for m in found):
            found.append(DateMention(match.start(), match.end(), day, None, text[match.start():match.end()]))
            found.sort(key=lambda m: m.start)
    return found


UPCOMING = re.compile(r"\s?(?:นี้|ที่จะถึง)")
# a plan written before a day in its line (``นายกฯ เตรียมลงพื้นที่ 2 จังหวัด 12-14 ก.ค.``): that day is to come
_PLANNED_BEFORE = re.compile(r"(?:เตรียม|มีกำหนด|จะ)[^\n]{0,60}\Z")
_PLAN_REACH = 60


def dated_before_release(mentions: list[DateMention], text: str, published: str) -> list[DateMention]:
    """A date written without its year that would fall after publication is of the year before
    (28 ธ.ค. in a release of 5 January) — unless it is written as still to come (``16 พฤษภาคมนี้``,
    ``วันที่ 5 มิ.ย. ที่จะถึง``, or after a plan in its line: ``เตรียมลงพื้นที่ 12-14 ก.ค.``): that one is of the
    release's year.

    >>> text = "28 ธ.ค. และ 16 ม.ค.นี้\\nนายกฯ เตรียมลงพื้นที่ 2 จังหวัด 12-14 ม.ค."
    >>> [m.date for m in dated_before_release(find_dates(text, default_year=2025), text, "2025-01-05")]
    ['2024-12-28', '2025-01-16', '2025-01-12']
    """
    return [m if UPCOMING.match(text, m.end) or _PLANNED_BEFORE.search(text, max(0, m.start - _PLAN_REACH), m.start)
            else _year_before(m, published) for m in mentions]


def _year_before(mention: DateMention, published: str) -> DateMention:
    if mention.date <= published or re.search(r"\d{2,4}\s*$", mention.text):
        return mention

    def year_back(iso: str) -> str:
        day = _dt.date.fromisoformat(iso)
        return day.replace(year=day.year - 1).isoformat()

    try:
        end = year_back(mention.end_date) if mention.end_date else None
        return DateMention(mention.start, mention.end, year_back(mention.date), end, mention.text)
    except ValueError:      # 29 February of a year without one
        return mention


_ISO_PREFIX = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")


def parse_date(text: str) -> str | None:
    """The first date written in ``text`` as an ISO date, or None.

    Reads ISO dates (a Buddhist Era year included, a time part ignored) and
    everything :func:`find_dates` reads.

    >>> parse_date("2022-04-19T10:30:00+07:00"), parse_date("2565-04-19")
    ('2022-04-19', '2022-04-19')
    >>> parse_date("26 ธ.ค. 60"), parse_date("ไม่มีวันที่"), parse_date("")
    ('2017-12-26', None, None)
    """
    if not text:
        return None
    text = read_thai_digits(text)
    iso = _ISO_PREFIX.match(text)
    if iso:
        year = _ce_year(iso.group(1), None)
        return _iso(year, int(iso.group(2)), int(iso.group(3))) if year else None
    mentions = find_dates(text)
    return mentions[0].date if mentions else None
