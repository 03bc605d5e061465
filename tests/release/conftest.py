"""The frozen-app check (test_frozen.py) runs last, so it can build only after the rest of the suite passed."""

FROZEN_TEST = "test_frozen.py"


def pytest_collection_modifyitems(session, config, items):
    last = [item for item in items if item.path.name == FROZEN_TEST]
    if last:
        items[:] = [item for item in items if item.path.name != FROZEN_TEST] + last
