from django.urls import path

from tdkt.records import views

app_name = "records"
urlpatterns = [
    path("xet-nam/", views.year_review, name="year_review"),
    path("ca-nhan/<int:pk>/", views.person_profile, name="person"),
    path("ca-nhan/<int:pk>/them/<slug:what>/", views.person_add, name="person_add"),
    path("don-vi/<int:pk>/", views.unit_profile, name="unit"),
    path("nhap/", views.import_upload, name="import"),
    path("nhap/mau.xlsx", views.import_template, name="import_template"),
    path("nhap/<int:pk>/", views.import_job, name="import_job"),
]
