"""What the user chose on the pages, kept over a change of the screen's language (Settings →
Language builds the workspace again in the new language): the test selected on the tests page,
and the print page's document, language, meeting and test. Only pages that were built are asked
(and given the choices when they are built again), so start-up stays lean."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from workshop_app.ui.session import ProjectSession

if TYPE_CHECKING:
    from workshop_app.ui.exports_page import PrintChoices
    from workshop_app.ui.workspace import Workspace


@dataclass(frozen=True)
class KeptChoices:
    #: The project they were made in: another project (one just opened) starts afresh.
    session: ProjectSession | None = None
    #: The test selected on the tests page (None: that page was not built, or none selected).
    trial: str | None = None
    #: The print page's choices (None: that page was not built).
    printing: PrintChoices | None = None


def keep(workspace: Workspace | None) -> KeptChoices:
    """The choices on ``workspace``'s built pages."""
    if workspace is None:
        return KeptChoices()
    built = workspace.built_pages()
    return KeptChoices(
        session=workspace.session,
        trial=workspace.trials.list.selected_uuid() if "trials" in built else None,
        printing=workspace.exports.choices() if "handouts" in built else None,
    )


def restore(workspace: Workspace, kept: KeptChoices) -> None:
    """Choose again on the new ``workspace`` what :func:`keep` found on the old one (of the
    same project), each as its page is built: a page not shown is not built for it (the tests
    and print pages built at once made a switch of language block the window 50 ms longer)."""
    if kept.session is not workspace.session:
        return
    trial, printing = kept.trial, kept.printing
    if trial is not None:
        workspace.when_built("trials", lambda page: page.list.select(trial))
    if printing is not None:
        workspace.when_built("handouts", lambda page: page.restore_choices(printing))
