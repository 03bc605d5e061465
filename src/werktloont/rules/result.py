"""What a rule returns: the amounts and what it used (rule, article, parameter ids)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class RuleResult:
    amount: np.ndarray                      # euros per month unless the rule says otherwise
    rule: str                               # short Dutch name of the rule
    article: str                            # law and article it implements
    used: tuple[str, ...] = ()              # full parameter ids read, for the explanation
    steps: dict[str, np.ndarray] = field(default_factory=dict)  # named intermediate values
