"""The case file `werktloont-case/1`: household, assets, job offer. Validated strictly, errors in Dutch."""

from __future__ import annotations

import datetime
import json
import re
from typing import Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from werktloont import jsonio
from werktloont.errors import InputError
from werktloont.validation import parse_date, problems_from

CASE_FORMAT: Final = jsonio.CASE_FORMAT


def _is_date(v: str) -> str:
    if parse_date(v) is None:
        raise ValueError(f"'{v}' is geen geldige datum (JJJJ-MM-DD)")
    return v


DateText = Annotated[str, AfterValidator(_is_date)]  # "JJJJ-MM-DD" as text, checked; the file keeps it as written

Money = Annotated[float, Field(ge=0, le=10_000_000, allow_inf_nan=False)]


def _whole(v: Any) -> Any:
    """31.0 is the whole number 31 (a spreadsheet or another program writes it so); 31.5 is not a whole number."""
    if isinstance(v, float):
        if v.is_integer():
            return int(v)
        shown = f"{v:.6g}".replace(".", ",")
        raise ValueError(f"moet een geheel getal zijn, niet {shown}")
    return v


Whole = BeforeValidator(_whole)  # before strict int validation: only a float that is whole passes


class _Strict(BaseModel):
    # strict: "24" for hours and "yes" for a bool are refused, not converted (the README promises strict input)
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class CurrentJob(_Strict):
    """An adult's existing job: same wage and tax rules as the offer (vakantiegeld on top, WML art. 15). `start`:
    when it began, so its vrijlating (art. 31 lid 2 n / 34a) is counted from then; None: taken to begin in the case
    month (the first month then has the vrijlating, the lasting answer not)."""

    hourly_wage: Annotated[float, Field(ge=0, le=1000, allow_inf_nan=False)]
    hours_per_week: Annotated[float, Field(ge=0, le=80, allow_inf_nan=False)]
    start: DateText | None = None


# Other income per kind. Taxable and counted in full for bijstand (art. 31 lid 1, 32 lid 1) and in the
# toetsingsinkomen: ww, wia, wajong, anw, alimentatie (partneralimentatie, Wet IB art. 3.101) and overig.
# kinderalimentatie: not taxed (Wet IB art. 3.101 covers only periodieke uitkeringen to the ex-partner), so not in
# the toetsingsinkomen, and not counted for bijstand (the sub-article was not read here).
OTHER_INCOME_KINDS = ("ww", "wia", "wajong", "anw", "alimentatie", "kinderalimentatie", "overig")


class OtherIncome(_Strict):
    kind: Literal["ww", "wia", "wajong", "anw", "alimentatie", "kinderalimentatie", "overig"]
    net_per_month: Money | None = None
    gross_per_month: Money | None = None

    @model_validator(mode="after")
    def _one_amount(self):
        if (self.net_per_month is None) == (self.gross_per_month is None):
            raise ValueError("geef het bedrag netto per maand óf bruto per maand (precies één van de twee)")
        return self


class Adult(_Strict):
    age: Annotated[int, Whole, Field(ge=0, le=120)]
    works: bool = False
    # the adult's own income next to bijstand, and health insurance (Wet op de zorgtoeslag art. 2 lid 4).
    current_job: CurrentJob | None = None
    other_income: list[OtherIncome] = Field(default_factory=list, max_length=10)
    zorgverzekerd: bool = True
    # Extension: a partner who is not entitled to bijstand (art. 24 Participatiewet), e.g. a student.
    bijstand_entitled: bool = True
    # Art. 20 lid 3-4 (from 2026): an 18-20-year-old whose parents cannot contribute gets the verhoging.
    parents_cannot_contribute: bool = False
    # Boetebesluit socialezekerheidswetten art. 2a lid 2: a circumstance that leads to verminderde verwijtbaarheid
    # if this adult did not report a change (e.g. a mild intellectual disability: "geestelijke toestand", onder b).
    verminderd_verwijtbaar_reden: Literal["licht_verstandelijke_beperking", "psychische_problemen",
                                          "ontwrichtende_omstandigheden", "mede_gemeente", "samenloop"] | None = None
    # Participatiewet art. 31 lid 2 y (until 2026), art. 34a lid 1 b (from 2027): medisch urenbeperkt (art. 6 lid 1
    # e): 15 % of the wage stays free without a time limit; no zoektermijn (art. 41 lid 4 b).
    medisch_urenbeperkt: bool = False
    # Participatiewet art. 23: staying in an inrichting (art. 1 onder f); the norm of art. 23, and none for an
    # 18-20-year-old (art. 13 lid 2 a).
    in_inrichting: bool = False


class Childcare(_Strict):
    type: Literal["dagopvang", "bso", "gastouder"]
    hours_per_month: Annotated[float, Field(ge=0, le=744, allow_inf_nan=False)]
    hourly_price: Annotated[float, Field(ge=0, le=1000, allow_inf_nan=False)]


class Child(_Strict):
    age: Annotated[int, Whole, Field(ge=0, le=17)]
    childcare: Childcare | None = None
    # Timeline: the calendar month (1-12) of the child's birthday, so it ages within the 24 months; unknown: fixed.
    birthday_month: Annotated[int, Whole, Field(ge=1, le=12)] | None = None


class HouseholdChange(_Strict):
    """Timeline: from `month` ("2026-09") on, the cost sharers (and their income) are as given."""

    month: str
    cost_sharers: Annotated[int, Whole, Field(ge=0, le=20)]
    cost_sharer_income: Money | None = None

    @field_validator("month")
    @classmethod
    def _month_is_month(cls, v):
        if not re.fullmatch(r"20[0-9]{2}-(0[1-9]|1[0-2])", v):
            raise ValueError(f"'{v}' is geen geldige maand (JJJJ-MM)")
        return v


class Rent(_Strict):
    base_rent: Annotated[float, Field(ge=0, le=20_000, allow_inf_nan=False)]
    service_costs: Annotated[float, Field(ge=0, le=5_000, allow_inf_nan=False)] = 0.0


class Household(_Strict):
    adults: Annotated[list[Adult], Field(min_length=1, max_length=2)]
    children: list[Child] = Field(default_factory=list, max_length=15)
    cost_sharers: Annotated[int, Whole, Field(ge=0, le=20)] = 0
    # Extension: joint gross yearly income of the cost sharers; it counts for huurtoeslag.
    cost_sharer_income: Money = 0.0
    rent: Rent | None = None
    # Timeline: a cost sharer moving in or out, in month order.
    changes: list[HouseholdChange] = Field(default_factory=list, max_length=24)
    # Art. 31 lid 2 m (from 2026): gifts and cost-saving contributions per calendar year (free up to a yearly sum).
    gifts_per_year: Money = 0.0


class AssetChange(_Strict):
    """An asset that comes (or grows) during bijstand, from `month` on: a car put in the client's name, a gift, an
    inheritance. `reported`: told to the gemeente at once (art. 17); `discovered`: the month the gemeente found out
    (not reported: the bijstand paid from `month` until then is reclaimed, art. 58).

    For the boete (art. 18a; Boetebesluit art. 2, 2a, 2aa), all optional: `reported_self` the client told the gemeente
    himself, late but before it was found and not during toezicht (`discovered` is then the month he told it);
    `earlier_warning_within_2_years` a written warning in the two years before (no warning again, art. 18a lid 4);
    `recidive` an earlier boete for the same conduct within five years (art. 18a lid 5: 150 %); `verwijtbaarheid`
    the blame as the college judged it, if it has (None: not judged, every grade is still open).

    `from`: who gave it: "ouder", "familie", "anders" or None (not said); only "ouder" makes the texts speak of a
    parent, otherwise they stay neutral. No amount changes. ("from" is a keyword: from_ in code, "from" in files.)"""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, validate_by_name=False,
                              validate_by_alias=True, serialize_by_alias=True)

    month: str
    kind: Literal["auto", "gift", "erfenis", "spaargeld", "overig"]
    value: Money
    reported: bool = False
    discovered: str | None = None
    reported_self: bool = False
    earlier_warning_within_2_years: bool = False
    recidive: bool = False
    verwijtbaarheid: Literal["geen", "verminderd", "normaal", "grove_schuld", "opzet"] | None = None
    from_: Literal["ouder", "familie", "anders"] | None = Field(default=None, alias="from")

    @field_validator("month", "discovered")
    @classmethod
    def _month_is_month(cls, v):
        if v is not None and not re.fullmatch(r"20[0-9]{2}-(0[1-9]|1[0-2])", v):
            raise ValueError(f"'{v}' is geen geldige maand (JJJJ-MM)")
        return v

    @model_validator(mode="after")
    def _discovered_after_month(self):
        if self.reported_self and (self.reported or self.discovered is None):
            raise ValueError("reported_self: zelf gemeld (later, vóór ontdekking) gaat samen met de maand van melden "
                             "bij 'discovered' en niet met 'reported' (meteen gemeld)")
        if self.discovered is not None and self.discovered < self.month:
            raise ValueError(f"de maand van ontdekken ({self.discovered}) ligt vóór de maand van de wijziging "
                             f"({self.month})")
        return self


class Assets(_Strict):
    savings: Money = 0.0
    car_value: Money = 0.0
    car_needed: bool = False
    # Art. 34 lid 2 a: euros of the car's value the gemeente leaves free (algemeen gebruikelijk or noodzakelijk);
    # unknown: the municipal overlay's amount if it has one, else nothing (the whole value counts).
    car_exempt: Money | None = None
    # Assets that come during bijstand (asset events: reclaim, boete), on top of the assets above.
    changes: list[AssetChange] = Field(default_factory=list, max_length=24)
    other: Money = 0.0
    debts: Money = 0.0
    home_equity: Money = 0.0
    # Timeline: what the household puts aside per month while the job lasts (it counts for the asset test).
    savings_per_month: Annotated[float, Field(ge=0, le=100_000, allow_inf_nan=False)] = 0.0


class Job(_Strict):
    # None: the legal (youth) minimum wage for the client's age on the case date (filled by the engine).
    hourly_wage: Annotated[float, Field(ge=0, le=1000, allow_inf_nan=False)] | None = None
    hours_per_week: Annotated[float, Field(ge=0, le=80, allow_inf_nan=False)]
    start: DateText | None = None
    contract_months: Annotated[int, Whole, Field(ge=1, le=120)] | None = None
    travel_costs: Annotated[float, Field(ge=0, le=10_000, allow_inf_nan=False)] = 0.0
    # Timeline: when the vakantiegeld is paid (WML art. 17: June by law; a cao may say May, or every month).
    vakantiegeld: Literal["juni", "mei", "maandelijks"] = "juni"
    # Timeline: years of WW-arbeidsverleden (art. 42), only if the jareneis is met; unknown: the minimum duration.
    ww_arbeidsverleden_jaren: Annotated[int, Whole, Field(ge=0, le=60)] | None = None
    # who takes the offer, 0 the first adult (default), 1 the partner.
    person: Annotated[int, Whole, Field(ge=0, le=1)] = 0
    # Pay days: every calendar month ("maand") or every four weeks ("vier_weken", 13 a year); `first_payday` (None:
    # the end of the first month, or four weeks and a week after the start for four-weekly pay).
    pay_period: Literal["maand", "vier_weken"] = "maand"
    first_payday: DateText | None = None
    # Bijstand in the job's months before the case date (art. 31 lid 2 n counts them for the vrijlating period).
    bijstand_before_case_date: bool = True


class ToeslagenAdvance(_Strict):
    """Timeline: the voorschot of the toeslagen. `income_estimate` is the yearly toetsingsinkomen the client gave
    Dienst Toeslagen (unknown: the situation without the job for a whole year); `change_reported` whether the
    client passes the new income on at the start of the job."""

    change_reported: bool = True
    income_estimate: Money | None = None


class BijstandApplication(_Strict):
    """A new application after work or WW: `zoektermijn_exempt` art. 41 lid 4 b (e.g. a medical or social
    reason), `zoektermijn_weeks` art. 41 lid 11 (the college shortens the four weeks; None: not shortened),
    `retroactive_months` art. 44 lid 5 (bijstand granted up to three months before the application)."""

    zoektermijn_exempt: bool = False
    zoektermijn_weeks: Annotated[int, Whole, Field(ge=0, le=4)] | None = None
    retroactive_months: Annotated[int, Whole, Field(ge=0, le=3)] = 0


class BijstandVerlaging(_Strict):
    """Participatiewet art. 18 lid 2: the college lowers the bijstand by `percentage` for `months` months from
    `from_month` (JJJJ-MM; None: the case month), as its afstemmingsverordening says; `basis` "norm" (a percentage of
    the bijstandsnorm, as most verordeningen have it) or "bijstand" (of the bijstand paid)."""

    percentage: Annotated[float, Field(gt=0, le=100, allow_inf_nan=False)]
    months: Annotated[int, Field(ge=1, le=36)]
    from_month: str | None = None
    basis: Literal["norm", "bijstand"] = "norm"

    @field_validator("from_month")
    @classmethod
    def _month_is_month(cls, v):
        if v is not None and not re.fullmatch(r"20[0-9]{2}-(0[1-9]|1[0-2])", v):
            raise ValueError(f"'{v}' is geen geldige maand (JJJJ-MM)")
        return v


class Computed(_Strict):
    """What the app showed when the case was saved: its parameter period and the monthly amounts."""

    period: str | None = None
    without_job: dict[str, Annotated[float, Field(allow_inf_nan=False)]] = Field(default_factory=dict)
    with_job: dict[str, Annotated[float, Field(allow_inf_nan=False)]] = Field(default_factory=dict)
    gain_per_month: Annotated[float, Field(allow_inf_nan=False)] | None = None


class SavedScenario(_Strict):
    """A variant the window keeps next to the case ("24 uur", "auto verkocht"): its name and the parts it changes;
    date and municipality are the case's. Never used in the case's own calculation."""

    name: Annotated[str, Field(min_length=1, max_length=80)]
    household: Household
    assets: Assets = Assets()
    job: Job | None = None


class DebtsArrangement(_Strict):
    """Beslag on the income, or a debt arrangement (MSNP, WSNP). `monthly_claim`: what the creditors claim per month;
    None = everything above the protected amount (beslagvrije voet or vrij te laten bedrag). `debtor`: whose debt it
    is, 0 the first adult, 1 the partner, "beide" both (a joint debt, or beslag on both incomes); only that person's
    own income is garnished and the other's income lowers the voet (Rv art. 475db). None: a single adult's own debt;
    for a couple it is taken as both (the household's income, as before this field existed), and the result says so.
    """

    kind: Literal["beslag", "msnp", "wsnp", "none"] = "none"
    monthly_claim: Money | None = None
    debtor: Literal[0, 1, "beide"] | None = None

    @field_validator("debtor", mode="before")
    @classmethod
    def _debtor_not_bool(cls, v):
        if isinstance(v, bool):  # True == 1 in Python: refuse it, as strict input refuses "yes" for a number
            raise ValueError(f"ongeldige waarde '{v}'; toegestaan: 0, 1 of 'beide'")
        return v


class Case(_Strict):
    format: Literal["werktloont-case/1"] = CASE_FORMAT
    date: DateText
    household: Household
    assets: Assets = Assets()
    job: Job | None = None
    municipality: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")] | None = None
    toeslagen_advance: ToeslagenAdvance = ToeslagenAdvance()
    # Free text for the case worker; never used in a calculation.
    note: Annotated[str, Field(max_length=5000)] | None = None
    client: Annotated[str, Field(max_length=200)] | None = None
    pack_version: str | None = None
    # Case files: the amounts as computed when the file was saved (to show what a newer pack changes).
    computed: Computed | None = None
    # Art. 41 lid 4 b, lid 11 and art. 44 lid 5: how a new bijstand application after the job is handled.
    application: BijstandApplication = BijstandApplication()
    # The window's saved scenarios (at most four), shown side by side and printed in the report.
    scenarios: list[SavedScenario] = Field(default_factory=list, max_length=4)
    # Beslag or schuldhulp; kept apart from assets.debts (that one is about the asset test).
    debts_arrangement: DebtsArrangement = DebtsArrangement()
    # Art. 18 lid 2: a verlaging (maatregel) of the bijstand for some months (the municipality's verordening).
    bijstand_verlaging: BijstandVerlaging | None = None
    # How many months the projection looks ahead from the case month (24 when not given): up to 60, the longest
    # reference period of a municipal individuele inkomenstoeslag.
    horizon_months: Annotated[int, Field(ge=1, le=60)] | None = None

    @model_validator(mode="after")
    def _job_person_exists(self):
        if self.job is not None and self.job.person >= len(self.household.adults):
            raise ValueError("job.person: het aanbod is voor de partner, maar er is geen partner ingevuld")
        return self

    @model_validator(mode="after")
    def _first_payday_after_start(self):
        job = self.job
        if job is not None and job.first_payday is not None:
            start = job.start or self.date
            if job.first_payday < start:
                raise ValueError(f"job.first_payday: de eerste betaaldag ({job.first_payday}) ligt vóór de start van "
                                 f"de baan ({start})")
            first, begin = parse_date(job.first_payday), parse_date(start)
            if first is not None and begin is not None and first > begin + datetime.timedelta(days=92):
                raise ValueError(f"job.first_payday: de eerste betaaldag ({job.first_payday}) ligt meer dan drie "
                                 f"maanden na de start van de baan ({start})")
        return self

    @model_validator(mode="after")
    def _debtor_exists(self):
        if self.debts_arrangement.debtor in (1, "beide") and len(self.household.adults) < 2:
            raise ValueError("debts_arrangement.debtor: de schuld is (ook) van de partner, maar er is geen partner "
                             "ingevuld")
        return self

    @property
    def on(self) -> datetime.date:
        on = parse_date(self.date)
        assert on is not None  # checked by DateText
        return on

    @property
    def client_adult(self) -> Adult:
        return self.household.adults[0]

    @property
    def partner(self) -> Adult | None:
        return self.household.adults[1] if len(self.household.adults) > 1 else None


def validate_input(model_cls, data: dict):
    """Validate input with a pydantic model; the first problem becomes an InputError naming the field."""
    try:
        return model_cls.model_validate(data)
    except ValidationError as exc:
        first = problems_from(exc)[0]
        raise InputError(first.path, first.message) from None


def parse_case(data: Any) -> Case:
    """Validate a case dict (or JSON text); raise InputError naming the first bad field, in Dutch."""
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError("", f"geen geldige JSON ({exc})") from None
    if not isinstance(data, dict):
        raise InputError("", "een casus moet een JSON-object zijn")
    return validate_input(Case, data)
