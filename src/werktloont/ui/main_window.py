"""The main window: puts the regions together and wires their signals. It never computes a rule itself."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from werktloont import __version__, api, texts
from werktloont.ui import followup
from werktloont.ui.actions import ActionsPanel
from werktloont.ui.breakdown import BreakdownTable
from werktloont.ui.casefiles import CaseFiles
from werktloont.ui.charts import ChartsPanel
from werktloont.ui.compact import CompactLayout, default_size
from werktloont.ui.coverage import CoverageNote
from werktloont.ui.debts_panel import DebtsPanel
from werktloont.ui.example import blank_case, example_case
from werktloont.ui.explanation import ExplanationPanel
from werktloont.ui.i18n import Languages
from werktloont.ui.inputs import InputsPanel
from werktloont.ui.notice import Notice
from werktloont.ui.report_actions import ReportActions
from werktloont.ui.scenarios import ScenarioPanel
from werktloont.ui.solver import SolverPanel
from werktloont.ui.state import AppState
from werktloont.ui.verdict import VerdictPanel


class MainWindow(QMainWindow):
    def __init__(self, state: AppState | None = None, settings: QSettings | None = None,
                 languages: Languages | None = None, build_charts: bool = False):
        super().__init__()
        self.settings = settings
        self.languages = languages or Languages()
        self.state = state or AppState(lang=self.languages.lang)
        self.inputs = InputsPanel(self.state)
        self.verdict = VerdictPanel()
        self.solver = SolverPanel()
        self.debts = DebtsPanel()  # beslag or schuldhulp (hidden without one)
        self.breakdown = BreakdownTable()
        self.explanation = ExplanationPanel()
        self.charts = ChartsPanel()
        self.scenarios = ScenarioPanel()
        self.todo = ActionsPanel()
        self.coverage = CoverageNote()
        self.notice = Notice()
        self.casefiles = CaseFiles(self, settings)
        self.reports = ReportActions(self)
        self._build_layout()
        self.followup = followup.install(self)  # the "Vervolg" tab: the plan, the agenda file, cash by date
        self.compact = CompactLayout(self)
        self._build_menus()
        self._connect()
        self.retranslate()
        available = self.screen().availableGeometry().size()
        size = default_size(available)
        self.compact.apply(size[0])  # before the first resize: the wide layout's minimum may exceed a small screen
        if settings is not None and settings.value("geometry") is not None:
            self.restoreGeometry(settings.value("geometry"))
        else:
            self.resize(*size)
        if build_charts:
            self.charts.build()

    # --- layout ---
    def _build_layout(self) -> None:
        scroll = QScrollArea()
        scroll.setWidget(self.inputs)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.input_scroll = scroll  # its minimum width: see CompactLayout
        self.scenario_tab = self.charts.addTab(self.scenarios, "")
        self.todo_tab = self.charts.addTab(self.todo, "")
        # Table and charts share the middle column; "waarom?" gets the full height at the right, where a
        # long explanation with its parameters and sources can be read without scrolling the chart away.
        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.breakdown)
        ml.addWidget(self.charts, 1)
        body = self.body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(middle)
        body.addWidget(self.explanation)
        body.setStretchFactor(0, 5)
        body.setStretchFactor(1, 2)
        body.setChildrenCollapsible(False)
        self.explanation.setMinimumWidth(300)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(4, 0, 0, 0)
        self.notice.setParent(right)  # floats; see Notice
        right.installEventFilter(self.notice)
        rl.addWidget(self.verdict)
        rl.addWidget(self.solver)
        rl.addWidget(self.debts)
        rl.addWidget(body, 1)
        rl.addWidget(self.coverage)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(scroll)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setChildrenCollapsible(False)
        self.setCentralWidget(main)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        cf = self.casefiles
        key = QKeySequence.StandardKey
        self.new_action = self._action(lambda: self.new_conversation(), key.New)
        self.open_action = self._action(cf.open_dialog, key.Open)
        self.save_action = self._action(cf.save, key.Save)
        self.save_as_action = self._action(cf.save_as, key.SaveAs)
        self.recent_menu = self.file_menu.addMenu("")
        self.report_action = self._action(self.reports.save_pdf_dialog)
        self.print_action = self._action(self.reports.print_dialog, key.Print)
        self.anonymous_action = QAction(self, checkable=True)
        self.anonymous_action.toggled.connect(lambda on: setattr(self.reports, "anonymous", on))
        self.example_action = self._action(lambda: cf.new_conversation(example_case(), example=True))
        self.quit_action = self._action(self.close, key.Quit)
        self.file_menu.clear()
        for action in (self.new_action, self.open_action):
            self.file_menu.addAction(action)
        self.file_menu.addMenu(self.recent_menu)
        for action in (self.save_action, self.save_as_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.report_action, self.print_action, self.anonymous_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.example_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.recent_menu.aboutToShow.connect(lambda: cf.fill_recent(self.recent_menu))
        cf.changed.connect(self._update_title)
        self.lang_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.lang_actions = {}
        for lang, name in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setEnabled(self.languages.available(lang))
            action.triggered.connect(lambda _checked=False, lang=lang: self.set_language(lang))
            group.addAction(action)
            self.lang_menu.addAction(action)
            self.lang_actions[lang] = action
        self.lang_actions[self.languages.lang].setChecked(True)
        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self._about)
        self.help_menu.addAction(self.about_action)

    def _action(self, slot, shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        """A menu action without text (retranslate names it) that calls `slot`."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _connect(self) -> None:
        self.inputs.case_changed.connect(lambda case: self.state.set_case(case, self.inputs.missing()))
        self.inputs.case_changed.connect(self._update_title)  # "*" as soon as the case differs from the file
        self.state.result_ready.connect(self._show_outcome)
        self.state.input_error.connect(self._show_input_error)
        self.state.failed.connect(self._show_failure)
        self.state.incomplete.connect(self._show_incomplete)
        self.state.timeline_ready.connect(self._show_timeline)
        self.state.timeline_failed.connect(self.coverage.show_outcome)
        self.state.missing.connect(lambda text: self.notice.show_message(text, "input"))  # a part left out
        self.breakdown.component_selected.connect(self.explanation.show_component)
        self.breakdown.component_selected.connect(self.compact.reveal_explanation)
        self.solver.target_chosen.connect(self.state.set_solver_target)
        self.solver.view_chosen.connect(self.state.set_solver_view)  # lasting by default
        self.charts.view_changed.connect(self.state.set_curve_view)
        # The wage curve is computed with each answer only while its chart is on screen (else right after).
        self.charts.currentChanged.connect(lambda _i: self.state.set_wage_shown(self.charts.current_key() == "wage"))
        self.scenarios.open_requested.connect(self._open_scenario)
        self.scenarios.changed.connect(lambda: self.inputs.set_scenarios(self.scenarios.saved()))

    # --- results ---
    def _results_valid(self, valid: bool) -> None:
        for region in (self.breakdown, self.charts, self.explanation, self.solver):
            region.setEnabled(valid)
        # A chart shows amounts too: drawn for an earlier input, it is hidden until the input is valid again
        # (only what was shown comes back: the month chart may be waiting behind its "not available" text).
        if not valid:  # a second "not valid" in a row keeps the charts the first one hid
            self._hidden_charts = [p.canvas for p in self.charts.plots.values() if not p.canvas.isHidden()] + \
                getattr(self, "_hidden_charts", [])
            for canvas in self._hidden_charts:
                canvas.setVisible(False)
        else:
            for canvas in getattr(self, "_hidden_charts", []):
                canvas.setVisible(True)
            self._hidden_charts = []

    def _show_outcome(self, outcome) -> None:
        self.inputs.clear_errors()
        if self.notice.kind == "input":
            self.notice.hide()
        self._results_valid(True)
        self._answer_actions(True)
        self.todo.show_outcome(outcome)
        self.verdict.show_outcome(outcome)
        self.breakdown.set_result(outcome.result)
        self.explanation.set_result(outcome.result)
        self.charts.show_outcome(outcome)
        self.scenarios.set_outcome(outcome)
        self.solver.show_outcome(outcome)
        self.debts.show_outcome(outcome)
        self.coverage.show_outcome(outcome)

    def _show_timeline(self, outcome) -> None:
        self.charts.show_timeline(outcome)
        self.todo.show_outcome(outcome)
        self.coverage.show_outcome(outcome)

    def _show_invalid(self, message: str) -> None:
        """No amount of an earlier input stays on screen: every region that shows a part of the answer forgets it
        (verdict, table, "waarom?", charts, car panel, scenarios' current case, to-do, follow-up, debts, solver), and
        what needs an answer (report, print) waits for the next one."""
        self.verdict.show_invalid(message)
        self.breakdown.set_result(None)
        self.explanation.set_result(None)
        self.scenarios.set_outcome(None)
        self.todo.show_outcome(None)
        self.followup.show_outcome(None)
        self.charts.forget()
        self.debts.show_outcome(None)
        self.solver.show_outcome(None)
        self.coverage.show_outcome(None)
        self._results_valid(False)
        self._answer_actions(False)

    def _answer_actions(self, on: bool) -> None:
        """The report and printing need an answer; without one their menu items are greyed (and a shortcut says
        why, see ReportActions)."""
        for action in (self.report_action, self.print_action):
            action.setEnabled(on)

    def _show_input_error(self, field: str, message: str) -> None:
        self.inputs.show_error(field, message)
        self._show_invalid(message)
        self.notice.show_message(self.tr("Controleer de invoer: {message}").format(message=message), "input")

    def _show_incomplete(self, missing: list[str]) -> None:
        """A new or half-filled case: no amount, only what is still to fill in."""
        self._show_invalid("")
        self.verdict.show_incomplete(missing)
        self.inputs.clear_errors()
        if self.notice.kind == "input":
            self.notice.hide()

    def _show_failure(self, message: str) -> None:
        self._show_invalid(message or self.calm_message())
        self.notice.show_message(message or self.calm_message, "input")

    def calm_message(self) -> str:
        return self.tr("Er ging iets onverwachts mis. Uw invoer staat er nog; probeer het opnieuw. Blijft het "
                       "gebeuren, meld het dan aan de beheerder (zonder gegevens van de klant).")

    # --- cases ---
    def load_case(self, case: dict) -> None:
        """A case (file, example, new conversation) with its own scenarios; nothing of the previous one stays."""
        self.verdict.release_height()  # the regions fit the new case again (they only grow while it is edited)
        self.breakdown.release_height()
        self.breakdown.selectionModel().clear()  # no row chosen (set_result keeps the current row otherwise)
        self.explanation.component = None  # "waarom?" of a row the previous client's table had chosen: gone
        self.scenarios.set_saved(case, lambda c: api.calculate(c, lang=self.state.lang, timeline=False))
        self.inputs.set_case(case)
        self.state.recompute_now()  # at once: not one moment of the previous case's answer next to the new case

    def _open_scenario(self, case: dict) -> None:
        """Put a scenario back in the inputs; the saved scenarios stay."""
        self.inputs.set_case({**case, "scenarios": self.scenarios.saved(),
                              **{k: v for k, v in self.inputs.case().items() if k in ("client", "note")}})

    def new_conversation(self, keep_notice: bool = False) -> None:
        """Ctrl+N: an empty case at today's norms; the form at its top, the cursor in the first field. A message
        about the previous case (its file's name, its report) goes with it, unless `keep_notice` (the start, after
        a case file named on the command line was refused: that message must stay)."""
        if self.casefiles.new_conversation(blank_case(self.today())):
            if not keep_notice:
                self.notice.hide()
            for scroll in (self.input_scroll, self.compact.scroll):  # both columns at their top: the hint in view
                scroll.verticalScrollBar().setValue(0)
            self.inputs.client_age.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.inputs.client_age.selectAll()

    def today(self) -> str:
        """Today's date for a new conversation, inside the parameter pack (the norms of the current period)."""
        first, last = self.state.coverage()
        return min(max(date.today(), first), last).isoformat()

    def load_case_file(self, path: str) -> bool:
        """Open a case file (checked, with a calm message when it cannot be used; the current case stays)."""
        return self.casefiles.open(path)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("werktloont: loont werken?") + " - " + self.casefiles.title_name())

    def about_text(self) -> str:
        m = self.state.pack.manifest
        first, last = self.state.pack.coverage
        return self.tr(
            "werktloont {version}\nParameterpakket {pack} ({label}), normen van {first} tot en met {last}, "
            "laatst gecontroleerd op {verified}.\n\nLaat zien of een baan loont voor een huishouden in de bijstand. "
            "Werkt helemaal offline: geen internet, geen updates, geen gegevens die ergens heen gaan.\n"
            "Dit is een indicatie, geen beschikking.").format(
            version=__version__, pack=self.state.pack.version, first=first.isoformat(), last=last.isoformat(),
            label=texts.components.pick((m.label.nl, m.label.en), self.state.lang), verified=m.last_verified)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("Over werktloont"), self.about_text())

    # --- language ---
    def set_language(self, lang: str) -> None:
        lang = self.languages.set(lang)
        self.lang_actions[lang].setChecked(True)
        if self.settings is not None:
            self.settings.setValue("language", lang)
        self.state.lang = lang  # municipality names and engine texts follow the language
        self.retranslate()
        self.state.set_lang(lang)

    def retranslate(self) -> None:
        self._update_title()
        self.file_menu.setTitle(self.tr("&Bestand"))
        self.new_action.setText(self.tr("&Nieuw gesprek"))
        self.open_action.setText(self.tr("Casus &openen…"))
        self.recent_menu.setTitle(self.tr("Re&cente casussen"))
        self.save_action.setText(self.tr("Casus op&slaan"))
        self.save_as_action.setText(self.tr("Casus opslaan &als…"))
        self.report_action.setText(self.tr("&Rapport opslaan als PDF…"))
        self.print_action.setText(self.tr("Af&drukken…"))
        self.anonymous_action.setText(self.tr("Anoniem afdrukken (zonder naam en notitie)"))
        self.example_action.setText(self.tr("&Voorbeeldcasus"))
        self.quit_action.setText(self.tr("Afs&luiten"))
        self.lang_menu.setTitle(self.tr("&Taal"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&Over werktloont"))
        self.notice.close_button.setText(self.tr("Sluiten"))
        self.notice.retranslate()
        self.charts.setTabText(self.scenario_tab, self.tr("Scenario's"))
        self.charts.setTabText(self.todo_tab, self.tr("Te regelen"))
        for region in (self.inputs, self.verdict, self.solver, self.breakdown, self.explanation, self.charts,
                       self.scenarios, self.todo, self.coverage):
            region.retranslate()
        self.compact.retranslate()

    # --- window events ---
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.compact.apply(event.size().width())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.charts.built:
            # Build the matplotlib figures after the first paint, so the window appears at once.
            QTimer.singleShot(0, self.charts.build)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.casefiles.maybe_save():
            event.ignore()
            return
        if self.settings is not None:
            self.settings.setValue("geometry", self.saveGeometry())
        super().closeEvent(event)
