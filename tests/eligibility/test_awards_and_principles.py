"""Award forms, collective titles and the cross-cutting principles (law digest §a.3–a.4)."""

from __future__ import annotations

from tests.eligibility.helpers import check, crit, initiative, person, unit

TTG_HISTORY = {
    2019: "httnv",
    2020: "htxsnv",
    2021: "httnv",
    2022: "httnv",
    2023: "httnv",
    2024: "httnv",
}


def _bk_ttg(**changes):  # type: ignore[no-untyped-def]
    doc = person(
        "bang_khen_thu_tuong",
        2024,
        ratings=dict(TTG_HISTORY),
        titles={"cstd_co_so": [2020, 2022, 2024]},
        awards=[{"award": "bang_khen_bo", "year": 2019, "kind": "cong_trang"}],
        decision_date="2025-03-01",
    )
    doc.update(changes)
    return doc


def test_bang_khen_thu_tuong_five_years_and_three_cstdcs() -> None:
    """Điều 73.1.b: "Đã được tặng bằng khen của Bộ … và có liên tục từ 05 năm trở lên …
    hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 03 lần được tặng danh hiệu
    'Chiến sĩ thi đua cơ sở'"."""
    assert check(_bk_ttg()).status == "eligible"


def test_thematic_award_does_not_count_toward_merit() -> None:
    """NĐ 152/2025 Điều 4.3: "Kết quả khen thưởng thành tích đột xuất, thi đua theo chuyên đề
    không dùng làm căn cứ để đề nghị cấp trên khen thưởng công trạng"."""
    doc = _bk_ttg()
    doc["history"]["awards"] = [a for a in doc["history"]["awards"] if a["award"] != "bang_khen_bo"]
    doc["history"]["awards"].append({"award": "bang_khen_bo", "year": 2019, "kind": "chuyen_de"})
    verdict = check(doc)
    assert verdict.status == "not_eligible" and crit(verdict, "has_bk_bo").met is False


def test_maternity_leave_counts_as_work_in_a_series() -> None:
    """NĐ 152/2025 Điều 4.5: "Thời gian nghỉ thai sản … được tính để xét tặng danh hiệu thi
    đua, hình thức khen thưởng"."""
    doc = _bk_ttg()
    doc["history"]["years"] = [y for y in doc["history"]["years"] if y["year"] != 2021]
    assert check(doc).status == "not_eligible"  # an unrated year breaks the five years
    doc["history"]["leave"] = [{"kind": "thai_san", "from": "2021-02-01", "to": "2021-07-31"}]
    assert check(doc).status == "eligible"
    assert check(doc, maternity_year_counts=False).status == "not_eligible"


def test_unrated_year_policy_break_or_neutral() -> None:
    """The meaning of "liên tục" across an unrated year is not in the law: a policy."""
    doc = person(
        "bang_khen_bo",
        2024,
        ratings={2022: "htxsnv", 2024: "htxsnv"},
        initiatives=[initiative("A", "2022-03-01"), initiative("B", "2024-03-01")],
    )
    assert check(doc).status == "not_eligible"
    assert check(doc, unrated_year_in_series="neutral").status == "eligible"


def test_plain_htnv_year_breaks_a_series() -> None:
    doc = _bk_ttg()
    doc["history"]["years"][3]["rating"] = "htnv"  # 2022
    verdict = check(doc)
    assert verdict.status == "not_eligible"
    assert "Liên tục 2 năm" in crit(verdict, "httnv_x5").reason


def test_discipline_under_review_defers() -> None:
    """NĐ 152/2025 Điều 4.4: no award or proposal while discipline is being considered."""
    verdict = check(person("lao_dong_tien_tien", 2025, ratings={2025: "htxsnv"}, under_review=True))
    assert verdict.status == "deferred"
    assert crit(verdict, "not_under_review").citation == "Điều 4.4 Nghị định 152/2025/NĐ-CP"


def test_discipline_resets_the_series() -> None:
    """After discipline, "thành tích khen thưởng được tính từ thời điểm chấp hành xong thời
    gian thi hành kỷ luật"."""
    doc = _bk_ttg(
        history={**_bk_ttg()["history"], "discipline": [{"from": "2021-03-01", "to": "2021-09-30"}]}
    )
    assert check(doc).status == "not_eligible"
    same_year = check(
        person(
            "lao_dong_tien_tien",
            2021,
            ratings={2021: "httnv"},
            discipline=[{"from": "2021-03-01", "to": "2021-09-30"}],
        )
    )
    assert same_year.status == "not_eligible"


def test_bang_khen_bo_two_cstdcs_with_initiatives_need_two_more() -> None:
    """Điều 74.1.d and MOHA's reading: if the CSTĐCS titles were earned with initiatives,
    two further initiatives are needed — one initiative serves once."""
    used = [
        {"award": "cstd_co_so", "year": y, "kind": "cong_trang", "initiative_ids": [f"U{y}"]}
        for y in (2023, 2024)
    ]
    sks = [initiative("U2023", "2023-02-01"), initiative("U2024", "2024-02-01")]
    doc = person(
        "bang_khen_bo", 2024, ratings={2023: "httnv", 2024: "httnv"}, initiatives=sks, awards=used
    )
    assert check(doc).status == "not_eligible"
    doc["history"]["initiatives"] += [
        initiative("N1", "2023-09-01"),
        initiative("N2", "2024-09-01"),
    ]
    ok = check(doc)
    assert ok.status == "eligible" and ok.consumes_initiatives == ("N1", "N2")
    assert (
        check(
            person(
                "bang_khen_bo",
                2024,
                ratings={2023: "httnv", 2024: "httnv"},
                initiatives=sks,
                awards=used,
            ),
            bang_khen_bo_needs_fresh_initiatives=False,
        ).status
        == "eligible"
    )


def test_huan_chuong_lao_dong_hang_ba() -> None:
    """Điều 44.1(e): BK TTg, then 5 years or more "completing tasks well or better", 1 year or
    more excellently, 3 CSTĐCS."""
    doc = person(
        "huan_chuong_lao_dong_3",
        2024,
        ratings=dict(TTG_HISTORY),
        titles={"cstd_co_so": [2020, 2022, 2024]},
        awards=[{"award": "bang_khen_thu_tuong", "year": 2019, "kind": "cong_trang"}],
        decision_date="2025-03-01",
    )
    assert check(doc).status == "eligible"
    doc["history"]["years"][1]["rating"] = "httnv"  # no HTXSNV year left
    assert check(doc).status == "not_eligible"


def test_unread_rules_are_deferred_for_manual_review_not_guessed() -> None:
    verdict = check(person("huan_chuong_lao_dong_2", 2025, ratings={2025: "htxsnv"}))
    assert verdict.status == "deferred"
    assert crit(verdict, "manual_review").met is None


def test_ky_niem_chuong_by_tenure_gender_and_once_only() -> None:
    """TT 14/2025/TT-BTP: heads ≥ 05 years (men) / 03 years (women); "Kỷ niệm chương chỉ tặng
    một lần cho cá nhân"."""
    head = [{"kind": "truong", "from": "2022-01-01", "to": None}]
    woman = check(
        person(
            "ky_niem_chuong_tu_phap",
            2025,
            gender="nu",
            positions=head,
            ratings={2023: "httnv", 2024: "httnv", 2025: "httnv"},
        )
    )
    man = check(
        person(
            "ky_niem_chuong_tu_phap",
            2025,
            gender="nam",
            positions=head,
            ratings={2023: "httnv", 2024: "httnv", 2025: "httnv"},
        )
    )
    assert woman.status == "eligible" and man.status == "not_eligible"
    again = check(
        person(
            "ky_niem_chuong_tu_phap",
            2025,
            gender="nu",
            positions=head,
            awards=[{"award": "ky_niem_chuong_tu_phap", "year": 2020}],
        )
    )
    assert crit(again, "once").met is False


# --- collectives -------------------------------------------------------------------------------


def _uy(**kw):  # type: ignore[no-untyped-def]
    base = {
        "rating": "htxsnv",
        "members_total": 30,
        "members_completed": 30,
        "members_ldtt": 21,
        "members_cstdcs": 2,
        "exemplary": True,
        "targets_exceeded": True,
        "leads_bloc": True,
    }
    return {**base, **kw}


def test_ttldxs_thresholds() -> None:
    """Điều 27.1 c) "100% cá nhân … hoàn thành nhiệm vụ …, trong đó có ít nhất là 70% cá
    nhân đạt danh hiệu 'Lao động tiên tiến'"; d) "Có cá nhân đạt danh hiệu 'Chiến sĩ thi đua
    cơ sở'". 21/30 = 70 % passes; 20/30 fails; one member not completing fails."""
    assert check(unit("tap_the_ldxs", 2024, {2024: _uy()})).status == "eligible"
    assert check(unit("tap_the_ldxs", 2024, {2024: _uy(members_ldtt=20)})).status == "not_eligible"
    assert (
        check(unit("tap_the_ldxs", 2024, {2024: _uy(members_completed=29)})).status
        == "not_eligible"
    )
    no_cstd = check(unit("tap_the_ldxs", 2024, {2024: _uy(members_cstdcs=0)}))
    assert crit(no_cstd, "has_cstdcs").met is False


def test_ttldtt_old_and_new_share() -> None:
    """2003 law Điều 28: "trên 50%" LĐTT; from 2024 the share is a policy (default 70 %)."""
    old = check(
        unit(
            "tap_the_ldtt",
            2022,
            {2022: _uy(rating="httnv", members_ldtt=16)},
            decision_date="2022-12-30",
        )
    )
    assert old.status == "eligible"
    new = check(unit("tap_the_ldtt", 2024, {2024: _uy(rating="httnv", members_ldtt=16)}))
    assert new.status == "not_eligible" and crit(new, "ldtt_share").source == "inferred"


def test_co_thi_dua_bo_needs_the_blocs_vote_and_the_council() -> None:
    """TT 11/2023/TT-BTP: Cờ thi đua ngành Tư pháp goes to the collective "dẫn đầu phong trào
    thi đua … được Cụm, Khối thi đua suy tôn"; the council approves with ≥ 80 %."""
    ok = check(unit("co_thi_dua_bo", 2024, {2024: _uy()}, vote=(15, 12, 0)))
    assert ok.status == "eligible"
    not_chosen = check(unit("co_thi_dua_bo", 2024, {2024: _uy(leads_bloc=False)}, vote=(15, 15, 0)))
    assert not_chosen.status == "not_eligible"


def test_missing_unit_year_is_named() -> None:
    verdict = check(unit("tap_the_ldxs", 2024, {}))
    assert verdict.status == "not_eligible"
    assert "history.unit_years.2024" in verdict.missing[0]
