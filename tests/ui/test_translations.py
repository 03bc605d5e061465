"""Every Dutch string the window asks Qt to translate has a finished English translation in
resources/translations/werktloont_en.ts, found by reading the code itself (ast), also where pyside6-lupdate does not
look: a tr() inside an f-string stayed Dutch in English ("Tot het eerste loon" on the Follow-up tab)."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET

from tests.conftest import ROOT

UI = ROOT / "src" / "werktloont" / "ui"
TS = ROOT / "resources" / "translations" / "werktloont_en.ts"


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _asked(tree: ast.Module) -> set[tuple[str, str]]:
    """(context, source) of self.tr("...") in a class (its name is the context) and of translate("Ctx", "...")."""
    out: set[tuple[str, str]] = set()

    def walk(node: ast.AST, context: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            args = node.args
            if node.func.attr == "tr" and args and context and _literal(args[0]) is not None:
                out.add((context, _literal(args[0]) or ""))
            if node.func.attr == "translate" and len(args) >= 2 and _literal(args[0]) and _literal(args[1]):
                out.add((_literal(args[0]) or "", _literal(args[1]) or ""))
        for child in ast.iter_child_nodes(node):
            walk(child, context)

    walk(tree, None)
    return out


def test_every_string_asked_in_the_code_is_translated():
    asked = set()
    for path in sorted(UI.glob("*.py")):
        asked |= _asked(ast.parse(path.read_text(encoding="utf-8")))
    assert len(asked) > 300
    done = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(TS).iter("context")
            for m in c.iter("message")
            if m.find("translation").get("type") not in ("unfinished", "vanished", "obsolete")
            and m.findtext("translation")}
    assert sorted(asked - done) == []


def test_no_entry_is_left_unfinished():
    unfinished = [m.findtext("source") for m in ET.parse(TS).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
