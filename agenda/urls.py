from django.urls import path  # noqa: F401

from .urls_papers import clerk_patterns as paper_clerk_patterns
from .urls_papers import public_patterns as paper_public_patterns

public_patterns = [] + paper_public_patterns

clerk_patterns = [] + paper_clerk_patterns
