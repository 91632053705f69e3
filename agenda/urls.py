from django.urls import path

from . import views

public_patterns = []

clerk_patterns = []
