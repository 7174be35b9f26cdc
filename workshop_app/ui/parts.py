"""Typed names for the parts of a widget that are built when first asked (the workspace's pages,
the tests page's tabs): ``ideas: Part[IdeaBank] = Part("ideas", tab)`` in the class body, after
the method ``tab`` that builds a part by name, makes ``page.ideas`` call ``page.tab("ideas")``
and gives it the type ``IdeaBank`` (the part's module is imported only then)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast, overload

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


class Part(Generic[W]):
    """The part ``name`` of its owner, built by ``build(owner, name)`` on first use."""

    def __init__(self, name: str, build: Callable[[Any, str], QWidget]) -> None:
        self.name = name
        self._build = build

    @overload
    def __get__(self, owner: None, owner_type: type) -> Part[W]: ...

    @overload
    def __get__(self, owner: object, owner_type: type) -> W: ...

    def __get__(self, owner: object | None, owner_type: type) -> Part[W] | W:
        if owner is None:
            return self
        return cast(W, self._build(owner, self.name))
