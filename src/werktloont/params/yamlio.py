"""Strict YAML reading for parameter files: duplicate keys are errors, dates stay strings, and nothing hostile gets
through: aliases (&anchor/*alias, the "billion laughs" bomb), nesting deeper than MAX_DEPTH, more than MAX_NODES
values and integers longer than MAX_DIGITS digits are refused before anything is built."""

from __future__ import annotations

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml keeps pack loading well under 50 ms


MAX_DEPTH = 40  # a parameter file nests about 8 deep
MAX_NODES = 500_000  # the largest file of the bundled pack has about 20.000
MAX_DIGITS = 30  # no legal amount needs more


class DuplicateKeyError(yaml.MarkedYAMLError):
    pass


class RefusedYAMLError(yaml.MarkedYAMLError):
    """Valid YAML that a parameter file must not contain (aliases, deep nesting, huge numbers)."""


def _check_tree(root) -> None:
    """Walk the composed node tree once, without recursion: refuse aliases, deep nesting and too many nodes."""
    seen: set[int] = set()
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:  # the composer hands an alias back as the same node object
            raise RefusedYAMLError(None, None, "verwijzingen (&anker en *alias) zijn niet toegestaan",
                                   node.start_mark)
        seen.add(id(node))
        if len(seen) > MAX_NODES:
            raise RefusedYAMLError(None, None, f"te veel waarden (meer dan {MAX_NODES:_})".replace("_", "."),
                                   node.start_mark)
        if depth > MAX_DEPTH:
            raise RefusedYAMLError(None, None, f"te diep genest (meer dan {MAX_DEPTH} niveaus)", node.start_mark)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
        elif node.tag == "tag:yaml.org,2002:int" and len(str(node.value).lstrip("+-")) > MAX_DIGITS:
            raise RefusedYAMLError(None, None, f"een getal van {len(node.value):_} cijfers is te lang"
                                   .replace("_", "."), node.start_mark)


class StrictLoader(_Base):  # type: ignore[misc, valid-type]
    """SafeLoader that rejects duplicate keys and leaves ISO dates as strings.

    Dates stay strings so that the schema, not YAML, decides what a valid date is
    (OpenFisca does the same).
    """

    def construct_document(self, node):  # noqa: D401 - PyYAML hook
        _check_tree(node)
        return super().construct_document(node)

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
