from django.urls import path

from tdkt.audit import views

app_name = "audit"
urlpatterns = [path("", views.list_view, name="list")]
