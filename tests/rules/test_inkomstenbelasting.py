"""Wet inkomstenbelasting 2001 rules (rules/wet_inkomstenbelasting_2001/inkomstenbelasting.py), by hand from the law.

2026 (text geldend 2026-01-01, https://wetten.overheid.nl/BWBR0011353/2026-01-01), below the AOW age:
- box 1 incl. premies volksverzekeringen (art. 2.10 with Wfsv art. 8-11): 35,75 % up to 38.883 (8,10 % belasting +
  17,90 % AOW + 0,10 % Anw + 9,65 % Wlz), 37,56 % up to 78.426, 49,50 % above; the Belastingdienst publishes the
  same brackets as "Tarieven 2026, jonger dan de AOW-leeftijd".
- art. 8.10 lid 2: algemene heffingskorting 3.115, less 6,398 % of the verzamelinkomen above 29.736, not below nil.
- art. 8.11 lid 2: arbeidskorting a. 8,324 % of the arbeidsinkomen, at most 996; plus b. 31,009 % above 11.965, a + b
  at most 5.300; plus c. 1,950 % above 25.845, a + b + c at most 5.685; less d. 6,51 % above 45.592, not below nil.
  (The Belastingdienst's table: "tot 11.965: 8,324 %; 11.965-25.845: 996 + 31,009 % x (AI - 11.965); 25.845-45.592:
  5.300 + 1,950 % x (AI - 25.845); 45.592-132.920: 5.685 - 6,51 % x (AI - 45.592)".)
- art. 8.14a: IACK 11,45 % of the arbeidsinkomen above 6.239, at most 3.032, with a child under 12 and no partner
  with a higher arbeidsinkomen.
- art. 8.8: the heffingskortingen are at most the tax and premies (gecombineerde inkomensheffing).
2025 (text geldend 2025-01-01): 35,82 % up to 38.441; AHK 3.068 less 6,337 % above 28.406; arbeidskorting 8,053 %
(max 980), 30,030 % above 12.169 (max 5.220), 2,258 % above 26.288 (max 5.599), less 6,51 % above 43.071.
Points are chosen away from the knikpunten, where the law's caps and the table form differ by cents.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from werktloont.params import load_pack
from werktloont.rules.wet_inkomstenbelasting_2001 import inkomstenbelasting as ib

JAN_2026, JAN_2025 = date(2026, 1, 1), date(2025, 1, 1)


def p(on: date = JAN_2026):
    return load_pack().at(on).reg("inkomstenbelasting")


def one(x) -> float:
    return float(np.ravel(x)[0])


# --- box 1 (art. 2.10 with the premies volksverzekeringen) -------------------------------------------------------

@pytest.mark.parametrize(("income", "expected", "arithmetic"), [
    (0.0, 0.0, "nothing"),
    (20_000.0, 7150.00, "35,75 % x 20.000"),
    (38_883.0, 13900.6725, "35,75 % x 38.883, the end of the first bracket"),
    (60_000.0, 21832.2177, "13.900,6725 + 37,56 % x (60.000 - 38.883 = 21.117) 7.931,5452"),
    (100_000.0, 39432.1533, "13.900,6725 + 37,56 % x 39.543 = 14.852,3508 -> 28.753,0233; + 49,50 % x 21.574"),
])
def test_box1_heffing_2026(income, expected, arithmetic):
    assert one(ib.box1_heffing(income, p())) == pytest.approx(expected, abs=0.001), arithmetic


def test_box1_heffing_2025_first_bracket():
    # 2025: 35,82 % x 20.000 = 7.164,00; 35,82 % x 38.441 = 13.769,5662 (end of the first bracket).
    assert ib.box1_heffing(np.array([20_000.0, 38_441.0]), p(JAN_2025)).tolist() == pytest.approx(
        [7164.00, 13769.5662], abs=0.001)


def test_first_bracket_rate_is_tax_plus_premies():
    # Art. 2.10 lid 1 (8,10 %) plus the premies AOW 17,90 %, Anw 0,10 % and Wlz 9,65 % = 35,75 % (2026).
    q = p()
    combined = q["premie_aow_percent"] + q["premie_anw_percent"] + q["premie_wlz_percent"] + q["box1_tarief_ib"][0][
        "rate"]
    assert combined == pytest.approx(35.75, abs=1e-9)
    assert q["box1_tarief"][0]["rate"] == pytest.approx(35.75, abs=1e-9)


# --- algemene heffingskorting (art. 8.10) ------------------------------------------------------------------------

@pytest.mark.parametrize(("income", "expected", "arithmetic"), [
    (20_000.0, 3115.00, "below 29.736: the full 3.115"),
    (29_736.0, 3115.00, "at the afbouwpunt: still the full amount"),
    (50_000.0, 1818.50928, "3.115 - 6,398 % x (50.000 - 29.736 = 20.264) 1.296,49072"),
    (78_426.0, 0.0, "3.115 - 6,398 % x 48.690 = -0,19: not below nil"),
    (100_000.0, 0.0, "nil"),
])
def test_algemene_heffingskorting_2026(income, expected, arithmetic):
    assert one(ib.algemene_heffingskorting(income, p())) == pytest.approx(expected, abs=0.001), arithmetic


def test_algemene_heffingskorting_2025():
    # 3.068 - 6,337 % x (40.000 - 28.406 = 11.594) 734,71178 = 2.333,28822.
    assert one(ib.algemene_heffingskorting(40_000.0, p(JAN_2025))) == pytest.approx(2333.28822, abs=0.001)


# --- arbeidskorting (art. 8.11) ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("income", "expected", "arithmetic"), [
    (0.0, 0.0, "no arbeidsinkomen"),
    (10_000.0, 832.40, "a: 8,324 % x 10.000"),
    (20_000.0, 3487.57315, "a: 996 (cap) + b: 31,009 % x (20.000 - 11.965 = 8.035) 2.491,57315"),
    (30_000.0, 5381.0225, "a + b capped at 5.300; c: 1,950 % x (30.000 - 25.845 = 4.155) 81,0225"),
    (60_000.0, 4747.0392, "5.685 (cap) - d: 6,51 % x (60.000 - 45.592 = 14.408) 937,9608"),
    (140_000.0, 0.0, "5.685 - 6,51 % x 94.408 = 6.145,96: not below nil"),
])
def test_arbeidskorting_2026(income, expected, arithmetic):
    assert one(ib.arbeidskorting(income, p())) == pytest.approx(expected, abs=0.001), arithmetic


@pytest.mark.parametrize(("income", "law", "arithmetic"), [
    (25_845.0, 5300.00, "a + b = 996 + 31,009 % x 13.880 = 5.300,0492 -> capped at 5.300"),
    (45_592.0, 5685.00, "5.300 + 1,950 % x 19.747 = 5.685,0665 -> capped at 5.685"),
])
def test_arbeidskorting_at_the_knikpunten_within_cents_of_the_law(income, law, arithmetic):
    # At a knikpunt the pack's table form continues the row before (a few cents above the law's cap). The
    # parameter review (docs/parameter-review/inkomstenbelasting-minimumloon-ww.md) bounds this at € 0,07 a year.
    assert one(ib.arbeidskorting(income, p())) == pytest.approx(law, abs=0.07), arithmetic


def test_arbeidskorting_2025():
    # 2025: a 980 (8,053 % x 20.000 = 1.610,60 capped) + b 30,030 % x (20.000 - 12.169 = 7.831) 2.351,6493
    # = 3.331,6493; at 60.000: 5.599 - 6,51 % x (60.000 - 43.071 = 16.929) 1.102,0779 = 4.496,9221.
    got = ib.arbeidskorting(np.array([20_000.0, 60_000.0]), p(JAN_2025))
    assert got.tolist() == pytest.approx([3331.6493, 4496.9221], abs=0.001)


def test_arbeidskorting_never_decreases_up_to_its_maximum_and_never_increases_after():
    ai = np.linspace(0.0, 45_000.0, 4501)
    up = ib.arbeidskorting(ai, p())
    assert np.all(np.diff(up) >= -0.07)  # rises to the maximum (cents at the knikpunten, see above)
    down = ib.arbeidskorting(np.linspace(46_000.0, 150_000.0, 1041), p())
    assert np.all(np.diff(down) <= 0.0) and float(down[-1]) == 0.0


# --- IACK (art. 8.14a) ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("income", "eligible", "expected", "arithmetic"), [
    (6_239.0, True, 0.0, "lid 1 a: only an arbeidsinkomen of 'meer dan' 6.239"),
    (10_000.0, True, 430.6345, "11,45 % x (10.000 - 6.239 = 3.761)"),
    (32_000.0, True, 2949.6345, "11,45 % x (32.000 - 6.239 = 25.761): 2.576,10 + 373,5345"),
    (40_000.0, True, 3032.00, "11,45 % x 33.761 = 3.865,63 -> at most 3.032"),
    (20_000.0, False, 0.0, "no child under 12, or a partner with a higher arbeidsinkomen"),
])
def test_iack_2026(income, eligible, expected, arithmetic):
    assert one(ib.iack(np.array([income]), np.array([eligible]), p())) == pytest.approx(expected, abs=0.001), \
        arithmetic


# Art. 8.14a lid 1 c (2026 text, https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.14a): "hij in het
# kalenderjaar geen partner heeft, dan wel indien hij wel een partner heeft, hij in het kalenderjaar een lager
# arbeidsinkomen heeft dan zijn partner"; lid 3: "Indien het arbeidsinkomen van de belastingplichtige in het
# kalenderjaar gelijk is aan dat van zijn partner, geldt de inkomensafhankelijke combinatiekorting alleen voor de
# oudste belastingplichtige."
@pytest.mark.parametrize(("ai", "young", "partner", "ai_partner", "older", "expected", "why"), [
    (20_000.0, True, False, 0.0, True, True, "no partner, a child under 12"),
    (20_000.0, False, False, 0.0, True, False, "no child under 12 (lid 1 b)"),
    (10_000.0, True, True, 20_000.0, False, True, "the lower arbeidsinkomen of the two"),
    (20_000.0, True, True, 10_000.0, True, False, "the higher arbeidsinkomen: the partner's, not this one's"),
    (20_000.0, True, True, 0.0, True, False, "a partner without arbeidsinkomen earns less"),
    (15_000.0, True, True, 15_000.0, True, True, "equal: the older one (lid 3)"),
    (15_000.0, True, True, 15_000.0, False, False, "equal: not the younger one (lid 3)"),
    (15_000.0, True, True, 15_000.004, False, False, "equal to the cent is equal: not the younger one"),
    (14_999.99, True, True, 15_000.0, False, True, "a cent less is lower"),
    (10_000.0, False, True, 20_000.0, False, False, "lower, but no child under 12"),
])
def test_iack_eligible_partner_rule(ai, young, partner, ai_partner, older, expected, why):
    got = ib.iack_eligible(np.array([ai]), young_child=np.array([young]), has_partner=np.array([partner]),
                           partner_arbeidsinkomen=np.array([ai_partner]), older=np.array([older]))
    assert bool(got[0]) is expected, why


def test_iack_eligible_is_elementwise_over_points():
    # One household, three points of the offer: the partner's 20.000 against the taker's 10.000, 20.000, 30.000
    # (the taker is the older one): lower, equal and older, higher.
    got = ib.iack_eligible(np.array([10_000.0, 20_000.0, 30_000.0]), young_child=np.array([True]),
                           has_partner=np.array([True]), partner_arbeidsinkomen=np.array([20_000.0]),
                           older=np.array([True]))
    assert got.tolist() == [True, True, False]


# --- the heffing and the net income ----------------------------------------------------------------------------

def test_heffing_after_the_algemene_heffingskorting():
    # 20.000: 7.150 - 3.115 = 4.035; 60.000: 21.832,2177 - (3.115 - 6,398 % x 30.264 = 1.178,70928) = 20.653,50842.
    got = ib.heffing_na_ahk(np.array([20_000.0, 60_000.0]), p())
    assert got.tolist() == pytest.approx([4035.00, 20653.50842], abs=0.001)


def test_net_income_of_an_employee_2026():
    # Arbeidsinkomen 20.000: 7.150 - AHK 3.115 - arbeidskorting 3.487,57315 = 547,42685 due;
    # net 20.000 - 547,42685 = 19.452,57315.
    q = p()
    ak = ib.arbeidskorting(20_000.0, q)
    assert one(ib.netto_jaar(20_000.0, ak, q)) == pytest.approx(19452.57315, abs=0.001)


def test_kortingen_never_make_the_tax_negative():
    # Art. 8.8: 10.000: 3.575 - 3.115 - 832,40 < 0: nothing due, net 10.000 (no negative tax);
    # a single parent at 20.000 with IACK 11,45 % x 13.761 = 1.575,6345: 547,43 - 1.575,63 < 0: net 20.000.
    q = p()
    assert one(ib.netto_jaar(10_000.0, ib.arbeidskorting(10_000.0, q), q)) == pytest.approx(10_000.0, abs=0.001)
    kortingen = ib.arbeidskorting(20_000.0, q) + ib.iack(np.array([20_000.0]), np.array([True]), q)
    assert one(ib.netto_jaar(20_000.0, kortingen, q)) == pytest.approx(20_000.0, abs=0.001)


def test_gross_from_net_is_the_inverse_for_given_kortingen():
    # The gemeente's bruteren: the gross income that leaves a net amount, with the same kortingen (3.487,57315).
    q = p()
    assert one(ib.bruto_uit_netto_jaar(19452.57315, 3487.57315, q)) == pytest.approx(20_000.0, abs=0.01)
    # Below the point where the tax after AHK equals the kortingen nothing is due: gross = net.
    assert one(ib.bruto_uit_netto_jaar(9_000.0, 832.40, q)) == pytest.approx(9_000.0, abs=0.001)
