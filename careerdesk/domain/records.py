"""`@record`: a frozen dataclass, made without compiling code for each class.

Why: `@dataclass(frozen=True)` writes the source of six methods per class and compiles it
(~0.8 ms a class); the ~20 classes a window start imports cost ~15 ms of a ~75 ms budget
(issue 15). A record is a real dataclass (`fields()`, `replace()`, `asdict()`,
`is_dataclass()` work) whose `__init__`, `__eq__`, `__hash__`, `__repr__` and frozen
`__setattr__` are shared functions instead: each instance behaves as the frozen
dataclass would, and is built in a microsecond or two. `tests/domain/test_records.py`
holds the two side by side."""

from __future__ import annotations

import dataclasses
from dataclasses import MISSING, FrozenInstanceError


def record(cls: type) -> type:
    """`cls` as `@dataclass(frozen=True)` would make it (no order, no slots)."""
    if not cls.__doc__:  # (else dataclass writes one with inspect.signature: 0.2 ms a class)
        cls.__doc__ = f"{cls.__name__}({', '.join(cls.__dict__.get('__annotations__', {}))})"
    cls = dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
    fields = [f for f in dataclasses.fields(cls) if f.init]
    names = tuple(f.name for f in fields)
    known = frozenset(names)
    compared = tuple(f.name for f in dataclasses.fields(cls) if f.compare)
    shown = tuple(f.name for f in dataclasses.fields(cls) if f.repr)
    post_init = hasattr(cls, "__post_init__")
    qualname = cls.__qualname__

    def __init__(self, *args, **kwargs) -> None:  # noqa: N807 (the dunder being defined)
        if len(args) > len(names):
            raise TypeError(f"{qualname}.__init__() takes {len(names) + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        for name in kwargs:
            if name not in known:
                raise TypeError(f"{qualname}.__init__() got an unexpected keyword argument {name!r}")
        for index, field in enumerate(fields):
            name = field.name
            if index < len(args):
                if name in kwargs:
                    raise TypeError(f"{qualname}.__init__() got multiple values for argument {name!r}")
                value = args[index]
            elif name in kwargs:
                value = kwargs[name]
            elif field.default is not MISSING:
                value = field.default
            elif field.default_factory is not MISSING:
                value = field.default_factory()
            else:
                raise TypeError(f"{qualname}.__init__() missing 1 required positional argument: {name!r}")
            object.__setattr__(self, name, value)
        if post_init:
            self.__post_init__()

    def values(self) -> tuple:
        return tuple(getattr(self, name) for name in compared)

    def __eq__(self, other: object) -> bool:  # noqa: N807
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) == values(other)

    def __hash__(self) -> int:  # noqa: N807
        return hash(values(self))

    def __repr__(self) -> str:  # noqa: N807
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({inner})"

    def __setattr__(self, name: str, value: object) -> None:  # noqa: N807
        if type(self) is cls or name in known:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name: str) -> None:  # noqa: N807
        if type(self) is cls or name in known:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    for method in (__init__, __eq__, __hash__, __repr__, __setattr__, __delattr__):
        method.__qualname__ = f"{qualname}.{method.__name__}"
        setattr(cls, method.__name__, method)
    return cls
