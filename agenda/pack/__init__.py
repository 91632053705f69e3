"""
The agenda pack: one PDF of the summons, the agenda and every public paper
in order, as councils send them to members and publish them; a
supplementary pack for the items of a later publication; and the printable
minutes as a PDF.

What goes in is exactly what an anonymous visitor may read on the public
pages (``contents``): a pack is the public record, the same for everyone,
so exempt papers are never in it and exempt items say only that they are
exempt. The front sheet and agenda are drawn from HTML by WeasyPrint,
tagged for screen readers; the papers' own PDFs are joined on with pypdf
(``assemble``); a built pack is kept in the cache under the public record's
version (``store``).
"""
