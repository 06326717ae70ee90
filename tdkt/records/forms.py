from __future__ import annotations

from django import forms

from tdkt.eligibility.catalogue import CATALOGUE, Subject
from tdkt.records.models import KIND_CHOICES, LEVEL_CHOICES, Leave

PERSON_AWARD_CHOICES = [(e.slug, e.name) for e in CATALOGUE if e.subject is Subject.PERSON]


class AwardForm(forms.Form):
    award = forms.ChoiceField(label="Danh hiệu, hình thức", choices=PERSON_AWARD_CHOICES)
    year = forms.IntegerField(label="Năm thành tích", min_value=1960, max_value=2100)
    kind = forms.ChoiceField(label="Loại khen thưởng", choices=KIND_CHOICES)
    decision_number = forms.CharField(label="Số quyết định", max_length=60, required=False)
    decision_date = forms.DateField(label="Ngày quyết định (dd/mm/yyyy)", required=False)
    decision_authority = forms.CharField(label="Cơ quan ban hành", max_length=200, required=False)
    initiatives = forms.ModelMultipleChoiceField(
        label="Sáng kiến dùng làm căn cứ", queryset=None, required=False
    )

    def __init__(self, *args: object, person: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["initiatives"].queryset = person.initiatives.filter(  # type: ignore[attr-defined]
            used_by__isnull=True
        )


class InitiativeForm(forms.Form):
    title = forms.CharField(label="Tên sáng kiến, đề tài", max_length=300)
    level = forms.ChoiceField(label="Phạm vi công nhận", choices=LEVEL_CHOICES)
    recognised_on = forms.DateField(label="Ngày công nhận (dd/mm/yyyy)")
    research = forms.BooleanField(label="Là đề tài khoa học", required=False)


class DisciplineForm(forms.Form):
    form = forms.CharField(label="Hình thức kỷ luật", max_length=60, required=False)
    start_date = forms.DateField(label="Từ ngày (dd/mm/yyyy)")
    end_date = forms.DateField(label="Đến ngày (dd/mm/yyyy)", required=False)
    under_review = forms.BooleanField(label="Đang xem xét, chưa có quyết định", required=False)


class LeaveForm(forms.Form):
    kind = forms.ChoiceField(label="Loại", choices=Leave.KINDS)
    start_date = forms.DateField(label="Từ ngày (dd/mm/yyyy)")
    end_date = forms.DateField(label="Đến ngày (dd/mm/yyyy)", required=False)
