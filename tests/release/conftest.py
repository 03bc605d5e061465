"""The frozen-app check (test_frozen.py) comes last in the collection, so it builds only after the rest passed. With
pytest-xdist (the suite's default, `-n auto --dist loadfile`) its file is handed out last, to the first worker that is
free; it then skips when a test of that worker failed, and any failure of another worker still fails the run."""

FROZEN_TEST = "test_frozen.py"


def pytest_collection_modifyitems(session, config, items):
    last = [item for item in items if item.path.name == FROZEN_TEST]
    if last:
        items[:] = [item for item in items if item.path.name != FROZEN_TEST] + last
