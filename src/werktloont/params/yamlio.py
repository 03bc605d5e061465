"""Strict YAML reading for parameter files: duplicate keys are errors, dates stay strings, and nothing hostile gets
through: aliases that expand to more than MAX_NODES values (the "billion laughs" bomb), nesting deeper than
MAX_DEPTH and integers longer than MAX_DIGITS digits are refused before anything is built."""

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


def _children(node) -> list:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_tree(root) -> None:
    """Walk the composed node tree without recursion, each node once: the size and depth it has when every alias
    is expanded (as pydantic and the messages would see it) stay under MAX_NODES and MAX_DEPTH; no cycles; no
    integer longer than MAX_DIGITS digits. An alias costs nothing to compose, so a bomb is cheap to detect here."""
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    on_path: set[int] = set()
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            kids = _children(node)
            size[key] = 1 + sum(size[id(k)] for k in kids)
            depth[key] = 1 + max((depth[id(k)] for k in kids), default=0)
            on_path.discard(key)
            if size[key] > MAX_NODES:
                raise RefusedYAMLError(None, None, f"te veel waarden (meer dan {MAX_NODES:_}, verwijzingen "
                                       "meegeteld)".replace("_", "."), node.start_mark)
            if depth[key] > MAX_DEPTH:
                raise RefusedYAMLError(None, None, f"te diep genest (meer dan {MAX_DEPTH} niveaus)", node.start_mark)
            continue
        if key in size:
            continue  # an alias of a node already checked
        if key in on_path:
            raise RefusedYAMLError(None, None, "een verwijzing (*alias) naar zichzelf is niet toegestaan",
                                   node.start_mark)
        if node.tag == "tag:yaml.org,2002:int" and len(str(node.value).lstrip("+-")) > MAX_DIGITS:
            raise RefusedYAMLError(None, None, f"een getal van {len(node.value):_} cijfers is te lang"
                                   .replace("_", "."), node.start_mark)
        on_path.add(key)
        stack.append((node, True))
        stack.extend((k, False) for k in _children(node))


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
