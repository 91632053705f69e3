"""
Demo data that apps built on the agenda add to ``manage.py load_demo``.

``load_demo`` belongs to ``agenda``, which must not import the apps built
on it (the tracker of recommendations, say), yet one command should load
the whole demo council. So an app registers a loader in its
``AppConfig.ready``::

    demo_data.register(load_tracker_demo)

and ``load_demo`` calls each loader, in the order the apps are installed,
after its own records, inside its transaction, with the command's stdout.
A loader must be safe to run twice: it adds what is missing and otherwise
changes nothing.
"""

_loaders = []


def register(loader):
    if loader not in _loaders:
        _loaders.append(loader)


def load_extras(*, stdout):
    for loader in _loaders:
        loader(stdout=stdout)
