"""
The minutes format: minutes, purposes and reasons are stored as a small,
sanitised subset of HTML, so what a clerk wrote in Word keeps its shape.

Allowed: paragraphs, headings (h2 to h4), bulleted and numbered lists,
tables, bold, italic, line breaks and links (http, https and mailto).
Everything else (scripts, event handlers, styles, classes, images, forms)
is dropped by nh3 on every save and every import, and again when shown, so
nothing else can ever be stored or served.

Four ways in, one way out:

- :func:`to_html` takes what a form or an import gives (HTML pasted from
  Word or typed in the editor, or plain text from a textarea without
  JavaScript) and returns stored HTML.
- :func:`from_text` turns the older plain-text format (blank lines between
  paragraphs, "- " at the start of a bullet line) into HTML.
- :func:`clean` sanitises HTML; Word's own list paragraphs (``mso-list``)
  become real lists first, and Word debris (``o:p``, empty spans, ``&nbsp;``
  runs, empty paragraphs) goes.
- :func:`to_text` gives the words without the markup, for search, feeds'
  summaries and text parsers: paragraphs separated by a blank line, list
  items as "- " (or "1. ") lines and table cells separated by " | ".
- :func:`for_display` is the stored HTML with GOV.UK classes added.
"""

from __future__ import annotations

import re
from html import escape, unescape
from html.parser import HTMLParser

import nh3

__all__ = ["as_plain_text", "blocks", "clean", "for_display", "from_text", "is_html", "to_html", "to_text"]

TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "a",
    "table", "thead", "tbody", "tr", "th", "td", "caption",
}
ATTRIBUTES = {
    "a": {"href"},
    "ol": {"start"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}
URL_SCHEMES = {"http", "https", "mailto"}

_DISPLAY_CLASSES = {
    "p": {"class": "govuk-body"},
    "h2": {"class": "govuk-heading-m"},
    "h3": {"class": "govuk-heading-s"},
    "h4": {"class": "govuk-heading-s"},
    "ul": {"class": "govuk-list govuk-list--bullet"},
    "ol": {"class": "govuk-list govuk-list--number"},
    "a": {"class": "govuk-link"},
    "table": {"class": "govuk-table"},
    "caption": {"class": "govuk-table__caption govuk-table__caption--s"},
    "thead": {"class": "govuk-table__head"},
    "tbody": {"class": "govuk-table__body"},
    "tr": {"class": "govuk-table__row"},
    "th": {"class": "govuk-table__header"},
    "td": {"class": "govuk-table__cell"},
}



def _nh3_cleaner(tags=TAGS, attributes=ATTRIBUTES, link_rel="noopener noreferrer", **options):
    return nh3.Cleaner(
        tags=tags,
        attributes=attributes,
        url_schemes=URL_SCHEMES,
        clean_content_tags={"script", "style", "title", "head", "xml", "template", "noscript", "textarea"},
        link_rel=link_rel,
        strip_comments=True,
        **options,
    )


_cleaner = _nh3_cleaner()
_display_cleaner = _nh3_cleaner(set_tag_attribute_values=_DISPLAY_CLASSES)
# The first pass keeps what tells a Word list paragraph from any other:
# its class (MsoListParagraph...), its style (mso-list: l0 level2 lfo1) and
# the span holding the typed bullet or number (mso-list: Ignore).
_word_cleaner = _nh3_cleaner(
    tags=TAGS | {"b", "i", "u", "span", "div", "h1", "h5", "h6", "font", "section"},
    attributes={**ATTRIBUTES, "p": {"class", "style"}, "span": {"style"}},
    link_rel=None,
)

_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9:]*[\s>/]")
_BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:p|div|br|ul|ol|li|table|tr|td|th|h[1-6]|blockquote|section|body|html)[\s>/]", re.I
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\r\n\u00a0]+")
_VOID = {"br", "img", "hr", "wbr", "col", "input", "meta", "link"}
_BLOCK = {"p", "h2", "h3", "h4", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "caption"}
_RENAME = {"b": "strong", "i": "em", "h1": "h2", "h5": "h4", "h6": "h4"}
_UNWRAP = {"span", "u", "font"}
_HEADINGS = {"h2", "h3", "h4"}
_LEVEL = re.compile(r"mso-list\s*:\s*(?!ignore)\S*\s+level(\d)", re.I)
_ORDERED_MARKER = re.compile(r"^\(?([0-9]{1,3}|[a-zA-Z]|[ivxIVX]{1,6})[.)]$")
_ITEM = re.compile(r" *(?:- |\d{1,4}\. )")
_INDENTED_ITEM = re.compile(r"  +(?:- |\d{1,4}\. )")
# A bullet line of plain text: "- ", or Word's bullets as its plain text gives them.
_LINE_BULLET = re.compile("^(?:[-\u00b7\u2022\u25cf\u25aa\u25e6\u2023\u2219\uf0b7\uf0a7][\u00a0 \t]+|o[\t\u00a0]+)")
_TEXT_BULLET = re.compile("^[\u00b7\u2022\u25cf\u25aa\u25e6\u2023\u2219\uf0b7\uf0a7\u00a7o\u2013-][\u00a0 \t]+")


def is_html(value: str) -> bool:
    """
    Does the value hold markup (rather than the plain-text minutes format)?

    HTML from the editor or from Word always has block tags (<p>, <li>, <td>
    ...). Text typed in lines with only a stray inline tag ("<b>", "<script>")
    is plain text: its lines are kept and the tag is shown as typed.
    """
    value = value or ""
    if not _TAG.search(value):
        return False
    return "\n" not in value.strip() or bool(_BLOCK_TAG.search(value))


def to_html(value) -> str:
    """What a form or an import gives, as stored HTML (see the module docstring)."""
    value = str(value or "")
    return clean(value) if is_html(value) else from_text(value)


def from_text(text: str) -> str:
    """
    The plain-text minutes format as HTML: a <p> per paragraph, a <ul> for
    "- " lines, and for lines starting with a bullet Word leaves in plain text
    ("·", "•", "▪", or "o" and a tab for a second-level bullet).
    """
    text = _CONTROL.sub("", str(text or "").replace("\r\n", "\n").replace("\r", "\n"))
    parts: list[str] = []
    for block in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        run: list[str] = []
        run_is_list = False
        for line in lines + [None]:
            is_list = line is not None and (line == "-" or bool(_LINE_BULLET.match(line)))
            if run and (line is None or is_list != run_is_list):
                if run_is_list:
                    parts.append("<ul>" + "".join(f"<li>{escape(t, False)}</li>" for t in run) + "</ul>")
                else:
                    parts.append("<p>" + "<br>".join(escape(t, False) for t in run) + "</p>")
                run = []
            if line is not None:
                run.append(_LINE_BULLET.sub("", line, count=1).strip() if is_list else line)
                run_is_list = is_list
    return "".join(parts)


def clean(html: str) -> str:
    """Sanitised HTML in the minutes format, with Word's lists made real lists."""
    html = _CONTROL.sub("", str(html or ""))
    if not html.strip():
        return ""
    tree = _parse(_word_cleaner.clean(html))
    _transform(tree)
    return _cleaner.clean(_serialise(tree)).strip()


def for_display(html: str) -> str:
    """Stored HTML, sanitised again and given GOV.UK classes; old plain text is converted."""
    value = str(html or "")
    if not is_html(value):
        return _display_cleaner.clean(from_text(value))
    return _display_cleaner.clean(_CONTROL.sub("", value))


_PLAIN_SHAPED = re.compile(r"(?:<p>[^<]*(?:<br>[^<]*)*</p>|<ul>(?:<li>[^<]*</li>)+</ul>)*")
_PLAIN_BLOCK = re.compile(r"<p>([^<]*(?:<br>[^<]*)*)</p>|<ul>((?:<li>[^<]*</li>)+)</ul>")


def as_plain_text(html: str) -> str | None:
    """The stored HTML in the plain-text format, when that format holds it exactly.

    A textarea without JavaScript shows this, so a clerk edits words rather
    than markup; minutes with bold, headings, numbering, nesting or tables
    (which plain text cannot hold) give None and are shown as HTML.
    """
    value = str(html or "")
    if not is_html(value):
        return value
    if not _PLAIN_SHAPED.fullmatch(value):
        return None
    blocks = []
    for match in _PLAIN_BLOCK.finditer(value):
        if match[1] is not None:
            blocks.append(unescape(match[1].replace("<br>", "\n")))
        else:
            items = re.findall(r"<li>([^<]*)</li>", match[2])
            blocks.append("\n".join("- " + unescape(item) for item in items))
    text = "\n\n".join(blocks)
    return text if from_text(text) == value else None


def blocks(html: str) -> list[str]:
    """Stored HTML as its top-level blocks (paragraphs, lists, tables, headings), each as HTML."""
    root = _parse(str(html or ""))
    out = []
    for child in root.children:
        holder = _Node(None)
        holder.children = [child]
        part = _serialise(holder)
        if part.strip():
            out.append(part)
    return out


def to_text(html: str) -> str:
    """The words without the markup: blank lines between blocks, "- " before list items."""
    value = str(html or "")
    if not is_html(value):
        return value
    writer = _TextWriter()
    writer.feed(value)
    writer.close()
    return writer.text()


# --- a small tree of nh3's (well-formed) output ---------------------------


class _Node:
    __slots__ = ("tag", "attrs", "children")

    def __init__(self, tag: str | None, attrs: dict | None = None):
        self.tag = tag  # None for the root
        self.attrs = attrs or {}
        self.children: list = []  # _Node or str


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node(None)
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = _Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def _parse(html: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def _serialise(node: _Node) -> str:
    out: list[str] = []

    def walk(n):
        for child in n.children:
            if isinstance(child, str):
                out.append(escape(child, False))
                continue
            attrs = "".join(f' {k}="{escape(v)}"' for k, v in child.attrs.items())
            out.append(f"<{child.tag}{attrs}>")
            if child.tag not in _VOID:
                walk(child)
                out.append(f"</{child.tag}>")

    walk(node)
    return "".join(out)


def _text_of(node: _Node) -> str:
    return "".join(c if isinstance(c, str) else _text_of(c) for c in node.children)


def _transform(node: _Node) -> None:
    """Rename and unwrap tags, turn Word list paragraphs into lists, drop empty paragraphs."""
    children: list = []
    for child in node.children:
        if isinstance(child, str):
            children.append(_SPACES.sub(" ", child))
            continue
        if child.tag == "span" and "mso-list" in child.attrs.get("style", "").lower().replace(" ", ""):
            if "ignore" in child.attrs.get("style", "").lower():
                children.append(_Node("mso-marker", {"marker": _text_of(child).strip()}))
                continue
        _transform(child)
        child.tag = _RENAME.get(child.tag, child.tag)
        has_blocks = any(_is_block(c) for c in child.children)
        if child.tag in ("div", "section") and not has_blocks:
            # Outlook, Gmail and web pages write a line as a <div>: it is a paragraph.
            child.tag, child.attrs = "p", {}
        elif (
            child.tag in _UNWRAP
            or child.tag in ("div", "section")  # holding paragraphs or lists of its own
            or (child.tag == "a" and not child.attrs.get("href"))  # a link whose address was unsafe
            or (child.tag in _HEADINGS and has_blocks)  # a heading cannot hold a list or a table
        ):
            children.extend(child.children)
            continue
        elif child.tag in _HEADINGS and not _text_of(child).strip():
            continue
        children.append(child)
    node.children = _drop_space_between_blocks(_listify(children))
    if node.tag in _BLOCK:
        _trim(node)
    elif node.tag is None:
        node.children = _paragraphs_for_loose_text(node.children)


def _paragraphs_for_loose_text(children: list) -> list:
    """At the top, text and inline markup beside paragraphs go in a paragraph of their own."""
    if not any(_is_block(c) for c in children):
        return children
    out, run = [], []
    for child in children + [None]:
        if child is None or _is_block(child):
            if any(_text_of(c).strip() if isinstance(c, _Node) else c.strip() for c in run):
                paragraph = _Node("p")
                paragraph.children = run
                _trim(paragraph)
                out.append(paragraph)
            run = []
            if child is not None:
                out.append(child)
        else:
            run.append(child)
    return out


def _is_block(child) -> bool:
    return isinstance(child, _Node) and child.tag in _BLOCK


def _drop_space_between_blocks(children: list) -> list:
    """Source line breaks between paragraphs, lists and table rows are not text."""
    kept = []
    for index, child in enumerate(children):
        if isinstance(child, str) and not child.strip():
            before = children[index - 1] if index else None
            after = children[index + 1] if index + 1 < len(children) else None
            if _is_block(before) or _is_block(after):
                continue
        kept.append(child)
    return kept


def _trim(node: _Node) -> None:
    """No space at the start or end of a block's text."""
    if node.children and isinstance(node.children[0], str):
        node.children[0] = node.children[0].lstrip()
    if node.children and isinstance(node.children[-1], str):
        node.children[-1] = node.children[-1].rstrip()


def _list_info(node) -> tuple[int, str, str] | None:
    """(level, list tag, marker) of a Word list paragraph or a paragraph typed with a bullet."""
    if isinstance(node, str) or node.tag != "p":
        return None
    style = node.attrs.get("style", "")
    klass = node.attrs.get("class", "")
    level_match = _LEVEL.search(style)
    marker_node = next((c for c in node.children if isinstance(c, _Node) and c.tag == "mso-marker"), None)
    if level_match or marker_node is not None or klass.lower().startswith("msolistparagraph"):
        marker = marker_node.attrs["marker"] if marker_node is not None else ""
        node.children = [c for c in node.children if c is not marker_node]
        ordered = bool(_ORDERED_MARKER.match(marker.replace("\u00a0", "").strip()))
        level = int(level_match.group(1)) if level_match else 1
        if marker_node is None:
            _strip_text_bullet(node)
        return level, "ol" if ordered else "ul", marker
    first = next((c for c in node.children if not (isinstance(c, str) and not c.strip())), None)
    if isinstance(first, str) and _TEXT_BULLET.match(first.lstrip()):
        _strip_text_bullet(node)
        return 1, "ul", ""
    return None


def _strip_text_bullet(node: _Node) -> None:
    for index, child in enumerate(node.children):
        if isinstance(child, str):
            if not child.strip():
                continue
            node.children[index] = _TEXT_BULLET.sub("", child.lstrip(), count=1)
        return


def _listify(children: list) -> list:
    """Group runs of list paragraphs into (nested) <ul>/<ol>; drop empty paragraphs."""
    out: list = []
    stack: list[tuple[int, _Node]] = []  # (level, list node)
    for child in children:
        if isinstance(child, _Node) and child.tag == "p" and not _text_of(child).strip():
            continue  # an empty paragraph: Word's spacing, or an editor's blank line (<p><br></p>)
        info = _list_info(child)
        if info is None:
            if isinstance(child, str) and not child.strip() and stack:
                continue
            stack = []
            if isinstance(child, _Node):
                child.attrs = {k: v for k, v in child.attrs.items() if k not in ("class", "style")}
            out.append(child)
            continue
        level, tag, _ = info
        item = _Node("li")
        item.children = child.children
        _trim(item)
        while stack and stack[-1][0] > level:
            stack.pop()
        if stack and stack[-1][0] == level and stack[-1][1].tag != tag:
            stack.pop()
        if not stack or stack[-1][0] < level:
            new_list = _Node(tag)
            if stack and stack[-1][1].children:
                stack[-1][1].children[-1].children.append(new_list)
            else:
                out.append(new_list)
            stack.append((level, new_list))
        stack[-1][1].children.append(item)
    return out


class _TextWriter(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.lists: list[list] = []  # [tag, counter]
        self.cells: list[str] | None = None

    def _flush(self):
        text = _SPACES.sub(" ", "".join(self.current)).strip()
        if text and _INDENTED_ITEM.match("".join(self.current)):
            text = "".join(self.current)[: len("".join(self.current)) - len("".join(self.current).lstrip(" "))] + text
        self.current = []
        if text:
            self.blocks.append(text)

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.current.append(" ")
        elif tag in ("ul", "ol"):
            self._flush()
            start = dict(attrs).get("start") or "1"
            self.lists.append([tag, int(start) - 1 if start.isdigit() else 0])
        elif tag == "li":
            self._flush()
            if self.lists:
                kind = self.lists[-1]
                kind[1] += 1
                indent = "  " * (len(self.lists) - 1)
                self.current.append(indent + (f"{kind[1]}. " if kind[0] == "ol" else "- "))
            else:
                self.current.append("- ")
        elif tag == "tr":
            self._flush()
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self._flush_cell()
        elif tag in _BLOCK:
            if self.cells is not None:
                self.current.append(" ")
            else:
                self._flush()

    def _flush_cell(self):
        text = _SPACES.sub(" ", "".join(self.current)).strip()
        self.current = []
        if text and self.cells is not None:
            self.cells.append(text)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cells is not None:
            self._flush_cell()
        elif tag == "tr":
            self._flush_cell()
            if self.cells:
                self.blocks.append(" | ".join(self.cells))
            self.cells = None
        elif tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
            if not self.lists:
                self.blocks.append("")  # a list's end: what follows is a new paragraph
        elif tag in _BLOCK:
            if self.cells is not None:
                self.current.append(" ")
            else:
                self._flush()

    def handle_data(self, data):
        self.current.append(data)

    def text(self) -> str:
        self._flush()
        out = ""
        previous_item = False
        for block in self.blocks:
            if not block:
                previous_item = False
                continue
            is_item = bool(_ITEM.match(block))
            if out:
                out += "\n" if (is_item and previous_item) else "\n\n"
            out += block
            previous_item = is_item
        return out
