"""The demo project's content, one module per phase (see ``services/demo.py``).

Everything here is invented: the town, the municipality, every organisation and every person.
"""
