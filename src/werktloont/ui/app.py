"""Start the app: `run(argv)` opens the window (optionally with a case file); `screenshot()` renders it to PNG."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

log = logging.getLogger("werktloont.ui")

ORG = APP = "werktloont"
SCREEN_SIZE = (1440, 900)


def _log_to_file() -> None:
    """Log next to Qt's other app data; only exception types and code places are ever written."""
    from PySide6.QtCore import QStandardPaths

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(folder / "werktloont.log", encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def safe_trace(exc_type, tb) -> str:
    """Type and code places only: exception messages can hold client data (amounts, names), so they stay out."""
    frames = traceback.extract_tb(tb)
    places = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-8:]))
    return f"{exc_type.__name__} at {places}"


def install_excepthook(window_getter) -> None:
    """Last resort for anything unexpected: log without personal data, show a calm message, keep running."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error: %s", safe_trace(exc_type, tb))
        window = window_getter()
        if window is not None:
            try:
                window.notice.show_message(window.calm_message)
            except Exception:  # noqa: BLE001 - the message itself must never raise again
                pass

    sys.excepthook = hook


def _application(argv: list[str]):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from werktloont.ui.i18n import resources_dir

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "werktloont", *argv])
    from werktloont.report.render import register_fonts

    register_fonts()  # DejaVu Sans from matplotlib: every letter and the euro sign, also on a bare machine
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    icon = resources_dir() / "icons" / "werktloont.svg"
    if icon.is_file():
        QApplication.setWindowIcon(QIcon(str(icon)))
    return app


def create_window(settings=None, lang: str | None = None, build_charts: bool = False):
    from werktloont.ui import notice_bar, settings_check
    from werktloont.ui.i18n import Languages
    from werktloont.ui.main_window import MainWindow
    from werktloont.ui.state import AppState

    settings_check.sanitize(settings)  # a damaged remembered size is forgotten, not a crash
    languages = Languages()
    wanted = lang or (str(settings.value("language", "nl")) if settings is not None else "nl")
    languages.set(wanted)
    state = AppState(lang=languages.lang)
    window = MainWindow(state=state, settings=settings, languages=languages, build_charts=build_charts)
    notice_bar.attach(window)  # names a refused pack or overlay of the user's folders over the results
    return window


def usable_pack_problem() -> str | None:
    """None when a parameter pack loads. A pack named by $WERKTLOONT_PARAMETERS that does not load is set aside
    for this session (the bundled pack is used, and the bar over the results says why); only a broken bundled
    pack is left, as a Dutch message for a dialog: the window cannot compute anything without one."""
    from werktloont.errors import WerktloontError
    from werktloont.jsonio import clean
    from werktloont.params import load_pack
    from werktloont.params.refused import use_bundled_instead_of_environment

    try:
        load_pack()
        return None
    except WerktloontError as exc:
        if not os.environ.get("WERKTLOONT_PARAMETERS"):
            return clean(str(exc))
        use_bundled_instead_of_environment(clean(str(exc))[:4000])
    try:
        load_pack()
        return None
    except WerktloontError as exc:
        return clean(str(exc))


def _cannot_start(message: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    log.error("parameter pack cannot be loaded")
    QMessageBox.critical(None, "werktloont", "Het parameterpakket van werktloont kan niet worden geladen, dus het "
                         "venster kan niet openen. Meld dit aan de beheerder.\n\n" + message[:2000])
    return 2


def run(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings, QTimer

    from werktloont import api

    app = _application([])
    _log_to_file()
    problem = usable_pack_problem()
    if problem is not None:
        return _cannot_start(problem)
    settings = QSettings(ORG, APP)
    window = create_window(settings)
    install_excepthook(lambda: window)
    # A refused pack or overlay of the user's folders: named over the results, even before a case computes.
    window.refused_bar.show_refused(api.refused_entries(window.state.lang))
    case_files = [a for a in argv if a.endswith(".json")]
    # Without a case file: a new, empty conversation (the example is under Bestand > Voorbeeldcasus). An example
    # on screen at the start gave an answer for a rent nobody had typed.
    opened = bool(case_files) and window.load_case_file(case_files[0])
    if not opened:
        window.new_conversation(keep_notice=True)  # why the file was refused stays in view
    window.show()  # load_case (file or new conversation) has computed the answer already
    if not opened:
        window.inputs.client_age.setFocus()
    QTimer.singleShot(0, freeze_startup_objects)  # after the charts, which the window builds once it shows
    return app.exec()


def freeze_startup_objects() -> None:
    """Keep what the start built (Qt wrappers, matplotlib, the parameter pack: over 100.000 objects that live as
    long as the window) out of Python's cycle collector. Its full pass went through all of them, about 60 ms in the
    middle of a keystroke now and then; what a keystroke allocates is still collected as before."""
    import gc

    gc.collect()
    gc.freeze()


def screenshot(path: str, case_file: str | None = None, lang: str = "nl", tab: str = "hours") -> int:
    """Render the main window offscreen to a PNG: for documentation and checks. Returns an exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from werktloont.errors import WerktloontError
    from werktloont.ui.charts import TABS
    from werktloont.ui.example import example_case

    app = _application([])
    problem = usable_pack_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    window = create_window(None, lang=lang, build_charts=True)
    case = example_case()
    if case_file:
        from werktloont import api
        from werktloont.casefile import read_case

        try:  # checked like opening the file in the window: what `werktloont calc` refuses is refused here
            checked = read_case(case_file)
            api.calculate(checked, timeline=False)
        except WerktloontError as exc:
            print(f"{Path(case_file).name}: {exc}" if Path(case_file).name not in str(exc) else str(exc),
                  file=sys.stderr)
            return 2
        case = checked.model_dump(mode="json")
    window.resize(*SCREEN_SIZE)
    window.load_case(case)  # computes at once
    window.state.finish_timeline()
    if window.state.outcome is not None:
        window.breakdown.select_component("bijstand")
    if tab in TABS:
        window.charts.setCurrentIndex(TABS.index(tab))
    window.show()
    app.processEvents()
    for plot in window.charts.plots.values():
        plot.canvas.draw()
    app.processEvents()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from werktloont import atomic

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = window.grab().save(buffer, "PNG")
    buffer.close()
    window.close()
    out = Path(path)
    try:
        if not ok:
            raise WerktloontError(f"werktloont: de schermafbeelding {out.name} kon niet worden gemaakt.")
        if out.parent and not out.parent.exists():
            out.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(out, bytes(data.data()), private=False)
    except (WerktloontError, OSError) as exc:
        print(str(exc) if isinstance(exc, WerktloontError) else f"werktloont: de map van {out.name} kan niet worden "
              f"gemaakt.", file=sys.stderr)
        return 2
    return 0
