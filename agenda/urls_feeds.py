"""Feeds, the sitemap and robots.txt, mounted at the site root."""

feed_patterns = []
