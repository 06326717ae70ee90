"""Named policies for every point the law leaves unclear, with their documented defaults.

Each is a setting (``TDKT_ELIGIBILITY`` in Django settings, or a JSON object given to the
CLI/API as ``policy``). docs/eligibility.md explains each choice and its source.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from tdkt.eligibility.facts import FactsError


@dataclass(frozen=True)
class Policy:
    # Which date picks the regime: "decision_date" | "dossier_date" | "achievement_year".
    regime_basis: str = "decision_date"
    # An unrated year inside a series: "break" ends it; "neutral" skips it without breaking.
    unrated_year_in_series: str = "break"
    # A year without a rating but with maternity leave (NĐ 152 Điều 4.5: the leave "được tính
    # để xét tặng") does not break a series and counts as "hoàn thành tốt nhiệm vụ trở lên".
    maternity_year_counts: bool = True
    # May an initiative serve two emulation titles (e.g. CSTĐCS one year and CSTĐ Bộ)?
    # CV 5007/BNV-TĐKT forbids title↔award-form reuse; title↔title is not addressed.
    initiative_reuse_across_titles: bool = False
    # MOHA reading of Điều 74.1.d: if the two CSTĐCS titles used initiatives, the Bằng khen
    # needs two further initiatives.
    bang_khen_bo_needs_fresh_initiatives: bool = True
    # Luật 06/2026/QH16 (from 01/10/2026): the reported change to CSTĐCS — HTXSNV *and* an
    # initiative instead of LĐTT + (HTXSNV or initiative). Text not read: off by default.
    cstdcs_2026_htxsnv_and_initiative: bool = False
    # Council thresholds after 01/07/2025 (NĐ 152's voting clause not located; NĐ 98 values
    # kept, as Hà Nội's QĐ 71/2025 still uses them): percent of all council members.
    council_pct_high_after_2025: int = 90
    council_pct_low_after_2025: int = 80
    # Sector cap on CSTĐCS as a percent of LĐTT from 2024 (none found in the texts read).
    cstdcs_cap_pct_after_2024: int | None = None
    # TTLĐTT share of members with LĐTT from 2024 (2022 wording of Điều 28 not read; 70 %
    # follows a 2025 provincial restatement).
    ttldtt_min_ldtt_pct: int = 70
    # Years between two consecutive CSTĐ Bộ titles (each sums up a three-year period).
    cstd_bo_cycle_years: int = 3

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> Policy:
        if not data:
            return cls()
        if not isinstance(data, Mapping):
            raise FactsError("policy", "phải là một đối tượng JSON")
        known = {f.name: f for f in fields(cls)}
        changes: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                raise FactsError(f"policy.{key}", "không phải chính sách đã biết")
            default = getattr(cls(), key)
            if isinstance(default, bool) and not isinstance(value, bool):
                raise FactsError(f"policy.{key}", "phải là true hoặc false")
            changes[key] = value
        policy = replace(cls(), **changes)
        if policy.regime_basis not in {"decision_date", "dossier_date", "achievement_year"}:
            raise FactsError(
                "policy.regime_basis", "phải là decision_date, dossier_date hoặc achievement_year"
            )
        if policy.unrated_year_in_series not in {"break", "neutral"}:
            raise FactsError("policy.unrated_year_in_series", "phải là break hoặc neutral")
        return policy

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
