from django.urls import path

from tdkt.people import views

app_name = "people"
urlpatterns = [
    path("", views.person_list_view, name="list"),
    path("them/", views.person_create_view, name="create"),
    path("<int:pk>/", views.person_detail, name="detail"),
    path("<int:pk>/sua/", views.person_edit_view, name="edit"),
    path("<int:pk>/cong-tac/", views.position_add_view, name="position_add"),
]
