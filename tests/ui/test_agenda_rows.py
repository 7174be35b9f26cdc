"""The agenda's rows are measured once when its columns are fitted to the width (each measure
asks every cell), and again when a user drags a column wider or narrower."""

from __future__ import annotations

from workshop_app.ui.meetings.agenda import COL_METHOD, COL_TITLE, AgendaPanel


def test_fitting_the_columns_measures_the_rows_once(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = AgendaPanel(session)
    qtbot.addWidget(panel)
    meeting = session.service.snapshot().meetings[0]
    panel.show_meeting(meeting)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.view.horizontalHeader()
    panel._fitting = True  # columns off their fitted widths, as before a resize
    header.resizeSection(COL_TITLE, 100)
    header.resizeSection(COL_METHOD, 100)
    panel._fitting = False
    measured: list[int] = []
    real = panel.view.resizeRowsToContents
    panel.view.resizeRowsToContents = lambda: (measured.append(1), real())[1]  # type: ignore[method-assign]
    panel._fit_columns()
    assert measured == [1]  # two columns resized, the rows measured once
    panel._fit_columns()
    assert measured == [1]  # nothing changed: nothing measured
    header.resizeSection(COL_METHOD, header.sectionSize(COL_METHOD) + 40)  # a user's drag
    assert len(measured) > 1  # measured again (the stretched last column too)
    assert header.sectionSize(COL_TITLE) > 0
