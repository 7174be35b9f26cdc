"""The demo project's content, one data file per phase (``scope.json``, ``actors.json``,
``trials.json``, ``meetings.json``; see ``data.py``) read by the module of the same name (see
``services/demo.py``).

Everything here is invented: the town, the municipality, every organisation and every person.
"""
