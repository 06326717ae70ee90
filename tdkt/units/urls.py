from django.urls import path

from tdkt.units import views

app_name = "units"
urlpatterns = [
    path("", views.tree, name="tree"),
    path("them/", views.create, name="create"),
    path("sap-xep/", views.reorganise, name="reorganise"),
    path("<int:pk>/", views.detail, name="detail"),
]
