"""Frozen dataclasses made fast, for the snapshots and boxes a big map holds by the ten thousand.

A frozen dataclass fills each field through ``object.__setattr__`` (the
class's own ``__setattr__`` refuses), a function call per field: a card's
23 fields cost several microseconds, tens of milliseconds when a
10,000-card map is read and laid out. :func:`fast_constructor` builds the
same object about six times faster: an unfrozen twin class with the very
same slots fills them with plain attribute stores, then the object takes
the frozen class (CPython allows changing ``__class__`` between classes of
identical slots). The result is an ordinary instance of the frozen class:
equal to, hashed and refusing assignment like one built the usual way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_T = TypeVar("_T")


def fast_constructor(cls: type[_T]) -> Callable[..., _T]:
    """A function taking ``cls``'s fields positionally (or by name) and returning a ``cls``, faster.

    ``cls`` must be a ``@dataclass(frozen=True, slots=True)``; fields left
    out take their defaults. Raises ``TypeError`` for any other class.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a frozen dataclass with slots")
    fields = dataclasses.fields(cast("type[DataclassInstance]", cls))
    twin = dataclasses.make_dataclass(cls.__name__, [(f.name, f.type, _field_like(f)) for f in fields],
                                      slots=True, eq=False, repr=False)
    if twin.__slots__ != cls.__slots__:  # type: ignore[attr-defined]  # both made with slots=True
        raise TypeError(f"{cls.__name__}'s slots are not its fields")

    def construct(*args: Any, **kwargs: Any) -> _T:
        made = twin(*args, **kwargs)
        made.__class__ = cls
        return made  # type: ignore[no-any-return]  # now a cls

    construct.__doc__ = f"A new {cls.__name__} (see app.model.frozen.fast_constructor)."
    return construct


def as_frozen(cls: type[_T], twin_object: object) -> _T:
    """``twin_object``, an instance of a class with ``cls``'s very slots, turned into a ``cls``."""
    twin_object.__class__ = cls
    return twin_object  # type: ignore[return-value]  # now a cls


def _field_like(field: dataclasses.Field[Any]) -> Any:
    """A field of the twin with ``field``'s default and init flag."""
    if field.default is not dataclasses.MISSING:
        return dataclasses.field(default=field.default, init=field.init)
    if field.default_factory is not dataclasses.MISSING:
        return dataclasses.field(default_factory=field.default_factory, init=field.init)
    return dataclasses.field(init=field.init)
