"""The method cards: the catalogue of involvement methods shipped with the app, one card at a time.

The list on the left holds the 15 methods; when an actor is chosen (``set_current_actor``), the
methods suggested for its category come first under their own heading, marked with a star. The
card on the right is read-only rich text built from escaped text. "Add to plan" adds the shown
method to the engagement plan for the chosen actor, as one undo step.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QWidget,
)

from workshop_app.domain.actors import Actor
from workshop_app.domain.changes import Changes
from workshop_app.domain.methods import MethodCard, suggested_methods
from workshop_app.domain.vocabulary import METHODS
from workshop_app.ui import kit
from workshop_app.ui.actors import plan_commands, texts
from workshop_app.ui.actors.plan import actor_label, catalogue
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.session import ProjectSession

#: The method key of a list item (headings have none).
KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
STAR = "★"
#: Longest actor name shown on the button before it is shortened with "…".
_BUTTON_NAME_CHARS = 32


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class MethodCards(kit.SessionPanel):
    """The catalogue of method cards, with the suggestions for the current actor first."""

    #: The uuid of a plan entry just added with "Add to plan".
    plan_entry_added = Signal(str)
    #: The key of the method now shown.
    method_shown = Signal(str)

    def __init__(
        self, session: ProjectSession, language: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "method_cards", parent)
        self._cards: dict[str, MethodCard] = catalogue(language)
        self._categories = texts.category_labels()
        self._custom: dict[str, str] = {}
        self._actor: Actor | None = None
        self._suggested: tuple[str, ...] = ()
        self.title = kit.label(self.tr("Method cards"), role="sectionTitle")
        self.intro = kit.hint(name="method_cards_intro")
        self.list = kit.named(QListWidget(), "method_list", accessible=self.tr("Methods"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setSpacing(1)
        self.list.setMinimumWidth(200)
        self.list.currentItemChanged.connect(self._on_current_item)
        self.splitter = kit.splitter(
            Qt.Orientation.Horizontal, (self.list, 0), (self._build_card(), 1)
        )
        kit.column(self.title, self.intro, (self.splitter, 1), parent=self)
        session.follow(self, self._on_changed)
        self._load_categories()
        self._fill_list(METHODS[0])
        self._update_actor_texts()
        width = max(self.list.sizeHintForColumn(0), 200) + 24
        self.splitter.setSizes([min(width, 320), 640])

    def _build_card(self) -> QWidget:
        """The card shown, with "Add to plan" and what it did under it."""
        self.card = kit.named(QTextBrowser(), "method_card", accessible=self.tr("Method card"))
        self.card.setOpenLinks(False)
        self.card.setOpenExternalLinks(False)
        self.card.document().setDocumentMargin(14)
        self.add_button = kit.button(
            "add", self.tr("Add to plan"), "method_add_to_plan", self.add_to_plan
        )
        self.status = kit.hint(name="method_status")
        right = QWidget()
        right.setMinimumWidth(280)
        kit.column((self.card, 1), kit.row(self.add_button, (self.status, 1)), parent=right)
        return right

    # -- public ------------------------------------------------------------------------------------

    def set_current_actor(self, uuid: str | None) -> None:
        """The actor selected in the register (``None`` for none): its suggestions come first and
        "Add to plan" adds for it."""
        actor = self._session.service.actor_map().actor(uuid) if uuid else None
        self._set_actor(actor)

    def current_actor(self) -> str | None:
        return self._actor.uuid if self._actor else None

    def current_method(self) -> str | None:
        item = self.list.currentItem()
        key = item.data(KEY_ROLE) if item is not None else None
        return str(key) if key else None

    def show_method(self, key: str) -> None:
        kit.current_item_to(self.list, KEY_ROLE, key)

    def method_keys(self) -> list[str]:
        """The methods in list order (suggested ones first)."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [str(item.data(KEY_ROLE)) for item in items if item.data(KEY_ROLE)]

    def suggested(self) -> tuple[str, ...]:
        """The methods suggested for the current actor's category, best first."""
        return self._suggested

    def add_to_plan(self) -> str | None:
        """Add the shown method to the plan for the current actor; return the entry's uuid."""
        key = self.current_method()
        if self._actor is None or key is None or self._session.read_only:
            return None
        self._session.flush()
        actor = self._actor
        uuid = plan_commands.add_plan_entry(self._session, actor.uuid, key)
        if not any(e.uuid == uuid for e in self._session.service.actor_map().plan):
            return None  # refused; the session has said why
        self.status.setText(
            self.tr("Added to the plan: {0} for {1}.").format(
                self._cards[key].name, actor_label(actor)
            )
        )
        self.plan_entry_added.emit(uuid)
        return uuid

    # -- loading -----------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if not changes.actors:
            return
        self._load_categories()
        self._set_actor(
            self._session.service.actor_map().actor(self._actor.uuid) if self._actor else None
        )

    def _load_categories(self) -> None:
        self._custom = {c.uuid: c.name for c in self._session.service.actor_map().categories}

    def _category_label(self, key: str) -> str:
        return self._categories.get(key) or self._custom.get(key, key)

    def _set_actor(self, actor: Actor | None) -> None:
        self._actor = actor
        suggested = suggested_methods(actor.category) if actor else ()
        if suggested != self._suggested:
            self._suggested = suggested
            self._fill_list(self.current_method() or (suggested[0] if suggested else METHODS[0]))
        else:
            self._show_card()
        self._update_actor_texts()

    def _heading(self, text: str) -> QListWidgetItem:
        """A heading in the list: shown in bold, never selected (no method key)."""
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        # Not greyed out like a disabled item: a heading reads as text.
        item.setForeground(self.list.palette().brush(QPalette.ColorRole.Text))
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
        return item

    def _gap(self) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setSizeHint(QSize(0, self.list.fontMetrics().height() // 2))
        return item

    def _method_item(self, key: str, star: bool) -> QListWidgetItem:
        name = self._cards[key].name
        item = QListWidgetItem(f"{STAR} {name}" if star else name)
        item.setData(KEY_ROLE, key)
        item.setToolTip("<p>" + html.escape(self._cards[key].purpose) + "</p>")
        return item

    def _fill_list(self, keep: str) -> None:
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            if self._suggested and self._actor is not None:
                category = self._category_label(self._actor.category)
                self.list.addItem(
                    self._heading(self.tr("{0} Suggested for {1}").format(STAR, category))
                )
                for key in self._suggested:
                    self.list.addItem(self._method_item(key, True))
                self.list.addItem(self._gap())
                self.list.addItem(self._heading(self.tr("Other methods")))
            for key in METHODS:
                if key not in self._suggested:
                    self.list.addItem(self._method_item(key, False))
        finally:
            self.list.blockSignals(blocked)
        self.show_method(keep)
        if self.current_method() is None:
            self.show_method(METHODS[0])
        self._show_card()

    def _update_actor_texts(self) -> None:
        actor = self._actor
        editable = not self._session.read_only
        if actor is None:
            self.intro.setText(
                self.tr(
                    "Ways to involve people in the town centre. Select an actor in the register "
                    "to see the methods suggested for its group and add one to the plan."
                )
            )
            self.add_button.setText(self.tr("Add to plan"))
            self.add_button.setEnabled(False)
            self.add_button.setToolTip(self.tr("Select an actor in the register first"))
            return
        name = actor_label(actor)
        short = name if len(name) <= _BUTTON_NAME_CHARS else name[: _BUTTON_NAME_CHARS - 1] + "…"
        self.intro.setText(
            self.tr("Ways to involve people in the town centre, chosen for {0} ({1}).").format(
                name, self._category_label(actor.category)
            )
        )
        self.add_button.setText(self.tr("Add to plan for {0}").format(short))
        self.add_button.setEnabled(editable and self.current_method() is not None)
        if editable:
            self.add_button.setToolTip(
                plain_tooltip(
                    self.tr("Add this method to the engagement plan for {0}").format(name)
                )
            )
        else:
            self.add_button.setToolTip(self.tr("The project is open read-only"))

    # -- the card ----------------------------------------------------------------------------------

    def _on_current_item(self, *_: object) -> None:
        self._show_card()
        self._update_actor_texts()
        self.status.clear()
        key = self.current_method()
        if key:
            self.method_shown.emit(key)

    def _show_card(self) -> None:
        key = self.current_method()
        if key is None:
            self.card.clear()
            return
        self.card.setHtml(self.card_html(key))

    def card_html(self, key: str) -> str:
        """The card as rich text; every text from the catalogue is escaped."""
        card = self._cards[key]
        parts = [f"<h2>{_esc(card.name)}</h2>"]
        if key in self._suggested and self._actor is not None:
            parts.append(
                "<p><b>"
                + _esc(
                    self.tr("{0} Suggested for {1}").format(
                        STAR, self._category_label(self._actor.category)
                    )
                )
                + "</b></p>"
            )
        parts.append(f"<p>{_esc(card.purpose)}</p>")
        groups = ", ".join(self._category_label(g) for g in card.groups)
        duration = self.tr("Duration")
        suitable = self.tr("Suitable for")
        parts.append(
            "<table cellspacing='0' cellpadding='3' style='margin-top:6px'>"
            f"<tr><td><b>{_esc(duration)}</b>&nbsp;&nbsp;</td>"
            f"<td>{_esc(card.duration_text)}</td></tr>"
            f"<tr><td><b>{_esc(suitable)}</b>&nbsp;&nbsp;</td>"
            f"<td>{_esc(groups)}</td></tr>"
            "</table>"
        )
        sections = (
            (self.tr("Materials"), "ul", card.materials),
            (self.tr("Steps"), "ol", card.steps),
            (self.tr("Tips"), "ul", card.tips),
        )
        for heading, tag, items in sections:
            parts.append(f"<h3>{_esc(heading)}</h3><{tag}>")
            parts.extend(f"<li>{_esc(item)}</li>" for item in items)
            parts.append(f"</{tag}>")
        return "".join(parts)
