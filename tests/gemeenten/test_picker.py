"""The municipality picker: Dutch order ('s-Hertogenbosch under H, IJ as a pair), search on part of the name."""

import pytest

pytest.importorskip("PySide6")

from werktloont.ui.municipality_picker import MunicipalityPicker, dutch_sorted  # noqa: E402


def test_dutch_order():
    names = ["Zwolle", "IJsselstein", "'s-Hertogenbosch", "Amsterdam", "Ede", "Den Haag", "Utrecht", "alkmaar"]
    assert dutch_sorted(names) == ["alkmaar", "Amsterdam", "Den Haag", "Ede", "'s-Hertogenbosch", "IJsselstein",
                                   "Utrecht", "Zwolle"]


def test_picker_sorts_keeps_none_first_and_searches(qtbot):
    picker = MunicipalityPicker()
    qtbot.addWidget(picker)
    picker.addItem("geen (alleen landelijke regels)", None)
    for key, label in [("utrecht", "Utrecht"), ("den_haag", "Den Haag"), ("s_hertogenbosch", "'s-Hertogenbosch"),
                       ("sudwest_fryslan", "Súdwest-Fryslân"), ("amsterdam", "Amsterdam")]:
        picker.addItem(label, key)
    assert [picker.itemData(i) for i in range(picker.count())] == [
        None, "amsterdam", "den_haag", "s_hertogenbosch", "sudwest_fryslan", "utrecht"]
    assert picker.itemData(picker.find_text("sudwest")) == "sudwest_fryslan"  # accents ignored
    assert picker.itemData(picker.find_text("HAAG")) == "den_haag"
    assert picker.find_text("d") == -1  # ambiguous: more than one name contains it
    picker.lineEdit().setText("utr")
    picker.lineEdit().editingFinished.emit()
    assert picker.currentData() == "utrecht"
    picker.lineEdit().setText("atlantis")
    picker.lineEdit().editingFinished.emit()
    assert picker.currentData() == "utrecht" and picker.lineEdit().text() == "Utrecht"
