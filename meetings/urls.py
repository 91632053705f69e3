from django.urls import path

from . import views

public_patterns = [
    path("", views.home, name="home"),
]

clerk_patterns = [
    path("", views.dashboard, name="dashboard"),
]
