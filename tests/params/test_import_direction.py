"""params/loader.py and params/override.py no longer import each other; the imports go one way,
loader -> override -> pack, all at module level (no late import hiding a cycle)."""

import ast
from pathlib import Path

PARAMS = Path(__file__).resolve().parents[2] / "src" / "werktloont" / "params"


def _imports(name):
    tree = ast.parse((PARAMS / f"{name}.py").read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found += [f"{node.module}.{a.name}" for a in node.names] + [node.module]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names]
    return [m for m in found if m.startswith("werktloont.params")]


def test_override_and_pack_never_import_the_loader():
    for name in ("override", "pack"):
        assert not any(m.startswith("werktloont.params.loader") for m in _imports(name)), name
    assert not any("override" in m for m in _imports("pack"))


def test_loader_imports_override_at_module_level():
    tree = ast.parse((PARAMS / "loader.py").read_text(encoding="utf-8"))
    top = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert any(isinstance(n, ast.ImportFrom) and n.module == "werktloont.params" and
               any(a.name == "override" for a in n.names) for n in top)
    nested = [n for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
              for n in ast.walk(f) if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert not nested
