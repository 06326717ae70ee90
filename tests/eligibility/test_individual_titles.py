"""Individual titles, each test quoting the words of the law it checks (law digest §a.2)."""

from __future__ import annotations

from tests.eligibility.helpers import check, crit, initiative, person

VOTE_OK = (15, 13, 0)


# --- Lao động tiên tiến -------------------------------------------------------------------


def test_ldtt_needs_hoan_thanh_tot_nhiem_vu_tro_len() -> None:
    """Điều 24.1 Luật 2022: a) "Hoàn thành tốt nhiệm vụ trở lên"; b) "Có tinh thần tự lực,
    tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua"."""
    assert check(person("lao_dong_tien_tien", 2024, ratings={2024: "httnv"})).status == "eligible"
    assert check(person("lao_dong_tien_tien", 2024, ratings={2024: "htxsnv"})).status == "eligible"


def test_ldtt_plain_htnv_year_is_not_enough() -> None:
    """A plain "hoàn thành nhiệm vụ" rating is not "hoàn thành tốt nhiệm vụ trở lên"."""
    verdict = check(person("lao_dong_tien_tien", 2024, ratings={2024: "htnv"}))
    assert verdict.status == "not_eligible"
    assert crit(verdict, "rating").met is False
    assert crit(verdict, "rating").citation == "Điều 24.1 Luật Thi đua, khen thưởng 2022"
    assert any("hoàn thành nhiệm vụ" in m for m in verdict.missing)


def test_ldtt_without_the_units_confirmation_is_missing_not_assumed() -> None:
    doc = person("lao_dong_tien_tien", 2024, ratings={2024: "httnv"})
    del doc["history"]["years"][0]["exemplary"]
    verdict = check(doc)
    assert verdict.status == "not_eligible" and crit(verdict, "spirit").met is None


# --- Chiến sĩ thi đua cơ sở ---------------------------------------------------------------


def test_cstdcs_2024_htxsnv_alone_is_enough() -> None:
    """Điều 23 Luật 2022: "Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được cơ sở công
    nhận" — an initiative is no longer mandatory for an HTXSNV year."""
    verdict = check(person("cstd_co_so", 2024, ratings={2024: "htxsnv"}, vote=VOTE_OK))
    assert verdict.status == "eligible"
    assert verdict.consumes_initiatives == ()
    assert verdict.regime["id"] == "2024"


def test_cstdcs_2024_httnv_needs_an_unused_initiative() -> None:
    sk = [initiative("SK-1", "2024-10-01")]
    ok = check(person("cstd_co_so", 2024, ratings={2024: "httnv"}, initiatives=sk, vote=VOTE_OK))
    assert ok.status == "eligible" and ok.consumes_initiatives == ("SK-1",)
    none = check(person("cstd_co_so", 2024, ratings={2024: "httnv"}, vote=VOTE_OK))
    assert none.status == "not_eligible"


def test_initiative_already_used_cannot_serve_again() -> None:
    """CV 5007/BNV-TĐKT: "Một sáng kiến chỉ được sử dụng một lần khi làm tiêu chuẩn đề nghị
    khen thưởng"."""
    doc = person(
        "cstd_co_so",
        2024,
        ratings={2024: "httnv"},
        initiatives=[initiative("SK-1", "2024-03-01")],
        vote=VOTE_OK,
        awards=[
            {"award": "giay_khen", "year": 2024, "kind": "cong_trang", "initiative_ids": ["SK-1"]}
        ],
    )
    verdict = check(doc)
    assert verdict.status == "not_eligible"
    assert "không có sáng kiến chưa sử dụng" in crit(verdict, "excellence_or_initiative").reason


def test_2023_title_decided_december_2023_vs_january_2024() -> None:
    """Regime by decision date (default policy). Decided 28/12/2023: NĐ 91/2017 Điều 9 —
    "Có sáng kiến … được cơ sở công nhận" is required and HTXSNV is no substitute. Decided
    15/01/2024: Điều 23 Luật 2022 applies and HTXSNV suffices."""
    december = check(
        person(
            "cstd_co_so", 2023, ratings={2023: "htxsnv"}, vote=VOTE_OK, decision_date="2023-12-28"
        )
    )
    january = check(
        person(
            "cstd_co_so", 2023, ratings={2023: "htxsnv"}, vote=VOTE_OK, decision_date="2024-01-15"
        )
    )
    assert december.regime["id"] == "2003" and december.status == "not_eligible"
    assert crit(december, "initiative").citation == "Điều 9 Nghị định 91/2017/NĐ-CP"
    assert january.regime["id"] == "2024" and january.status == "eligible"
    # By achievement year, both fall under the old regime.
    by_year = check(
        person(
            "cstd_co_so", 2023, ratings={2023: "htxsnv"}, vote=VOTE_OK, decision_date="2024-01-15"
        ),
        regime_basis="achievement_year",
    )
    assert by_year.regime["id"] == "2003" and by_year.status == "not_eligible"


def test_old_regime_national_cap_of_15_percent() -> None:
    """NĐ 91/2017 khoản 3 Điều 9: "không quá 15% tổng số cá nhân đạt danh hiệu 'Lao động
    tiên tiến'". 20 LĐTT allow 3 CSTĐCS; a fourth is over the cap."""
    doc = person(
        "cstd_co_so",
        2022,
        ratings={2022: "httnv"},
        initiatives=[initiative("SK-9", "2022-06-01")],
        decision_date="2022-12-20",
    )
    assert check({**doc, "quota": {"base_count": 20, "awarded_count": 2}}).status == "eligible"
    over = check({**doc, "quota": {"base_count": 20, "awarded_count": 3}})
    assert over.status == "not_eligible" and crit(over, "quota").met is False


def test_2026_policy_switch_for_cstdcs() -> None:
    """From 01/10/2026 (Luật 06/2026/QH16) the engine starts as the 2025 rule set; the reported
    change — "Được công nhận hoàn thành xuất sắc nhiệm vụ; có sáng kiến" — is a policy."""
    doc = person(
        "cstd_co_so", 2026, ratings={2026: "htxsnv"}, vote=VOTE_OK, decision_date="2027-01-10"
    )
    assert check(doc).regime["id"] == "2026" and check(doc).status == "eligible"
    switched = check(doc, cstdcs_2026_htxsnv_and_initiative=True)
    assert switched.status == "not_eligible" and crit(switched, "initiative").met is False
    with_sk = dict(
        doc, history={**doc["history"], "initiatives": [initiative("SK-2", "2026-05-05")]}
    )
    assert check(with_sk, cstdcs_2026_htxsnv_and_initiative=True).status == "eligible"


# --- Council votes -------------------------------------------------------------------------


def test_council_80_percent_of_all_members_counts_written_opinions() -> None:
    """NĐ 98/2023 Điều 30.7: "từ 80% trở lên tính trên tổng số thành viên của Hội đồng";
    absent members give written opinions recorded in the minutes. 11 present + 1 written of
    15 members = 80 %."""
    base = person("cstd_co_so", 2024, ratings={2024: "htxsnv"})
    assert (
        check({**base, "council_vote": {"members_total": 15, "yes": 11, "written_yes": 1}}).status
        == "eligible"
    )
    short = check({**base, "council_vote": {"members_total": 15, "yes": 11}})
    assert short.status == "not_eligible" and short.meets_standards is True


def test_13_of_15_votes_fail_a_90_percent_title() -> None:
    """CSTĐ Bộ needs "từ 90% trở lên tính trên tổng số thành viên": 13/15 = 86.7 % fails,
    14/15 passes."""
    history = dict(
        ratings={y: "htxsnv" for y in (2022, 2023, 2024)},
        titles={"cstd_co_so": [2022, 2023, 2024]},
        initiatives=[initiative("SK-B", "2024-05-01", "bo")],
    )
    thirteen = check(person("cstd_cap_bo", 2024, vote=(15, 13, 0), **history))
    assert crit(thirteen, "council_vote").met is False and thirteen.status == "not_eligible"
    assert "13/15" in crit(thirteen, "council_vote").reason
    assert check(person("cstd_cap_bo", 2024, vote=(15, 14, 0), **history)).status == "eligible"


# --- Chiến sĩ thi đua Bộ: series -------------------------------------------------------------


def test_cstd_bo_needs_three_consecutive_cstdcs() -> None:
    """Điều 22: "03 lần liên tục được tặng danh hiệu 'Chiến sĩ thi đua cơ sở'"."""
    sk = [initiative("SK-B", "2024-05-01", "bo")]
    ok = check(
        person(
            "cstd_cap_bo",
            2024,
            titles={"cstd_co_so": [2022, 2023, 2024]},
            initiatives=sk,
            vote=(15, 14, 0),
        )
    )
    assert ok.status == "eligible" and ok.consumes_initiatives == ("SK-B",)


def test_one_year_break_ends_the_series() -> None:
    broken = check(
        person(
            "cstd_cap_bo",
            2024,
            titles={"cstd_co_so": [2021, 2022, 2024]},
            initiatives=[initiative("SK-B", "2024-05-01", "bo")],
            vote=(15, 14, 0),
        )
    )
    assert broken.status == "not_eligible"
    assert "Liên tục 1 năm" in crit(broken, "cstdcs_x3").reason


def test_cstd_bo_needs_a_ministry_level_initiative() -> None:
    verdict = check(
        person(
            "cstd_cap_bo",
            2024,
            titles={"cstd_co_so": [2022, 2023, 2024]},
            initiatives=[initiative("SK-C", "2024-05-01", "co_so")],
            vote=(15, 14, 0),
        )
    )
    assert verdict.status == "not_eligible" and crit(verdict, "initiative_bo").met is False


def test_initiative_reuse_across_titles_is_a_policy() -> None:
    """The texts forbid title↔award reuse; title↔title is not addressed: default disallow."""
    sk = [initiative("SK-B", "2023-05-01", "bo")]
    used = [{"award": "cstd_co_so", "year": 2023, "kind": "cong_trang", "initiative_ids": ["SK-B"]}]
    doc = person(
        "cstd_cap_bo",
        2024,
        titles={"cstd_co_so": [2022, 2024]},
        initiatives=sk,
        vote=(15, 14, 0),
        awards=used,
    )
    assert check(doc).status == "not_eligible"
    assert check(doc, initiative_reuse_across_titles=True).status == "eligible"


def test_cstd_toan_quoc_two_consecutive_ministry_titles() -> None:
    """Điều 21: "02 lần liên tục được tặng danh hiệu chiến sĩ thi đua Bộ"."""
    sk = [initiative("SK-T", "2024-02-01", "toan_quoc")]
    ok = check(
        person(
            "cstd_toan_quoc",
            2024,
            titles={"cstd_cap_bo": [2021, 2024]},
            initiatives=sk,
            vote=(15, 14, 0),
        )
    )
    assert ok.status == "eligible"
    gap = check(
        person(
            "cstd_toan_quoc",
            2024,
            titles={"cstd_cap_bo": [2018, 2024]},
            initiatives=sk,
            vote=(15, 14, 0),
        )
    )
    assert gap.status == "not_eligible"
