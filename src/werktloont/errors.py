"""Errors that reach a person: each carries a Dutch message that names the field."""

from __future__ import annotations

from dataclasses import dataclass


class WerktloontError(Exception):
    """Base class: str(error) is a complete Dutch sentence, fit to show a user."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file: where (dotted field path) and what (Dutch)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"veld '{self.path}': {self.message}" if self.path else self.message


class FileProblemsError(WerktloontError):
    """A parameter, overlay or case file is not valid; lists every problem found."""

    def __init__(self, file: str, problems: list[Problem]):
        self.file = file
        self.problems = problems
        lines = [f"Fout in {file}:"] + [f"  - {p}" for p in problems]
        super().__init__("\n".join(lines))


class MissingParameterError(WerktloontError):
    """A calculation needs a parameter that has no (known) value on the date."""

    def __init__(self, param_id: str, on: str, reason: str):
        self.param_id = param_id
        self.on = on
        self.reason = reason
        super().__init__(
            f"De parameter '{param_id}' is niet bekend op {on}: {reason} "
            "Deze berekening kan daarom niet worden gemaakt voor deze datum."
        )


class InputError(WerktloontError):
    """Bad input in a case or request; `field` is the dotted path of the culprit."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"Ongeldige invoer bij '{field}': {message}" if field else message)
