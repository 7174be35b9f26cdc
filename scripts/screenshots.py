#!/usr/bin/env python3
"""Take screenshots of every screen, offscreen, at two window sizes and in both languages.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUT_DIR

Uses a throw-away data folder and a fresh demo project; prints the files it wrote.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = ((1280, 800), (1024, 640))


def main(out: Path) -> int:
    work = Path(tempfile.mkdtemp(prefix="screens-"))
    os.environ["WORKSHOP_APP_DATA_DIR"] = str(work / "data")
    os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(work / "config")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from workshop_app.app import create_window
    from workshop_app.ui.settings import Settings

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    written: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    for lang in ("da", "en"):
        settings = Settings()
        settings.language = lang
        settings.sync()
        window = create_window(app)
        for width, height in SIZES:
            window.resize(width, height)
            window.close_project()
            window.show()
            settle()
            shot = out / f"{lang}-{width}-start.png"
            window.grab().save(str(shot))
            written.append(shot)
            window.open_demo()
            for page in ("overview", "scope", "actors", "trials", "meetings", "handouts"):
                window.workspace.show_page(page)
                settle()
                shot = out / f"{lang}-{width}-{page}.png"
                window.grab().save(str(shot))
                written.append(shot)
            for tab in ("grid", "plan"):
                window.workspace.show_page("actors")
                window.workspace.actors.show_tab(tab)
                settle()
                shot = out / f"{lang}-{width}-actors-{tab}.png"
                window.grab().save(str(shot))
                written.append(shot)
            window.workspace.actors.show_tab("register")
            trials = window.workspace.trials
            for tab, test_tab in (
                ("ideas", None),
                ("lineage", None),
                ("trials", "plan"),
                ("trials", "counts"),
                ("trials", "feedback"),
                ("trials", "summary"),
                ("trials", "decisions"),
            ):
                window.workspace.show_page("trials")
                trials.show_tab(tab, test_tab)
                settle()
                shot = out / f"{lang}-{width}-tests-{test_tab or tab}.png"
                window.grab().save(str(shot))
                written.append(shot)
            for section in ("purpose", "area", "economy", "knowledge"):
                window.workspace.show_page("scope")
                window.workspace.scope.show_section(section)
                settle()
                shot = out / f"{lang}-{width}-scope-{section}.png"
                window.grab().save(str(shot))
                written.append(shot)
            if width == SIZES[0][0]:
                window.print_handout(None)
                flow = window._handout
                assert flow is not None
                loop = QEventLoop()
                flow.preview_ready.connect(loop.quit)
                flow.failed.connect(loop.quit)
                loop.exec()
                assert flow.preview is not None
                flow.preview.resize(820, 760)
                settle()
                shot = out / f"{lang}-preview.png"
                flow.preview.grab().save(str(shot))
                written.append(shot)
                flow.preview.close()
                for name, opener in (
                    ("check", window.check_project),
                    ("backups", window.show_backups),
                ):
                    opener()
                    settle()
                    dialog = app.activeModalWidget() or next(
                        w
                        for w in app.topLevelWidgets()
                        if w.isVisible() and w.objectName() == f"{name}_dialog"
                    )
                    shot = out / f"{lang}-{name}.png"
                    dialog.grab().save(str(shot))
                    written.append(shot)
                    dialog.close()
                # A full disk: the edit waits in the red bar.
                db = window.session.service.store.db
                db.execute(f"PRAGMA max_page_count={db.execute('PRAGMA page_count').fetchone()[0]}")
                window.workspace.show_page("overview")
                window.workspace.overview.binders["description"].widget.setPlainText("x" * 15000)
                window.session.flush()
                settle()
                shot = out / f"{lang}-pending.png"
                window.grab().save(str(shot))
                written.append(shot)
                db.execute("PRAGMA max_page_count=1073741823")
                window.session.retry()
                window.session.undo_stack.undo()  # the next language's shots start clean
        window.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screens")))
