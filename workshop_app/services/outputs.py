"""Where an output may go, for the command line and the UI (see ``storage/outputs.py``).

Every file the user names for an output — a PDF, a JSON export, a copy, a restored backup, a
new project — goes through these: a project file is never replaced, other files only atomically.
"""

from __future__ import annotations

from workshop_app.storage.outputs import (
    atomic_output,
    atomic_path,
    check_output,
    output_error,
    write_output,
)

__all__ = ["atomic_output", "atomic_path", "check_output", "output_error", "write_output"]
