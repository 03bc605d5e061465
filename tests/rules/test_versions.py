"""Rule versions by date (rules/versions.py): selection, the Dutch error, and the registered rules' sources."""

from datetime import date

import pytest

from werktloont.errors import MissingParameterError
from werktloont.rules import versions
from werktloont.rules.wet_op_de_huurtoeslag.huurtoeslag import formula_for


def test_registry_is_sound():
    assert versions.check_registry() == []


def test_huurtoeslag_formula_changes_on_1_january_2026():
    # Wet op de huurtoeslag, tekst geldend op 2026-01-01 (Wet vereenvoudiging huurtoeslag): the new formula.
    assert versions.select("huurtoeslag.formule", date(2025, 12, 31)).version == "2025"
    assert versions.select("huurtoeslag.formule", date(2026, 1, 1)).version == "2026"
    assert versions.select("huurtoeslag.formule", date(2031, 5, 1)).version == "2026"  # open-ended
    assert formula_for(date(2026, 1, 1))[0] == "2026"


def test_no_version_raises_missing_parameter_in_dutch():
    with pytest.raises(MissingParameterError) as info:
        versions.select("huurtoeslag.formule", date(2024, 12, 31))
    assert "geen rekenregel" in str(info.value) and "2024-12-31" in str(info.value)
    with pytest.raises(MissingParameterError, match="niet bekend"):
        versions.select("bestaat_niet", date(2026, 1, 1))
    with pytest.raises(MissingParameterError, match="niet bekend"):
        versions.in_force("bestaat_niet", date(2026, 1, 1))


def test_doorlopende_vermogenstoets_from_2026():
    # Participatiewet art. 34 lid 2 onder b: 'het bij de aanvang van de bijstand aanwezige vermogen' up to
    # 2025-12-31, 'het aanwezige vermogen' (lid 4 vervallen) from 2026-01-01 (wetten.overheid.nl, BWBR0015703).
    assert not versions.in_force("doorlopende_vermogenstoets", date(2025, 12, 31))
    assert versions.in_force("doorlopende_vermogenstoets", date(2026, 1, 1))
    v = versions.select("doorlopende_vermogenstoets", date(2026, 7, 1))
    assert any("wetten.overheid.nl/BWBR0015703" in (s.url or "") for s in v.sources)


def test_every_version_cites_a_publication_with_a_url():
    for v in versions.VERSIONS:
        assert v.sources and any(s.url for s in v.sources), v
        assert v.confidence in ("high", "medium", "low", "unknown")
