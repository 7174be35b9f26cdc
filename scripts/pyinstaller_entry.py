"""PyInstaller's entry script for ``build.spec``: the same ``main`` the installed command runs.

A tiny file of its own (not ``workshop_app/__main__.py``) so the frozen program imports the package
normally and relative paths, ``__name__`` checks and ``python -m`` behaviour stay the same.
"""

import sys

from workshop_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
