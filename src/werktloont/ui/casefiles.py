"""Case files in the app: new conversation, open, save, save as, recent files, and the unsaved-changes prompt.

Client data reaches the disk only here, when the user saves. Saving is atomic (werktloont.casefile); a damaged
or foreign file gives a calm Dutch message and leaves the case on screen untouched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from werktloont import api
from werktloont.casefile import (
    ChangedSinceOpened,
    ReadOnlyTarget,
    changes_since_saved,
    clean_stale_temps,
    file_stamp,
    read_case,
    save_case,
)
from werktloont.errors import WerktloontError
from werktloont.model.case import parse_case
from werktloont.ui.dialogs import open_file, save_file
from werktloont.ui.settings_check import recent_paths
from werktloont.userdirs import save_start, start_folder  # the Documents folder, not the program's own

MAX_RECENT = 6
# Bookkeeping the engine adds on save; a difference there is not an unsaved change of the user.
_BOOKKEEPING = ("computed", "pack_version")


def _comparable(case: dict) -> dict:
    return {k: v for k, v in case.items() if k not in _BOOKKEEPING and v is not None}


def _changed(given, shown) -> bool:
    """Whether the form shows something else than the file gave; only what the file sets is compared (a field it
    leaves out gets the engine's default in both)."""
    if isinstance(given, dict):
        if not isinstance(shown, dict):
            return any(v not in (None, 0, 0.0, False, [], {}) for v in given.values())
        return any(_changed(v, shown.get(k)) for k, v in given.items() if v is not None)
    if isinstance(given, list):
        return not isinstance(shown, list) or len(given) != len(shown) or any(map(_changed, given, shown))
    if isinstance(given, int | float) and not isinstance(given, bool):
        return not isinstance(shown, int | float) or abs(float(given) - float(shown)) > 0.004
    return given != shown


class CaseFiles(QObject):
    changed = Signal()  # path or saved state changed: the window updates its title and recent menu

    def __init__(self, window, settings=None):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.path: Path | None = None
        self._saved: dict | None = None
        self.example = False  # the example case is on screen (the title says so)
        # The file's (mtime, size) when it was opened or last saved: a save over a file changed since then warns.
        self._stamp: tuple[int, int] | None = None
        # Replaceable for tests: returns "save", "discard" or "cancel".
        self.ask_unsaved = self._ask_unsaved
        self.ask_readonly = self._ask_readonly  # True: overwrite the read-only file
        self.ask_changed = self._ask_changed    # "overwrite", "save_as" or "cancel"
        self.clean_recent_temps()

    def clean_recent_temps(self) -> int:
        """Temp files a crash during an earlier save left next to the recent cases (they hold the client's name)."""
        return sum(clean_stale_temps(path) for path in self.recent())

    # --- state ---
    def mark_saved(self) -> None:
        """The case on screen is what is on disk (or the fresh start of a conversation)."""
        self._saved = _comparable(self.window.inputs.case())
        self.changed.emit()

    def is_dirty(self) -> bool:
        return self._saved is not None and _comparable(self.window.inputs.case()) != self._saved

    def title_name(self) -> str:
        name = self.path.name if self.path else (self.tr("voorbeeldcasus") if self.example else
                                                 self.tr("nieuwe casus"))
        return name + (" *" if self.is_dirty() else "")

    # --- actions ---
    def new_conversation(self, case: dict, example: bool = False) -> bool:
        if not self.maybe_save():
            return False
        self.path = None
        self._stamp = None
        self.example = example
        self.window.load_case(case)
        self.mark_saved()
        return True

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.path.parent) if self.path else start_folder()
        path = open_file(self.window, self.tr("Casus openen"), start, self.tr("Casus (*.json)"))
        if path:
            self.open(path)

    def open(self, path: str | Path) -> bool:
        """Open a case file; on any problem show why and keep the current case."""
        try:
            case = read_case(path)
        except WerktloontError as exc:
            self.window.notice.show_message(str(exc))
            if not Path(path).exists():
                self._forget_recent(Path(path))
            return False
        try:
            # What `werktloont calc` refuses, the window refuses too, with the same message.
            result = api.calculate(case, lang=self.window.state.lang, timeline=False)
        except WerktloontError as exc:
            self.window.notice.show_message(f"{Path(path).name}: {exc}")
            return False
        data = case.model_dump(mode="json")
        self.window.notice.hide()  # a message about the case on screen goes with it; this file's own follow
        self.path = Path(path)
        self._stamp = file_stamp(path)
        self.example = False
        self.window.load_case(data)
        self.mark_saved()
        self._remember(self.path)
        notices = [n for n in (self._pack_notice(case, result), self._adjusted_notice(data)) if n]
        if notices:
            self.window.notice.show_message("\n".join(notices))
        return True

    def _adjusted_notice(self, data: dict) -> str | None:
        """What the form could not show as it is in the file: said in words, and the case counts as changed."""
        shown = self.window.inputs.case()
        lines = []
        if (data.get("job") is None) != (shown.get("job") is None) or _changed(data.get("job"), shown.get("job")):
            lines.append(self.tr("Het baanaanbod is aangepast aan het formulier."))
        for key, text in (("household", self.tr("Het huishouden is aangepast aan het formulier.")),
                          ("assets", self.tr("Het vermogen is aangepast aan het formulier.")),
                          ("date", self.tr("De rekendatum is aangepast aan het formulier.")),
                          ("municipality", self.tr("De gemeente is aangepast aan het formulier."))):
            if _changed(data.get(key), shown.get(key)):
                lines.append(text)
        if not lines:
            return None
        self._saved = _comparable(data)  # the file as it was: the adjusted case on screen is an unsaved change
        self.changed.emit()
        return self.tr("Bij het openen aangepast (nog niet opgeslagen):") + " " + " ".join(lines)

    def _pack_notice(self, case, result: dict) -> str | None:
        """What a newer pack changed for this case, from the result computed when it was opened."""
        if not case.pack_version:
            return None
        lines = changes_since_saved(case, result, lang=self.window.state.lang)
        return "\n".join(lines) if lines else None

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        suggested = str(self.path) if self.path else save_start(self.tr("casus.json"))
        path = save_file(self.window, self.tr("Casus opslaan"), suggested,
                                              self.tr("Casus (*.json)"))
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        return self._write(Path(path))

    def _write(self, path: Path, overwrite_readonly: bool = False, check_stamp: bool = True) -> bool:
        data = self.window.inputs.case()
        try:
            case = parse_case(data)
        except WerktloontError as exc:
            self.window.notice.show_message(self.tr("Opslaan kan nog niet: {reason}").format(reason=str(exc)))
            return False
        try:
            result = api.calculate(case, timeline=False)
        except WerktloontError:
            result = None  # still save what the user typed: losing input is worse than a missing summary
        same_file = self.path is not None and path.resolve() == self.path.resolve()
        try:
            save_case(path, case, result, overwrite_readonly=overwrite_readonly,
                      expected_stamp=self._stamp if check_stamp and same_file else None)
        except ReadOnlyTarget:
            if not self.ask_readonly(path):
                return False
            return self._write(path, overwrite_readonly=True, check_stamp=check_stamp)
        except ChangedSinceOpened:
            choice = self.ask_changed(path)
            if choice == "overwrite":
                return self._write(path, overwrite_readonly=overwrite_readonly, check_stamp=False)
            return self.save_as() if choice == "save_as" else False
        except WerktloontError as exc:
            self.window.notice.show_message(str(exc))
            return False
        self.path = path
        self._stamp = file_stamp(path)
        self.mark_saved()
        self._remember(path)
        return True

    def maybe_save(self) -> bool:
        """Before the case on screen goes away: offer to save unsaved changes. False = the user cancelled."""
        if not self.is_dirty():
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def unsaved_box(self) -> QMessageBox:
        """"Save the changes?", with an accelerator on every button (Alt+O, Alt+N, Alt+A)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Niet opgeslagen"))
        box.setText(self.tr("De casus is veranderd. Wilt u de wijzigingen opslaan?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        for button, text in ((QMessageBox.StandardButton.Save, self.tr("&Opslaan")),
                             (QMessageBox.StandardButton.Discard, self.tr("&Niet opslaan")),
                             (QMessageBox.StandardButton.Cancel, self.tr("&Annuleren"))):
            box.button(button).setText(text)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return box

    def _ask_unsaved(self) -> str:
        choice = self.unsaved_box().exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(choice), "cancel")

    def readonly_box(self, path: Path) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Alleen-lezen"))
        box.setText(self.tr("{name} is alleen-lezen. Wilt u het toch overschrijven?").format(name=path.name))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Overschrijven"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def _ask_readonly(self, path: Path) -> bool:
        return QMessageBox.StandardButton(self.readonly_box(path).exec()) == QMessageBox.StandardButton.Yes

    def changed_box(self, path: Path) -> tuple[QMessageBox, dict]:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Bestand is veranderd"))
        box.setText(self.tr("{name} is opnieuw opgeslagen sinds u het opende, in een ander venster of door een "
                            "ander programma. Als u nu opslaat, gaat dat werk verloren.").format(name=path.name))
        buttons = {"overwrite": box.addButton(self.tr("&Toch overschrijven"), QMessageBox.ButtonRole.DestructiveRole),
                   "save_as": box.addButton(self.tr("Opslaan a&ls…"), QMessageBox.ButtonRole.AcceptRole)}
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        box.setDefaultButton(buttons["save_as"])
        return box, buttons

    def _ask_changed(self, path: Path) -> str:
        box, buttons = self.changed_box(path)
        box.exec()
        clicked = box.clickedButton()
        return next((name for name, button in buttons.items() if clicked is button), "cancel")

    # --- recent files (paths only; the files themselves hold the client data) ---
    def fill_recent(self, menu) -> None:
        """The "Recente casussen" menu, filled when it opens: Alt+1 ... Alt+6, then "Lijst wissen"."""
        menu.clear()
        items = self.recent()
        for i, item in enumerate(items, start=1):
            action = menu.addAction(f"&{i} {Path(item).name}")
            action.setToolTip(item)
            action.triggered.connect(lambda _c=False, item=item: self.maybe_save() and self.open(item))
        if not items:
            menu.addAction(self.tr("(geen)")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("&Lijst wissen"), self.clear_recent)

    def recent(self) -> list[str]:
        if self.settings is None:
            return []
        try:
            value = self.settings.value("recent_files", [])
        except Exception:  # noqa: BLE001 - a value Qt cannot convert: no recent cases
            return []
        return recent_paths(value, MAX_RECENT)  # a damaged settings file gives fewer recent cases, not a crash

    def _remember(self, path: Path) -> None:
        if self.settings is None:
            return
        items = [str(path.resolve())] + [p for p in self.recent() if p != str(path.resolve())]
        self.settings.setValue("recent_files", items[:MAX_RECENT])
        self.changed.emit()

    def _forget_recent(self, path: Path) -> None:
        if self.settings is None:
            return
        self.settings.setValue("recent_files", [p for p in self.recent() if Path(p) != path])
        self.changed.emit()

    def clear_recent(self) -> None:
        if self.settings is not None:
            self.settings.setValue("recent_files", [])
        self.changed.emit()
