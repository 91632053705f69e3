from django import template

register = template.Library()


@register.filter
def page_links(page_obj):
    """
    The page numbers to link to: the first and last, the current one and its
    neighbours, with None for each gap. Computed here rather than by looping
    over every page in the template, which a search of 500 pages would make slow.
    """
    paginator = page_obj.paginator
    return [
        None if number == paginator.ELLIPSIS else number
        for number in paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
    ]
