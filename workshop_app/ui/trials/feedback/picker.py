"""Widgets of the quick-entry form: ``SentimentPicker`` (three buttons, 1/2/3 or +/0/- when it has
the keyboard) and ``TagCompleter`` (completes the theme being typed after the last comma).
"""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from workshop_app.domain.vocabulary import SENTIMENTS
from workshop_app.ui.record_model import AnyIndex
from workshop_app.ui.trials import texts
from workshop_app.ui.trials.charts import SENTIMENT_COLORS
from workshop_app.ui.trials.common import push_button

#: Keys that pick a sentiment when the sentiment buttons have the keyboard.
SENTIMENT_KEYS = {
    Qt.Key.Key_1.value: "positive",
    Qt.Key.Key_Plus.value: "positive",
    Qt.Key.Key_2.value: "neutral",
    Qt.Key.Key_0.value: "neutral",
    Qt.Key.Key_3.value: "negative",
    Qt.Key.Key_Minus.value: "negative",
}


class TagCompleter(QCompleter):
    """Completes the theme being typed after the last comma."""

    def splitPath(self, path: str) -> list[str]:
        word = path.split(",")[-1].strip()
        # Nothing typed after the comma yet: offer nothing (not every theme at once).
        return [word or "\x00"]

    def pathFromIndex(self, index: AnyIndex) -> str:
        widget = self.widget()
        done = widget.text().split(",")[:-1] if isinstance(widget, QLineEdit) else []
        picked = str(index.data(Qt.ItemDataRole.EditRole))
        return ", ".join([*(part.strip() for part in done if part.strip()), picked])


class SentimentPicker(QFrame):
    """Three toggle buttons; none chosen is allowed. With the keyboard: 1/+ positive, 2/0 neutral,
    3/- negative, Backspace none."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentiment_picker")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._value = ""
        labels = texts.sentiment_labels()
        keys = {"positive": "1", "neutral": "2", "negative": "3"}
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        for key in SENTIMENTS:
            button = push_button(
                f"sentiment_{key}",
                labels[key],
                tip=f"{labels[key]} ({keys[key]}, Ctrl+{keys[key]})",
            )
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(int(button.sizeHint().height() * 1.3))
            # The whole label always shows (the checked style adds padding and bold type).
            bold = button.font()
            bold.setBold(True)
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 24)
            text = "white" if key != "neutral" else "black"
            button.setStyleSheet(
                f"QPushButton:checked {{ background-color: {SENTIMENT_COLORS[key]}; color: {text};"
                " font-weight: bold; border: 1px solid #333333; border-radius: 3px;"
                " padding: 4px 10px; }"
            )
            button.clicked.connect(lambda _checked=False, k=key: self._on_clicked(k))
            layout.addWidget(button)
            self.buttons[key] = button
        layout.addStretch(1)
        self.setToolTip(
            self.tr("1 or + positive, 2 or 0 neutral, 3 or - negative; Ctrl+1/2/3 from anywhere")
        )

    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        self._value = value if value in SENTIMENTS else ""
        for key, button in self.buttons.items():
            button.setChecked(key == self._value)
        self.changed.emit(self._value)

    def _on_clicked(self, key: str) -> None:
        self.set_value("" if key == self._value else key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in SENTIMENT_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_value(SENTIMENT_KEYS[key])
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_value("")
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            at = SENTIMENTS.index(self._value) if self._value else (-1 if step > 0 else 3)
            self.set_value(SENTIMENTS[(at + step) % len(SENTIMENTS)])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.setFrameShape(QFrame.Shape.Box)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setFrameShape(QFrame.Shape.NoFrame)
        super().focusOutEvent(event)
