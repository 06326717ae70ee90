from django.urls import path

from tdkt.blocs import views

app_name = "blocs"
urlpatterns = [
    path("", views.list_view, name="list"),
    path("them/", views.create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/thanh-vien/", views.members, name="members"),
    path("<int:pk>/truong-pho/", views.officers, name="officers"),
]
