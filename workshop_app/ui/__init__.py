"""UI layer: the only place that imports PySide6 and qtawesome."""

from workshop_app.ui import pyside_sources

pyside_sources.install()  # before the UI's modules: PySide6 reads each one (see the module)
