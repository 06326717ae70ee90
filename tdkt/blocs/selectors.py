"""Reads on blocs: the list with member counts, and one bloc's year."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from tdkt.blocs.models import Bloc, BlocMembership, BlocOfficer


def bloc_list(*, year: int | None = None) -> QuerySet[Bloc]:
    qs = Bloc.objects.all()
    if year is not None:
        qs = qs.filter(Q(to_year__isnull=True) | Q(to_year__gte=year), from_year__lte=year)
        qs = qs.annotate(member_count=Count("memberships", filter=Q(memberships__year=year)))
    return qs.order_by("name")


def bloc_years(bloc: Bloc) -> list[int]:
    years = set(bloc.memberships.values_list("year", flat=True).distinct())
    years |= set(bloc.officers.values_list("year", flat=True).distinct())
    return sorted(years)


def bloc_year(bloc: Bloc, year: int) -> tuple[list[BlocMembership], list[BlocOfficer]]:
    members = list(
        bloc.memberships.filter(year=year)
        .select_related("unit", "unit__parent")
        .order_by("unit__unit_type", "unit__sort_key")
    )
    officers = list(bloc.officers.filter(year=year).select_related("unit").order_by("-role", "id"))
    return members, officers
