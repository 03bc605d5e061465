import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

import werktloont.ui  # noqa: E402,F401 - applies the PySide6 guard before any Qt call
from werktloont.ui.example import example_case  # noqa: E402

# isort: split

# One Qt application per process, and widgets need a QApplication. Other tests (the PDF report) create a
# QGuiApplication when none exists; creating the QApplication at collection time, before any test runs,
# makes theirs reuse this one instead of leaving a QGuiApplication that widgets cannot use.
from PySide6.QtWidgets import QApplication  # noqa: E402

_APP = QApplication.instance() or QApplication(["werktloont-tests"])


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "werktloont.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(request, qtbot, settings):
    """The main window with the example case computed and the charts built (Dutch). A module that reads no chart
    says `CHARTS = False`: its window is built without them (as before it is shown), about 0,1 s less a test. Only
    where no test looks at a chart, not even to see it hidden: without charts such a check would pass on nothing."""
    from werktloont.ui.app import create_window

    w = create_window(settings, lang="nl", build_charts=getattr(request.module, "CHARTS", True))
    # Closing at teardown must never wait for the modal "save changes?" question offscreen.
    w.casefiles.ask_unsaved = lambda: "discard"
    qtbot.addWidget(w)
    w.resize(1400, 880)
    w.load_case(example_case())  # computes at once
    w.state.finish_timeline()
    yield w
    w.languages.set("nl")  # translators belong to the application, which outlives the test


def settle(window):
    """Run the pending debounced recompute now, as the event loop would."""
    window.state.recompute_now()
    window.state.finish_timeline()
    return window.state.outcome


def draw_in_one_pass(plot) -> None:
    """The reference drawing of an income chart: a full draw of the axes, then the data, the "now" marker and the
    range names in one pass, in that order, the "now" label painted by matplotlib (none of its kept pixels)."""
    plot.now_text.forget()
    plot.canvas.draw()
    plot.canvas.restore_region(plot.layers._static[0])
    for artist in (*plot.layers.data, *plot.layers.marker, *plot.layers.names):
        if artist.get_visible():
            plot.ax.draw_artist(artist)
