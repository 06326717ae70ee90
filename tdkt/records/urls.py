from django.urls import path

from tdkt.records import views

app_name = "records"
urlpatterns = [
    path("ca-nhan/<int:pk>/them/<slug:what>/", views.person_add, name="person_add"),
    path("nhap/", views.import_upload, name="import"),
    path("nhap/mau.xlsx", views.import_template, name="import_template"),
    path("nhap/<int:pk>/", views.import_job, name="import_job"),
]
