"""House rules for the source tree that a reviewer would otherwise check by hand."""

from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "werktloont"
MAX_LINES = 400


def test_no_source_file_over_400_lines():
    long = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"split these modules (over {MAX_LINES} lines): {long}"


def test_every_rules_module_names_its_law_in_its_first_line():
    for p in (SRC / "rules").rglob("*.py"):
        if p.name == "__init__.py":
            continue
        first = p.read_text(encoding="utf-8").lstrip().splitlines()[0]
        assert first.startswith('"""') and len(first) > 10, p


MAX_FUNCTION_LINES = 80


def test_no_function_over_80_lines():
    """A long function hides the law it applies: split it into named steps."""
    import ast

    long = []
    for p in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    long.append(f"{p.relative_to(SRC)}:{node.lineno} {node.name} ({n} lines)")
    assert not long, "split these functions:\n" + "\n".join(long)
