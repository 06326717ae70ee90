"""The demo data set, built from the seed articles through the product's own services.

It holds the two emulation zones of seeds S1 and S2 with their Sở Tư pháp, Cục THADS and
some Chi cục; the Ministry, Tổng cục THADS and Vụ Nghiệp vụ 1 (S3); Sở Tư pháp Điện Biên
(S4); Cục THADS Vĩnh Phúc and its Chi cục (S5); the leader rotations the seeds name; the
2025 reorganisation with its successors; a few hundred people; one login per role.

Every fact that the seeds or the research notes do not state is marked ``inferred`` with
the reason, and the pages show it as such.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from django.db import transaction

from tdkt.access.models import Role
from tdkt.access.services import role_grant, user_create
from tdkt.blocs.models import BlocKind, OfficerRole, Source
from tdkt.blocs.services import (
    MemberSpec,
    OfficerSpec,
    bloc_create,
    bloc_set_members,
    bloc_set_officers,
)
from tdkt.demo.names import random_name
from tdkt.demo.provinces import DISTRICTS, NEW_PROVINCES, OLD_BY_CODE, Province
from tdkt.people.models import Person, Rating
from tdkt.people.services import person_create, person_update, ratings_set_many
from tdkt.units.models import ReorganisationKind, Unit, UnitType
from tdkt.units.services import SuccessorSpec, unit_create, unit_reorganise

DEMO_PASSWORD = "TdktDemo@2026"  # noqa: S105 - the published demo password, printed by make run
# Units existed long before; the demo tracks them from this date.
TRACKED_FROM = dt.date(2010, 1, 1)
REORG_DATE = dt.date(2025, 7, 1)

# Seed S1: "Khu vực thi đua các tỉnh Duyên hải miền Trung và Tây Nguyên". Provinces named in
# seed 001 are documented; the rest follow vn-admin.md §4.2 (inferred), less the three that
# the 9-province Đông Nam Bộ zone of seed 000 needs.
CENTRAL_ZONE = [
    "38",
    "40",
    "42",
    "44",
    "45",
    "46",
    "48",
    "49",
    "51",
    "52",
    "54",
    "56",
    "62",
    "64",
    "66",
    "67",
]
CENTRAL_DOCUMENTED = {"38", "40", "42", "44", "46", "48", "51", "52", "66"}
# Seed S2: "9 tỉnh miền Đông Nam Bộ". Đồng Nai and Tây Ninh are named in seed 000 and TP Hồ
# Chí Minh in the law digest [S51]; the other six are inferred.
SOUTHEAST_ZONE = ["79", "74", "70", "72", "75", "77", "68", "58", "60"]
SOUTHEAST_DOCUMENTED = {"75", "72", "79"}

INFERRED_CENTRAL = "vn-admin.md §4.2 (danh sách suy luận, chưa có văn bản)"
INFERRED_SOUTHEAST = (
    "Suy luận: bài PLVN 11/12/2019 nói 9 tỉnh miền Đông Nam Bộ nhưng không "
    "nêu tên; bổ sung Lâm Đồng, Ninh Thuận, Bình Thuận"
)

TITLES_SO = [
    "Chuyên viên",
    "Chuyên viên chính",
    "Thanh tra viên",
    "Kế toán",
    "Chuyên viên",
    "Văn thư",
]
TITLES_THADS = [
    "Chấp hành viên",
    "Thư ký thi hành án",
    "Thẩm tra viên",
    "Chấp hành viên",
    "Kế toán",
    "Thư ký thi hành án",
]


@dataclass
class DemoResult:
    logins: list[tuple[str, str, str]] = field(default_factory=list)
    units: int = 0
    people: int = 0


class _Builder:
    def __init__(self, seed: int = 2026) -> None:
        self.rng = random.Random(seed)
        self.result = DemoResult()
        self.so: dict[str, Unit] = {}
        self.cuc: dict[str, Unit] = {}
        self.chi_cuc: dict[str, list[Unit]] = {}

    # --- units ------------------------------------------------------------------------------
    def unit(
        self,
        code: str,
        name: str,
        unit_type: str,
        parent: Unit | None,
        province: Province | None = None,
        note: str = "",
        valid_from: dt.date = TRACKED_FROM,
    ) -> Unit:
        self.result.units += 1
        return unit_create(
            actor=None,
            code=code,
            name=name,
            unit_type=unit_type,
            parent=parent,
            province_code=province.code if province else "",
            province_name=province.name if province else "",
            valid_from=valid_from,
            note=note,
        )

    def province_units(
        self, ministry: Unit, tong_cuc: Unit, code: str, with_so: bool = True, with_cuc: bool = True
    ) -> None:
        p = OLD_BY_CODE[code]
        if with_so:
            self.so[code] = self.unit(
                f"STP-{code}", f"Sở Tư pháp {p.label}", UnitType.SO_TU_PHAP, ministry, p
            )
        if with_cuc:
            cuc = self.unit(
                f"CTHADS-{code}",
                f"Cục Thi hành án dân sự {p.label}",
                UnitType.CUC_THADS_TINH,
                tong_cuc,
                p,
            )
            self.cuc[code] = cuc
            self.chi_cuc[code] = [
                self.unit(
                    f"CCTHADS-{code}-{i + 1}",
                    f"Chi cục Thi hành án dân sự {district}",
                    UnitType.CHI_CUC_THADS,
                    cuc,
                    p,
                )
                for i, district in enumerate(DISTRICTS.get(code, []))
            ]

    # --- people -----------------------------------------------------------------------------
    def person(
        self,
        unit: Unit,
        title: str,
        leader: bool,
        gender: str | None = None,
        name: tuple[str, str, str] | None = None,
    ) -> Person:
        gender = gender or self.rng.choice(["nam", "nu"])
        family, middle, given = name or random_name(self.rng, gender)
        born = dt.date(
            self.rng.randint(1966, 1998), self.rng.randint(1, 12), self.rng.randint(1, 28)
        )
        start = max(TRACKED_FROM, dt.date(born.year + 23, self.rng.randint(1, 12), 1))
        start = min(start, dt.date(2024, 1, 1))
        self.result.people += 1
        return person_create(
            actor=None,
            family_name=family,
            middle_name=middle,
            given_name=given,
            gender=gender,
            date_of_birth=born,
            unit=unit,
            title=title,
            is_leader=leader,
            start_date=start,
        )

    def staff(
        self,
        unit: Unit,
        head: str,
        deputy: str,
        titles: list[str],
        size: int,
        head_name: tuple[str, str, str, str] | None = None,
    ) -> list[Person]:
        people = []
        if head_name:
            *name, gender = head_name
            people.append(self.person(unit, head, True, gender, (name[0], name[1], name[2])))
        else:
            people.append(self.person(unit, head, True))
        people.append(self.person(unit, deputy, True))
        for i in range(size - 2):
            people.append(self.person(unit, titles[i % len(titles)], False))
        choices = [Rating.HTXSNV, Rating.HTTNV, Rating.HTNV, Rating.KHTNV]
        ratings_set_many(
            actor=None,
            items=[
                (person, year, self.rng.choices(choices, weights=[18, 62, 17, 3])[0])
                for person in people
                for year in range(2021, 2026)
            ],
        )
        return people


def _zone_members(
    builder: _Builder,
    codes: list[str],
    documented: set[str],
    documented_note: str,
    inferred_note: str,
) -> list[MemberSpec]:
    members = []
    for code in codes:
        ok = code in documented
        source = Source.DOCUMENTED if ok else Source.INFERRED
        note = documented_note if ok else inferred_note
        units = [builder.so[code], builder.cuc[code], *builder.chi_cuc[code]]
        members += [MemberSpec(unit=u, source=source, source_note=note) for u in units]
    return members


@transaction.atomic
def build_demo() -> DemoResult:
    b = _Builder()
    ministry = b.unit("BTP", "Bộ Tư pháp", UnitType.BO, None)
    vu_tccb = b.unit(
        "BTP-TCCB",
        "Vụ Tổ chức cán bộ",
        UnitType.VU_CUC,
        ministry,
        note="Đơn vị tham mưu công tác thi đua, khen thưởng của Bộ (CV 5034/BTP-TCCB).",
    )
    tong_cuc = b.unit("TCTHADS", "Tổng cục Thi hành án dân sự", UnitType.TONG_CUC_THADS, ministry)
    vu_nv1 = b.unit("TCTHADS-NV1", "Vụ Nghiệp vụ 1", UnitType.DON_VI_TRUC_THUOC, tong_cuc)

    demo_codes = set(CENTRAL_ZONE) | set(SOUTHEAST_ZONE) | {"11", "26"}
    # Every province merged with a demo province is loaded too, so each 2025 merger is whole.
    for _, olds in NEW_PROVINCES:
        if demo_codes & set(olds):
            demo_codes |= set(olds)
    for code in sorted(demo_codes):
        b.province_units(ministry, tong_cuc, code, with_cuc=(code != "11"))

    # People: the heads named in the seeds, then the others.
    b.staff(vu_tccb, "Vụ trưởng", "Phó Vụ trưởng", TITLES_SO, 8)
    b.staff(tong_cuc, "Tổng cục trưởng", "Phó Tổng cục trưởng", TITLES_SO, 6)
    b.staff(vu_nv1, "Vụ trưởng", "Phó Vụ trưởng", TITLES_THADS, 7)
    named_heads = {"75": ("Võ", "Thị Xuân", "Đào", "nu")}
    for code in sorted(b.so):
        size = 12 if code == "38" else (8 if code in set(CENTRAL_ZONE) | set(SOUTHEAST_ZONE) else 4)
        b.staff(b.so[code], "Giám đốc", "Phó Giám đốc", TITLES_SO, size, named_heads.get(code))
    # Seed 000 names the deputy director of Sở Tư pháp Tây Ninh who spoke.
    b.person(b.so["72"], "Phó Giám đốc", True, "nam", ("Nguyễn", "Hoàng", "Nam"))
    for code in sorted(b.cuc):
        b.staff(
            b.cuc[code],
            "Cục trưởng",
            "Phó Cục trưởng",
            TITLES_THADS,
            7 if code in demo_codes - {"17", "25"} else 4,
        )
        for chi in b.chi_cuc[code]:
            b.staff(chi, "Chi cục trưởng", "Phó Chi cục trưởng", TITLES_THADS, 4)

    _zones(b)
    _award_history(b)
    _reorganise_2025(b, ministry, tong_cuc, vu_nv1)
    _logins(b)
    return b.result


def _zones(b: _Builder) -> None:
    central = bloc_create(
        actor=None,
        name="Khu vực thi đua các tỉnh Duyên hải miền Trung và Tây Nguyên",
        kind=BlocKind.KHU_VUC,
        from_year=2013,
        to_year=2024,
        note="Một trong 05 khu vực thi đua của các cơ quan tư pháp địa phương (QĐ 3916/QĐ-BTP "
        "năm 2013). Sau sắp xếp ngày 01/7/2025 các cụm được tổ chức lại; danh sách cụm mới "
        "chưa có văn bản (law-digest §d).",
    )
    southeast = bloc_create(
        actor=None,
        name="Khu vực thi đua các tỉnh miền Đông Nam Bộ",
        kind=BlocKind.KHU_VUC,
        from_year=2013,
        to_year=2024,
        note="Khối cơ quan tư pháp các tỉnh, thành phố miền Đông Nam Bộ (Sở Tư pháp, Cục THADS "
        "9 tỉnh, bài PLVN 11/12/2019).",
    )
    for year in (2017, 2018, 2019):
        bloc_set_members(
            actor=None,
            bloc=central,
            year=year,
            members=_zone_members(
                b,
                CENTRAL_ZONE,
                CENTRAL_DOCUMENTED,
                "Bài báo Thanh Hóa 27/11/2017 (seed 001)",
                INFERRED_CENTRAL,
            ),
        )
        bloc_set_members(
            actor=None,
            bloc=southeast,
            year=year,
            members=_zone_members(
                b,
                SOUTHEAST_ZONE,
                SOUTHEAST_DOCUMENTED,
                "Bài PLVN 11/12/2019 (seed 000)",
                INFERRED_SOUTHEAST,
            ),
        )
    bloc_set_officers(
        actor=None,
        bloc=central,
        year=2017,
        officers=[
            OfficerSpec(
                OfficerRole.TRUONG,
                b.so["38"],
                holder_title="Giám đốc Sở Tư pháp tỉnh Thanh Hóa",
                source=Source.INFERRED,
                source_note="Suy luận: đơn vị đăng cai hội nghị tổng kết năm 2017 tại Thanh Hóa",
            )
        ],
    )
    bloc_set_officers(
        actor=None,
        bloc=central,
        year=2018,
        officers=[
            OfficerSpec(
                OfficerRole.TRUONG,
                b.so["46"],
                holder_title="Giám đốc Sở Tư pháp tỉnh Thừa Thiên Huế",
                source_note="Công bố tại hội nghị ngày 27/11/2017 (seed 001)",
            ),
            OfficerSpec(
                OfficerRole.PHO,
                b.so["40"],
                holder_title="Giám đốc Sở Tư pháp tỉnh Nghệ An",
                source_note="Công bố tại hội nghị ngày 27/11/2017 (seed 001)",
            ),
            OfficerSpec(
                OfficerRole.PHO,
                b.cuc["44"],
                holder_title="Cục trưởng Cục Thi hành án dân sự tỉnh Quảng Bình",
                source_note="Công bố tại hội nghị ngày 27/11/2017 (seed 001)",
            ),
        ],
    )
    bloc_set_officers(
        actor=None,
        bloc=southeast,
        year=2019,
        officers=[
            OfficerSpec(
                OfficerRole.TRUONG,
                b.so["75"],
                holder_name="Võ Thị Xuân Đào",
                holder_title="Giám đốc Sở Tư pháp tỉnh Đồng Nai",
                source_note="Bài PLVN 11/12/2019 (seed 000)",
            )
        ],
    )
    b.central_zone = central  # type: ignore[attr-defined]


def _award_history(b: _Builder) -> None:
    """Titles that follow from the demo ratings, a few initiatives, and units' yearly figures,
    so that profiles and the eligibility panels have a history to read."""
    from tdkt.people.models import YearlyRating
    from tdkt.records.imports import history_write
    from tdkt.records.services import initiative_add, unit_year_set

    rng = random.Random(7)
    people = {p.pk: p for p in Person.objects.select_related("unit")}
    ratings: dict[int, dict[int, str]] = {}
    for pid, year, rating in YearlyRating.objects.values_list("person_id", "year", "rating"):
        ratings.setdefault(pid, {})[year] = rating
    awards = []
    for pid, years in ratings.items():
        person = people[pid]
        for year, rating in sorted(years.items()):
            if rating not in ("htxsnv", "httnv"):
                continue
            decision = {
                "decision_number": f"{rng.randint(1, 60):02d}/QĐ-{person.unit.code}",
                "decision_date": dt.date(year + 1, 1, rng.randint(8, 28)),
                "decision_authority": f"Thủ trưởng {person.unit.name}",
                "kind": "cong_trang",
            }
            awards.append(
                {"person": person, "award": "lao_dong_tien_tien", "year": year, **decision}
            )
            if rating == "htxsnv" and rng.random() < 0.5:
                awards.append({"person": person, "award": "cstd_co_so", "year": year, **decision})
    history_write(actor=None, ratings=[], awards=awards, source="dữ liệu mẫu")
    for person in rng.sample(list(people.values()), 40):
        initiative_add(
            actor=None,
            person=person,
            title=f"Sáng kiến cải tiến quy trình "
            f"{rng.choice(['tiếp công dân', 'xác minh điều kiện thi hành án', 'số hóa hồ sơ', 'thẩm định văn bản', 'hộ tịch'])}",
            recognised_on=dt.date(2025, rng.randint(3, 11), rng.randint(1, 28)),
            level=rng.choice(["co_so", "co_so", "bo"]),
        )
    counts: dict[int, list[str]] = {}
    for pid, years in ratings.items():
        if 2025 in years:
            counts.setdefault(people[pid].unit_id, []).append(years[2025])
    cstd = {a["person"].pk for a in awards if a["award"] == "cstd_co_so" and a["year"] == 2025}
    for unit in [*b.so.values(), *b.cuc.values()]:
        members = counts.get(unit.pk, [])
        if not members:
            continue
        ldtt = sum(r in ("htxsnv", "httnv") for r in members)
        unit_year_set(
            actor=None,
            unit=unit,
            year=2025,
            rating="htxsnv" if ldtt * 10 >= 8 * len(members) else "httnv",
            members_total=len(members),
            members_completed=sum(r != "khtnv" for r in members),
            members_ldtt=ldtt,
            members_cstdcs=sum(1 for p in people.values() if p.unit_id == unit.pk and p.pk in cstd),
            members_disciplined=0,
            exemplary=True,
            targets_exceeded=rng.random() < 0.6,
            leads_bloc=None,
        )


def _reorganise_2025(b: _Builder, ministry: Unit, tong_cuc: Unit, vu_nv1: Unit) -> None:
    reorg = unit_reorganise(
        actor=None,
        kind=ReorganisationKind.RENAME,
        effective_date=dt.date(2025, 3, 1),
        legal_basis="Nghị định 39/2025/NĐ-CP ngày 26/02/2025",
        predecessors=[tong_cuc],
        successors=[
            SuccessorSpec(
                "CQLTHADS", "Cục Quản lý Thi hành án dân sự", UnitType.CUC_QL_THADS, ministry
            )
        ],
        move_children=True,
        move_staff=True,
    )
    cuc_ql = reorg.successors.get()
    unit_reorganise(
        actor=None,
        kind=ReorganisationKind.TRANSFER,
        effective_date=REORG_DATE,
        legal_basis="Quyết định 1898/QĐ-BTP ngày 25/6/2025",
        predecessors=[vu_nv1],
        successors=[
            SuccessorSpec(
                "CQLTHADS-PCNV",
                "Ban Pháp chế và Nghiệp vụ thi hành án dân sự",
                UnitType.DON_VI_TRUC_THUOC,
                cuc_ql,
            )
        ],
        move_staff=True,
        note="Suy luận: Vụ Nghiệp vụ 1 được coi là tiền thân của Ban Pháp chế và Nghiệp vụ THADS.",
    )
    hue = b.so.get("46")
    if hue is not None:
        successor = unit_reorganise(
            actor=None,
            kind=ReorganisationKind.RENAME,
            effective_date=dt.date(2025, 1, 1),
            legal_basis="Nghị quyết 1314/NQ-UBTVQH15 (thành lập thành phố Huế trực thuộc Trung ương)",
            predecessors=[hue],
            successors=[
                SuccessorSpec(
                    "STP-N46",
                    "Sở Tư pháp thành phố Huế",
                    UnitType.SO_TU_PHAP,
                    ministry,
                    province_code="46",
                    province_name="Huế",
                )
            ],
            move_staff=True,
            note="Ngày hiệu lực ghi theo trí nhớ, cần kiểm chứng.",
        ).successors.get()
        b.so["46"] = successor
    for new, olds in NEW_PROVINCES:
        present = [code for code in olds if code in b.so or code in b.cuc]
        if not present:
            continue
        kind = ReorganisationKind.MERGE if len(present) > 1 else ReorganisationKind.RENAME
        sos = [b.so[c] for c in present if c in b.so]
        if len(sos) > 1:
            unit_reorganise(
                actor=None,
                kind=ReorganisationKind.MERGE,
                effective_date=REORG_DATE,
                legal_basis="Nghị quyết 202/2025/QH15 ngày 12/6/2025",
                predecessors=sos,
                successors=[
                    SuccessorSpec(
                        f"STP-N{new.code}",
                        f"Sở Tư pháp {new.label}",
                        UnitType.SO_TU_PHAP,
                        ministry,
                        province_code=new.code,
                        province_name=new.name,
                    )
                ],
                move_staff=True,
            )
        cucs = [b.cuc[c] for c in present if c in b.cuc]
        if not cucs:
            continue
        thads = unit_reorganise(
            actor=None,
            kind=kind if len(cucs) > 1 else ReorganisationKind.RENAME,
            effective_date=REORG_DATE,
            legal_basis="Quyết định 1898/QĐ-BTP ngày 25/6/2025",
            predecessors=cucs,
            successors=[
                SuccessorSpec(
                    f"THADS-N{new.code}",
                    f"Thi hành án dân sự {new.label}",
                    UnitType.THADS_TINH,
                    cuc_ql,
                    province_code=new.code,
                    province_name=new.name,
                )
            ],
            move_staff=True,
        ).successors.get()
        number = 0
        for code in present:
            for chi in b.chi_cuc.get(code, []):
                number += 1
                unit_reorganise(
                    actor=None,
                    kind=ReorganisationKind.TRANSFER,
                    effective_date=REORG_DATE,
                    legal_basis="Quyết định 1898/QĐ-BTP ngày 25/6/2025",
                    predecessors=[chi],
                    successors=[
                        SuccessorSpec(
                            f"PTHADS-N{new.code}-{number}",
                            f"Phòng Thi hành án dân sự khu vực {number}",
                            UnitType.PHONG_THADS_KV,
                            thads,
                            province_code=new.code,
                            province_name=new.name,
                        )
                    ],
                    move_staff=True,
                    note="Tên và số thứ tự phòng khu vực do hệ thống đặt (suy luận, vn-admin §3.4).",
                )


def _logins(b: _Builder) -> None:
    def login(username: str, full_name: str, role: str, label: str, **anchor: object) -> object:
        user = user_create(
            actor=None, username=username, password=DEMO_PASSWORD, full_name=full_name
        )
        if role != Role.STAFF:
            role_grant(actor=None, user=user, role=role, **anchor)
        b.result.logins.append((username, DEMO_PASSWORD, label))
        return user

    login("quantri", "Quản trị hệ thống", Role.ADMIN, "Quản trị hệ thống")
    login(
        "thiduanganh",
        "Cán bộ thi đua Vụ Tổ chức cán bộ",
        Role.SECTOR_OFFICER,
        "Cán bộ thi đua toàn ngành (Vụ Tổ chức cán bộ)",
    )
    so_th = b.so["38"]
    login(
        "thidua.stp.thanhhoa",
        "Cán bộ thi đua Sở Tư pháp Thanh Hóa",
        Role.UNIT_OFFICER,
        "Cán bộ thi đua Sở Tư pháp tỉnh Thanh Hóa",
        unit=so_th,
    )
    login(
        "truongkhuvuc",
        "Trưởng khu vực thi đua",
        Role.BLOC_LEADER,
        "Trưởng khu vực thi đua Duyên hải miền Trung và Tây Nguyên",
        bloc=b.central_zone,
    )  # type: ignore[attr-defined]
    login(
        "hoidong.stp.thanhhoa",
        "Thành viên Hội đồng TĐKT",
        Role.COUNCIL_MEMBER,
        "Thành viên Hội đồng TĐKT Sở Tư pháp tỉnh Thanh Hóa",
        unit=so_th,
    )
    staff_user = login(
        "canbo.stp.thanhhoa",
        "Cán bộ Sở Tư pháp Thanh Hóa",
        Role.STAFF,
        "Cán bộ, công chức (chỉ xem hồ sơ của mình)",
    )
    person = Person.objects.filter(unit=so_th, positions__is_leader=False).order_by("id").first()
    assert person is not None
    person_update(actor=None, person=person, user=staff_user)
