"""The layers stay one-way (docs/DEVELOPING.md): the calculation never depends on its views.

    base (errors, fmt, jsonio, months, ...) < params, model < rules < engine < texts < api < casefile < report
    < ui < cli: a module imports only its own layer and the ones below it
    params and model are side by side: neither imports the other
    ui, report and casefile reach the engine and the rules only through werktloont.api
    no import cycles (lazy imports inside functions count too)
    engine, rules, params, model   ->  never import ui, cli, report or texts
    Qt (PySide6)                   ->  only in werktloont/ui and werktloont/report/render.py
    werktloont.cli                 ->  imported only by the CLI itself and the entry point (__main__)
    matplotlib.pyplot              ->  never (global state; the app draws on its own Figure objects)

Imports are read with `ast`, including those inside functions (the views import Qt lazily), so a test
that only imports the modules could not see them.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PACKAGE = SRC / "werktloont"

CORE = ("engine", "rules", "params", "model")
VIEWS = ("werktloont.ui", "werktloont.cli", "werktloont.report", "werktloont.texts")
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "matplotlib.backends.backend_qt", "matplotlib.backends.backend_qtagg",
      "matplotlib.backends.backend_qt5agg", "matplotlib.backends.backend_qtcairo")
# Where Qt may be imported: the window, the PDF renderer (QTextDocument, QPdfWriter), and `werktloont diagnose`,
# whose job is to check this installation's Qt (ICU collation, codecs, fonts).
QT_ALLOWED = ("werktloont/ui/", "werktloont/report/render.py", "werktloont/cli/diagnose_cmd.py")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import in the file, at any depth; `from a import b` gives a and a.b."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join([*base, module] if module else base)
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names if alias.name != "*"]
    return found


def _within(name: str, prefixes) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _rel(path: Path) -> str:
    return path.relative_to(SRC).as_posix()


def _source_files():
    return sorted(PACKAGE.rglob("*.py"))


def _violations(files, forbidden) -> list[str]:
    out = {}
    for path in files:
        for line, name in _imports(path):
            if _within(name, forbidden):  # `from a import b, c` lists a, a.b and a.c: name the shortest once
                key = (_rel(path), line)
                out[key] = min(out.get(key, name), name, key=len)
    return [f"{path}:{line} imports {name}" for (path, line), name in sorted(out.items())]


def test_import_parser_sees_imports_inside_functions():
    # The parser itself: render.py imports Qt only inside its functions.
    render = PACKAGE / "report" / "render.py"
    top_level = [n for n in ast.parse(render.read_text(encoding="utf-8")).body if isinstance(n, ast.ImportFrom)]
    assert not any((n.module or "").startswith("PySide6") for n in top_level)
    assert any(name.startswith("PySide6.") for _, name in _imports(render))
    assert _within("matplotlib.backends.backend_qtagg", QT) and not _within("matplotlib.backends.backend_agg", QT)
    assert not _within("werktloont.uix", VIEWS) and _within("werktloont.ui.state", VIEWS)


@pytest.mark.parametrize("layer", CORE)
def test_core_layers_never_import_views_cli_report_or_texts(layer):
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no package werktloont/{layer}"
    bad = _violations(files, VIEWS)
    assert not bad, f"werktloont.{layer} is below the views and texts; it must not import them:\n" + "\n".join(bad)


def test_qt_only_in_the_views_and_the_pdf_renderer():
    files = [p for p in _source_files() if not _rel(p).startswith(QT_ALLOWED)]
    bad = _violations(files, QT)
    assert not bad, "Qt belongs to werktloont/ui and werktloont/report/render.py:\n" + "\n".join(bad)


def test_report_imports_qt_only_in_render():
    # The report is built as content (plain data, testable without Qt) and then rendered.
    files = [p for p in (PACKAGE / "report").rglob("*.py") if p.name != "render.py"]
    assert not _violations(files, QT)


def test_nothing_outside_the_cli_imports_the_cli():
    # Shared helpers live below the CLI (reading JSON is jsonio's, the report's words are texts').
    files = [p for p in _source_files()
             if not _rel(p).startswith("werktloont/cli/") and _rel(p) != "werktloont/__main__.py"]
    bad = _violations(files, ("werktloont.cli",))
    assert not bad, "the CLI is a view: other layers must not import it (shared helpers go below it):\n" + \
        "\n".join(bad)


def test_matplotlib_pyplot_is_never_imported():
    bad = _violations(_source_files(), ("matplotlib.pyplot", "pylab"))
    assert not bad, "pyplot keeps global figures (slow, leaks, not thread-safe); use matplotlib.figure.Figure:\n" + \
        "\n".join(bad)


# Written in pieces, so that this file does not name the folder itself.
SHARED = "shared"
SHARED_MARKERS = (f"{SHARED}/reference-cases", f'parents[3] / "{SHARED}"', f"parents[3] / '{SHARED}'", f"../{SHARED}")


def test_nothing_reads_the_sibling_shared_folder():
    # The repository must work on its own: test data lives in tests/data/, not in a folder next to the checkout.
    this = Path(__file__).resolve()
    bad = []
    for top in (SRC, ROOT / "tests", ROOT / "build", ROOT / "scripts", ROOT / ".ci", ROOT / "benchmarks"):
        for path in sorted(top.rglob("*")):
            if "venv" in path.parts or not path.is_file():
                continue
            if (path.suffix not in {".py", ".json", ".yaml", ".yml", ".toml", ".cfg", ".ini", ".sh", ".spec"}
                    and path.name != "run") or path == this:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            bad += [f"{path.relative_to(ROOT).as_posix()}: {m}" for m in SHARED_MARKERS if m in text]
    assert not bad, f"reads ../{SHARED} (outside the repository):\n" + "\n".join(bad)


# The documented order, bottom first; `werktloont` itself (its version) and the helpers every layer uses are base.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("", "errors", "fmt", "validation", "userdirs", "jsonio", "atomic", "entry", "months"),
    ("params", "model"),
    ("rules",),
    ("engine",),
    ("texts",),
    ("api",),
    ("casefile",),
    ("report",),
    ("ui",),
    ("cli", "__main__"),
)
SIDE_BY_SIDE = {("params", "model"), ("model", "params")}
THROUGH_THE_API = ("ui", "report", "casefile")  # they never import the engine or the rules themselves


def _layer_of(module: str) -> tuple[int, str]:
    part = module.split(".")[1] if module.count(".") else ""
    for i, names in enumerate(LAYERS):
        if part in names:
            return i, part
    raise AssertionError(f"{module}: no layer (add its package to LAYERS in this test and to docs/DEVELOPING.md)")


def test_every_import_follows_the_documented_order():
    bad = []
    for path in _source_files():
        me, my_part = _layer_of(_module_name(path))
        for line, name in _imports(path):
            if not _within(name, ("werktloont",)) or name == "werktloont.__version__":
                continue
            them, their_part = _layer_of(name)
            if them > me or (my_part, their_part) in SIDE_BY_SIDE or (
                    my_part in THROUGH_THE_API and their_part in ("engine", "rules")):
                bad.append(f"{_rel(path)}:{line} imports {name}")
    assert not bad, "imports against the layer order (docs/DEVELOPING.md):\n" + "\n".join(sorted(set(bad)))


def _runtime_imports(path: Path, modules: set[str]) -> set[str]:
    """The werktloont modules a module imports when it runs (inside functions too; not under TYPE_CHECKING):
    `from a.b import c` is the module a.b.c when that is a module, else a.b."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for n in ast.walk(node)}
    me = _module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    out = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parts, base] if base else parts)
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != me:
                out.add(name)
    return out


def test_no_import_cycles():
    files = {_module_name(p): p for p in _source_files()}
    graph = {m: _runtime_imports(p, set(files)) for m, p in files.items()}
    cycles, index, low, stack, on_stack = [], {}, {}, [], set()

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in graph:
        if module not in index:
            visit(module)
    assert not cycles, "modules that import each other (directly or in a ring):\n" + "\n".join(map(str, cycles))
