from __future__ import annotations

from django import forms
from django.db.models import Q

from tdkt.units.models import ReorganisationKind, Unit, UnitType


def _current_units() -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        queryset=Unit.objects.filter(valid_to__isnull=True).order_by("path"),
        required=False,
        label="Đơn vị cấp trên",
    )


class UnitForm(forms.Form):
    code = forms.CharField(label="Mã đơn vị", max_length=40)
    name = forms.CharField(label="Tên đơn vị", max_length=255)
    short_name = forms.CharField(label="Tên viết tắt", max_length=60, required=False)
    unit_type = forms.ChoiceField(label="Loại đơn vị", choices=UnitType.choices)
    parent = _current_units()
    province_code = forms.RegexField(
        label="Mã tỉnh (mã ĐVHC)",
        regex=r"^\d{2}$",
        required=False,
        error_messages={"invalid": "Mã tỉnh gồm 2 chữ số."},
    )
    province_name = forms.CharField(label="Tỉnh, thành phố", max_length=60, required=False)
    valid_from = forms.DateField(label="Hiệu lực từ (dd/mm/yyyy)")

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].strip()
        if Unit.objects.filter(code=code).exists():
            raise forms.ValidationError("Mã đơn vị đã tồn tại.")
        return code


class ReorganiseForm(forms.Form):
    kind = forms.ChoiceField(label="Hình thức", choices=ReorganisationKind.choices)
    effective_date = forms.DateField(label="Ngày có hiệu lực (dd/mm/yyyy)")
    legal_basis = forms.CharField(label="Căn cứ (số, ngày văn bản)", max_length=300)
    predecessors = forms.ModelMultipleChoiceField(
        label="Các đơn vị trước",
        queryset=Unit.objects.filter(valid_to__isnull=True).order_by("path"),
    )
    code = forms.CharField(label="Mã đơn vị mới", max_length=40)
    name = forms.CharField(label="Tên đơn vị mới", max_length=255)
    short_name = forms.CharField(label="Tên viết tắt", max_length=60, required=False)
    unit_type = forms.ChoiceField(label="Loại đơn vị mới", choices=UnitType.choices)
    parent = _current_units()
    province_code = forms.RegexField(
        label="Mã tỉnh (mã ĐVHC)",
        regex=r"^\d{2}$",
        required=False,
        error_messages={"invalid": "Mã tỉnh gồm 2 chữ số."},
    )
    province_name = forms.CharField(label="Tỉnh, thành phố", max_length=60, required=False)
    move_children = forms.BooleanField(
        label="Chuyển các đơn vị trực thuộc sang đơn vị mới", required=False, initial=True
    )
    move_staff = forms.BooleanField(
        label="Chuyển cán bộ đang công tác sang đơn vị mới", required=False, initial=True
    )
    note = forms.CharField(
        label="Ghi chú", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].strip()
        if Unit.objects.filter(Q(code=code)).exists():
            raise forms.ValidationError("Mã đơn vị đã tồn tại.")
        return code
