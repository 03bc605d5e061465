"""Desktop app (PySide6 Qt Widgets): one window for a conversation with a client.

Only this package imports Qt. Regions live one per module (inputs, verdict, breakdown, charts,
explanation, scenarios, solver, coverage); `state.AppState` is the only place that calls the engine.
"""

from werktloont.ui import _pyside_guard  # noqa: E402,F401 - must run before any Qt call, see the module
