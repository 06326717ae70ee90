from django.urls import path

from tdkt.verdicts import views

app_name = "verdicts"
urlpatterns = [
    path("xet-nam/", views.year_review, name="year_review"),
    path("ca-nhan/<int:pk>/", views.person_profile, name="person"),
    path("don-vi/<int:pk>/", views.unit_profile, name="unit"),
]
