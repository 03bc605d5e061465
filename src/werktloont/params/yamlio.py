"""Strict YAML reading for parameter files: duplicate keys are errors, dates stay strings."""

from __future__ import annotations

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml keeps pack loading well under 50 ms


class DuplicateKeyError(yaml.MarkedYAMLError):
    pass


class StrictLoader(_Base):  # type: ignore[misc, valid-type]
    """SafeLoader that rejects duplicate keys and leaves ISO dates as strings.

    Dates stay strings so that the schema, not YAML, decides what a valid date is
    (OpenFisca does the same).
    """

    def construct_mapping(self, node, deep=False):  # noqa: D401 - PyYAML hook
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise DuplicateKeyError(
                    "bij het lezen van een tabel", node.start_mark,
                    f"sleutel '{key}' komt twee keer voor", key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


# Drop the implicit timestamp resolver: '2025-01-01' stays the string '2025-01-01'.
StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}


def load_yaml_text(text: str):
    return yaml.load(text, Loader=StrictLoader)  # noqa: S506 - StrictLoader is a SafeLoader
