"""
The agenda app's views, one module per audience:

- ``public``: the home page, meetings, items, minutes and decisions;
- ``people``: a councillor's public page;
- ``packs``: the agenda pack, supplementary packs and the minutes as PDFs;
- ``papers``: documents, declarations and the paste import;
- ``history``: the audit history of an item or a meeting;
- ``clerk``: the meeting hub, the item editor and the publishing workflow;
- ``votes``: the named (recorded) vote on a resolution.
"""

from .public import private_when_signed_in

__all__ = ["private_when_signed_in"]
