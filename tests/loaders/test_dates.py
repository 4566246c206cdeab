"""Thai dates: month spellings, eras, short years, ranges."""
from __future__ import annotations

import pytest

from edugraph.loaders.dates import DateMention, find_dates, parse_date


def dates_of(text: str, **kwargs) -> list[tuple[str, str | None]]:
    return [(m.date, m.end_date) for m in find_dates(text, **kwargs)]


@pytest.mark.parametrize("written, iso", [
    ("19 เมษายน 2565", "2022-04-19"),
    ("1 มกราคม 2567", "2024-01-01"),
    ("29 กุมภาพันธ์ 2567", "2024-02-29"),
    ("3 มีนาคม 2564", "2021-03-03"),
    ("13 พฤษภาคม 2567", "2024-05-13"),
    ("30 มิถุนายน 2568", "2025-06-30"),
    ("8 กรกฎาคม 2562", "2019-07-08"),
    ("27 สิงหาคม 2562", "2019-08-27"),
    ("9 กันยายน 2566", "2023-09-09"),
    ("31 ตุลาคม 2566", "2023-10-31"),
    ("25 พฤศจิกายน 2563", "2020-11-25"),
    ("26 ธันวาคม 2560", "2017-12-26"),
])
def test_full_month_names_with_buddhist_era_years(written: str, iso: str) -> None:
    assert dates_of(f"ข่าว {written} ที่ศาลากลาง") == [(iso, None)]


@pytest.mark.parametrize("written, iso", [
    ("20มค.68", "2025-01-20"),
    ("26 ธ.ค. 60", "2017-12-26"),
    ("8 ก.ค.2562", "2019-07-08"),
    ("2 ม.ค. 2567", "2024-01-02"),
    ("14 ก.พ. 66", "2023-02-14"),
    ("14 กพ. 66", "2023-02-14"),
    ("14 กพ 66", "2023-02-14"),
    ("5 มี.ค. 67", "2024-03-05"),
    ("19 เม.ย. 65", "2022-04-19"),
    ("19 เมย. 65", "2022-04-19"),
    ("1 พ.ค. 65", "2022-05-01"),
    ("1 มิ.ย. 65", "2022-06-01"),
    ("12 ส.ค. 65", "2022-08-12"),
    ("12 ก.ย. 65", "2022-09-12"),
    ("23 ต.ค. 65", "2022-10-23"),
    ("16 พ.ย. 65", "2022-11-16"),
    ("16 พ.ย 65", "2022-11-16"),
])
def test_abbreviated_months_and_short_years(written: str, iso: str) -> None:
    assert dates_of(f"ข่าว {written} ที่ศาลากลาง") == [(iso, None)]


def test_common_era_years_stay_as_they_are() -> None:
    assert dates_of("on 14 มิถุนายน 2023 and 2 ม.ค. 2024") == [("2023-06-14", None), ("2024-01-02", None)]


def test_month_first_and_english_months() -> None:
    assert dates_of("กรกฎาคม 16, 2024 โดย") == [("2024-07-16", None)]
    assert dates_of("on 5 May 2023, Sept. 1, 2023 and 2 Jan. 66") == [
        ("2023-05-05", None), ("2023-09-01", None), ("2023-01-02", None)]
    # a month and a year with no day is not a date
    assert dates_of("ตุลาคม 2566 - กันยายน 2567 และ may 2023") == []


def test_era_markers() -> None:
    assert dates_of("วันที่ 5 มีนาคม พ.ศ. 2566") == [("2023-03-05", None)]
    assert dates_of("วันที่ 5 มีนาคม พ.ศ 2566") == [("2023-03-05", None)]
    assert dates_of("วันที่ 5 มีนาคม พุทธศักราช 2566") == [("2023-03-05", None)]
    assert dates_of("วันที่ 5 มีนาคม ค.ศ. 2023") == [("2023-03-05", None)]
    assert dates_of("วันที่ 5 มี.ค. ค.ศ. 23") == [("2023-03-05", None)]


def test_thai_digits_are_read_without_prior_normalisation() -> None:
    text = "เมื่อวันที่ ๒๗ สิงหาคม ๒๕๖๒ จังหวัดสุรินทร์"
    [mention] = find_dates(text)
    assert (mention.date, mention.text) == ("2019-08-27", "เมื่อวันที่ ๒๗ สิงหาคม ๒๕๖๒")
    assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("written", [
    "27 – 28 สิงหาคม 2562", "27-28 สิงหาคม 2562", "27 - 28 ส.ค. 62",
    "27 ถึง 28 สิงหาคม 2562", "27 ถึงวันที่ 28 สิงหาคม 2562", "27 และ 28 สิงหาคม 2562",
    "๒๗ – ๒๘ สิงหาคม ๒๕๖๒",
])
def test_ranges_within_a_month(written: str) -> None:
    assert dates_of(f"ระหว่างวันที่ {written} ณ โรงแรม") == [("2019-08-27", "2019-08-28")]


def test_ranges_across_months_and_years() -> None:
    assert dates_of("ระหว่างวันที่ 31 มีนาคม – 1 เมษายน 2564") == [("2021-03-31", "2021-04-01")]
    assert dates_of("30 มิถุนายน – 2 กรกฎาคม 2568 ฐาน") == [("2025-06-30", "2025-07-02")]
    assert dates_of("30 ธันวาคม – 2 มกราคม 2565") == [("2021-12-30", "2022-01-02")]
    assert dates_of("30 ธ.ค. 2564 ถึงวันที่ 2 ม.ค. 2565") == [("2021-12-30", "2022-01-02")]
    assert dates_of("31 มีนาคม 2564 - 1 เมษายน 2564") == [("2021-03-31", "2021-04-01")]
    assert dates_of("30 ธันวาคม 2564 – 2 มกราคม ณ โรงแรม") == [("2021-12-30", "2022-01-02")]


def test_two_full_dates_joined_by_and_are_two_dates() -> None:
    assert dates_of("1 มกราคม 2565 และ 5 มีนาคม 2565") == [("2022-01-01", None), ("2022-03-05", None)]


def test_weekday_and_day_prefixes_belong_to_the_span() -> None:
    texts = [m.text for m in find_dates(
        "วันจันทร์ที่ 19 เมษายน 2565 / วันเสาร์, 13 สิงหาคม 2565 / เมื่อวันที่ 2 ม.ค. 67 / วันศุกร์ 3 ม.ค. 67")]
    assert texts == ["วันจันทร์ที่ 19 เมษายน 2565", "วันเสาร์, 13 สิงหาคม 2565",
                     "เมื่อวันที่ 2 ม.ค. 67", "วันศุกร์ 3 ม.ค. 67"]


def test_numeric_dates() -> None:
    assert dates_of("ลงวันที่ 19/04/2565") == [("2022-04-19", None)]
    assert dates_of("19/4/65") == [("2022-04-19", None)]
    assert dates_of("19-04-2022") == [("2022-04-19", None)]
    assert dates_of("มติ 2023-06-14") == [("2023-06-14", None)]
    # a meeting number, a fraction and a time are not dates
    assert dates_of("ครั้งที่ 1/2567 เวลา 10.30 น. อัตรา 3/4") == []


def test_day_and_month_without_a_year_need_a_default_year() -> None:
    text = "เมื่อวันที่ 5 มีนาคมที่ผ่านมา"
    assert dates_of(text) == []
    [mention] = find_dates(text, default_year=2025)
    assert (mention.date, mention.text) == ("2025-03-05", "เมื่อวันที่ 5 มีนาคม")
    assert dates_of("30 ธันวาคม – 2 มกราคม", default_year=2022) == [("2021-12-30", "2022-01-02")]


def test_invalid_dates_and_backward_ranges_are_rejected() -> None:
    assert dates_of("31 กุมภาพันธ์ 2565") == []
    assert dates_of("29 กุมภาพันธ์ 2566") == []
    assert dates_of("32 มกราคม 2565") == []
    assert dates_of("28 – 27 สิงหาคม 2562") == []


def test_initials_that_only_look_like_months() -> None:
    # ก.ค.ศ. (teachers' commission), ก.พ.ร., สคบ. and กพฐ. are bodies, not months
    assert dates_of("มติ ก.ค.ศ. 3 ก.ค.ศ. 2565 และ 5 ก.พ.ร. 66 และ 7 สคบ. 65 และ 9 กพฐ. 65") == []


def test_a_time_after_the_month_is_not_a_short_year() -> None:
    [mention] = find_dates("20 ม.ค. 10.00 น.", default_year=2025)
    assert (mention.date, mention.text) == ("2025-01-20", "20 ม.ค.")


def test_a_number_that_cannot_be_a_year_is_left_out() -> None:
    assert dates_of("15 มกราคม 3000 ราย") == []
    assert [m.text for m in find_dates("15 มกราคม 3000 ราย", default_year=2024)] == ["15 มกราคม"]


def test_mentions_are_sorted_non_overlapping_and_offsets_match() -> None:
    text = ("วันนี้ (19 เม.ย. 65) ประชุม ต่อเนื่องจากวันที่ 27 – 28 สิงหาคม 2562 "
            "และ 31 มีนาคม – 1 เมษายน 2564 ลงวันที่ 19/04/2565")
    mentions = find_dates(text)
    assert len(mentions) == 4
    assert all(isinstance(m, DateMention) for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_parse_date() -> None:
    assert parse_date("2022-04-19T10:30:00+07:00") == "2022-04-19"
    assert parse_date("2565-04-19") == "2022-04-19"
    assert parse_date("๑๙ เมษายน ๒๕๖๕") == "2022-04-19"
    assert parse_date("วันจันทร์ที่ 19 เมษายน 2565") == "2022-04-19"
    assert parse_date("2022-02-30") is None
    assert parse_date("เร็ว ๆ นี้") is None
    assert parse_date("") is None


def test_a_day_without_its_year_after_a_plan_is_to_come_not_of_last_year():
    from edugraph.loaders.dates import dated_before_release

    # thaigov-85668's headline, released 10 July 2567: the trip is two days later, not a year before
    text = "นายกฯ เตรียมตรวจราชการ จ.เชียงราย-จ.สระแก้ว 12-14 ก.ค.\nเมื่อวันที่ 28 ก.ค. ได้จัดประชุม"
    dates = dated_before_release(find_dates(text, default_year=2024), text, "2024-07-10")
    assert [(m.date, m.end_date) for m in dates] == [("2024-07-12", "2024-07-14"), ("2023-07-28", None)]


def test_misspelt_month_names_read_as_their_month() -> None:
    # slips of the real-world corpus (data/months.yaml): ฏ for ฎ, a letter left out, a vowel mark slipped in
    assert dates_of("เมื่อวันที่ 26 กรกฏาคม 2567 ณ") == [("2024-07-26", None)]
    assert dates_of("ระหว่างวันที่ 1 - 2 เมยายน 2567") == [("2024-04-01", "2024-04-02")]
    assert dates_of("วันที่ 23 กุมภาพันธ์ุ 2567 และ 14 พฤจิกายน 2566") == [("2024-02-23", None), ("2023-11-14", None)]
    # a slip that could be two months is not read
    assert dates_of("วันที่ 25 กฎาคม 2566") == []


def test_month_misspellings_file_is_checked(tmp_path) -> None:
    from edugraph.errors import SchemaError
    from edugraph.loaders.dates import read_misspellings

    bad = tmp_path / "months.yaml"
    bad.write_text("misspellings:\n  กรกฎาคม: [กรกฎาคม]\n", encoding="utf-8")
    with pytest.raises(SchemaError):
        read_misspellings(bad)
    bad.write_text("misspellings:\n  July: [กรกฏาคม]\n", encoding="utf-8")
    with pytest.raises(SchemaError):
        read_misspellings(bad)
