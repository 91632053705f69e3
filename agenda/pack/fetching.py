"""
What WeasyPrint may fetch while drawing a PDF: nothing from the network, so
that drawing a pack can never be made to send a request anywhere. The
site's own stylesheets are answered empty, since the PDFs bring their own
(templates/agenda/pack/).
"""

from weasyprint.urls import URLFetcher, URLFetcherResponse


class OwnSiteOnly(URLFetcher):
    """Answer the site's own static files empty; refuse every other URL."""

    def __init__(self, static_url=None):
        super().__init__(allowed_protocols=(), allow_redirects=False)
        self.static_url = static_url

    def fetch(self, url, headers=None):
        if self.static_url and url.startswith(self.static_url):
            return URLFetcherResponse(url, b"", {"Content-Type": "text/css"})
        raise ValueError(f"A PDF of the public record fetches nothing: {url}")
