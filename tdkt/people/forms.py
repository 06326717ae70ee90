from __future__ import annotations

from django import forms

from tdkt.people.models import Gender
from tdkt.units.models import Unit


class PersonForm(forms.Form):
    family_name = forms.CharField(label="Họ", max_length=50, required=False)
    middle_name = forms.CharField(label="Tên đệm", max_length=80, required=False)
    given_name = forms.CharField(label="Tên", max_length=50)
    gender = forms.ChoiceField(label="Giới tính", choices=Gender.choices)
    date_of_birth = forms.DateField(label="Ngày sinh (dd/mm/yyyy)")
    national_id = forms.RegexField(
        label="Số định danh cá nhân",
        regex=r"^\d{12}$",
        required=False,
        error_messages={"invalid": "Số định danh cá nhân gồm đúng 12 chữ số."},
    )


class NewPersonForm(PersonForm):
    unit = forms.ModelChoiceField(label="Đơn vị", queryset=Unit.objects.none())
    title = forms.CharField(label="Chức vụ, chức danh", max_length=150)
    is_leader = forms.BooleanField(label="Lãnh đạo, quản lý", required=False)
    start_date = forms.DateField(label="Từ ngày (dd/mm/yyyy)")

    def __init__(self, *args: object, units: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]


class PositionForm(forms.Form):
    unit = forms.ModelChoiceField(label="Đơn vị", queryset=Unit.objects.none())
    title = forms.CharField(label="Chức vụ, chức danh", max_length=150)
    is_leader = forms.BooleanField(label="Lãnh đạo, quản lý", required=False)
    start_date = forms.DateField(label="Từ ngày (dd/mm/yyyy)")

    def __init__(self, *args: object, units: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
