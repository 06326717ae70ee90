from __future__ import annotations

from django import forms

from tdkt.blocs.models import BlocKind
from tdkt.units.models import Unit


class BlocForm(forms.Form):
    name = forms.CharField(label="Tên cụm, khối", max_length=255)
    kind = forms.ChoiceField(label="Loại", choices=BlocKind.choices)
    from_year = forms.IntegerField(label="Từ năm", min_value=2000, max_value=2100)
    to_year = forms.IntegerField(label="Đến năm", min_value=2000, max_value=2100, required=False)
    note = forms.CharField(
        label="Ghi chú", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


class MembersForm(forms.Form):
    units = forms.ModelMultipleChoiceField(
        label="Đơn vị thành viên",
        queryset=Unit.objects.none(),
        widget=forms.SelectMultiple(attrs={"size": 15}),
    )

    def __init__(self, *args: object, year: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["units"].queryset = (  # type: ignore[attr-defined]
            Unit.objects.filter(valid_from__year__lte=year)
            .exclude(valid_to__year__lt=year)
            .order_by("path")
        )


class OfficersForm(forms.Form):
    leader = forms.ModelChoiceField(label="Trưởng (đơn vị)", queryset=Unit.objects.none())
    leader_name = forms.CharField(label="Họ tên Trưởng", max_length=120, required=False)
    leader_title = forms.CharField(label="Chức vụ Trưởng", max_length=200, required=False)
    deputy1 = forms.ModelChoiceField(
        label="Phó Trưởng thứ nhất", queryset=Unit.objects.none(), required=False
    )
    deputy1_title = forms.CharField(label="Chức vụ Phó thứ nhất", max_length=200, required=False)
    deputy2 = forms.ModelChoiceField(
        label="Phó Trưởng thứ hai", queryset=Unit.objects.none(), required=False
    )
    deputy2_title = forms.CharField(label="Chức vụ Phó thứ hai", max_length=200, required=False)

    def __init__(self, *args: object, members: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for name in ("leader", "deputy1", "deputy2"):
            self.fields[name].queryset = members  # type: ignore[attr-defined]
