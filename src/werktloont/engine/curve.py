"""Curves over hours or hourly wage: every component, marginal pressure, cliffs and plateaus; the solver."""

from __future__ import annotations

from operator import itemgetter

import numpy as np

from werktloont.engine import answer
from werktloont.engine.calculate import first_month_projection, projection
from werktloont.engine.components import COMPONENTS, COSTS, PARTS
from werktloont.engine.compose import compute_month
from werktloont.engine.prepared import PreparedCase, prepare
from werktloont.engine.result import add_up, cents, money
from werktloont.errors import InputError

MAX_POINTS = 200_001
CLIFF_TOLERANCE = 1.0     # euros a month: toeslagen are paid in whole euros, smaller dips are rounding
PLATEAU_METR = 0.95       # keeping at most 5 cents of each extra euro counts as "no better off"
_FEW_POINTS = 512  # as_list: below this many points numpy's own tolist is quicker
_LONG_RUN = 16  # as_list: a run of this many points or more is made from one float


def _job(prepared: PreparedCase):
    if prepared.case.job is None:
        raise InputError("job", "voor een curve is een baanaanbod nodig (uurloon en uren per week)")
    return prepared.case.job


def axis(start: float, stop: float, step: float, field: str = "step") -> np.ndarray:
    if not (np.isfinite(start) and np.isfinite(stop) and np.isfinite(step)):
        raise InputError(field, "begin, eind en stap moeten getallen zijn")
    if step <= 0:
        raise InputError("step", "de stap moet groter dan 0 zijn")
    if start < 0 or stop < start:
        raise InputError("from", "het begin moet 0 of meer zijn en niet groter dan het eind")
    n = int(np.floor((stop - start) / step + 1e-9)) + 1
    if n > MAX_POINTS:
        raise InputError("step", f"te veel punten ({n}); hoogstens {MAX_POINTS - 1}")
    return np.round(start + step * np.arange(n), 10)


_AXIS_LISTS: dict[tuple[str, str, str], tuple] = {}  # the axes asked last, as floats: the window asks the same two


def _axis_list(x: np.ndarray, start: float, stop: float, step: float) -> list:
    """The axis `axis(start, stop, step)` as a list: an axis asked before from the floats kept, in a list of its
    own (a caller may change it). Keyed by the exact bits of the three numbers the axis is made from."""
    key = (start.hex(), stop.hex(), step.hex())
    kept = _AXIS_LISTS.get(key)
    if kept is None:
        if len(_AXIS_LISTS) >= 8:
            _AXIS_LISTS.clear()
        kept = _AXIS_LISTS[key] = tuple(x.tolist())
    return list(kept)


def view_context(prepared: PreparedCase, view: str) -> answer.Context:
    """The month a view computes, read from the projection: the job's first month ("first_month"), or the first
    month of the phase the headline names ("lasting": after every temporary vrijlating of a permanent job)."""
    _month_of(view)
    proj = projection(prepared) if view == "lasting" else first_month_projection(prepared)
    # Kept with the projection (a frozen context): the window asks both curves, the solver and more of one case.
    ctx = proj.memo.get(("context", view))
    if ctx is None:
        i = answer.first_month(proj)
        if view == "lasting":
            phase_list = answer.phases(proj)
            head = answer.headline(proj, phase_list)
            if head.get("phase") is not None:
                start = phase_list[head["phase"]]["from"]
                i = next(k for k in range(proj.first, len(proj.months)) if proj.label(k) == start)
        ctx = proj.memo[("context", view)] = answer.context(proj, i)
    return ctx


def evaluate_axis(data, over: str, x: np.ndarray, pack=None, view: str = "first_month"):
    """Without-job baseline and the with-job month at every point of x (`data`: a case or a PreparedCase), in the
    month the view reads from the projection (its parameters, household, vrijlating month and asset test)."""
    prepared = prepare(data, pack)
    job = _job(prepared)
    ctx = view_context(prepared, view)
    # Point 0 is the situation without the job (the baseline); the axis follows, in one vectorised pass.
    n = len(x)
    if over == "hours":
        if np.any(x > 80):
            raise InputError("to", "hoogstens 80 uur per week")
        scale = np.concatenate([[0.0], x / job.hours_per_week if job.hours_per_week > 0 else np.zeros_like(x)])
        wage, hours = np.full(n + 1, job.hourly_wage), np.concatenate([[0.0], x])
    elif over == "wage":
        scale = _with_baseline(0.0, 1.0, n)
        wage, hours = np.concatenate([[0.0], x]), _with_baseline(0.0, job.hours_per_week, n)
    else:
        raise InputError("over", "kies 'hours' (uren per week) of 'wage' (uurloon)")
    # Taking the job at other hours: the asset test of that month blocks any bijstand; otherwise the part paid.
    job_factor = 0.0 if ctx.blocked else ctx.factor[1]
    month = compute_month(ctx.snap, ctx.hh, on=ctx.on, hourly_wage=wage, hours_per_week=hours,
                          months_into_job=_with_baseline(0, max(ctx.months_into_job, 1), n),
                          childcare_scale=scale, overlay=ctx.overlay,
                          existing_months=_with_baseline(ctx.existing_months[0], ctx.existing_months[1], n),
                          benefit_gross=_benefit(ctx, n), bijstand_factor=_with_baseline(ctx.factor[0], job_factor, n),
                          traced=False)  # the values only: a curve explains no parameter
    # The baseline as floats; the axis only for what curves use.
    schemes = tuple(k for k in month.values if k.startswith("scheme:"))  # each municipal scheme, to name a cliff
    return prepared, month.point(0), {k: month[k][1:] for k in COMPONENTS + ("gross_wage", "vakantiegeld") + schemes}


def _with_baseline(baseline, value, n: int) -> np.ndarray:
    """`baseline` at point 0, `value` at the n points of the axis."""
    out = np.full(n + 1, value)
    out[0] = baseline
    return out


def _benefit(ctx: answer.Context, n: int):
    """The month's taxable benefit (WW) at the baseline and at the n points; None without one: the pipeline then
    leaves its benefit stage out, which would add only zeros (the parts a curve rounds are the same to the bit)."""
    if ctx.benefit_gross == (0.0, 0.0):
        return None
    return np.concatenate([[ctx.benefit_gross[0]], np.full(n, ctx.benefit_gross[1])])


VIEWS = ("first_month", "lasting")


def _month_of(view: str) -> None:
    if view not in VIEWS:
        raise InputError("view", "kies 'first_month' (eerste maand) of 'lasting' (blijvend)")


def default_range(prepared: PreparedCase, over: str) -> tuple[float, float, float]:
    if over == "hours":
        return 0.0, 40.0, 0.5
    return prepared.minimum_hourly_wage, 40.0, 0.01


def runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (inclusive) of every run of True in a boolean array."""
    padded = np.zeros(mask.shape[0] + 2, dtype=bool)
    padded[1:-1] = mask
    edges = np.flatnonzero(padded[1:] != padded[:-1])  # a run's start, then the point after its end, in turn
    return edges[0::2], edges[1::2] - 1


def _cliffs(x, disposable, components: dict, xs: list | None = None) -> list[dict]:
    """Points worse off than an earlier point (beyond rounding), one range per run, vectorised over the runs (`xs`:
    x as a list, when the caller has it)."""
    runmax = np.maximum.accumulate(disposable)
    worse = disposable < runmax - CLIFF_TOLERANCE
    starts, ends = runs(worse)
    if not starts.size:
        return []
    n = len(x)
    idx = np.arange(n)
    # The peak of a run: the last point before it at the running maximum (the best point so far).
    peak = np.maximum.accumulate(np.where(disposable >= runmax - 1e-9, idx, -1))[starts - 1]
    # The low of a run: its first point with the lowest disposable income.
    marker = np.zeros(n, dtype=np.int64)
    marker[starts] = 1
    seg = np.cumsum(marker) - 1
    inside = worse & (seg >= 0)
    seg_min = np.minimum.reduceat(np.where(inside, disposable, np.inf), starts)
    first_low = np.where(inside & (disposable == seg_min[np.maximum(seg, 0)]), idx, n)
    low = np.minimum.reduceat(first_low, starts)
    names = [k for k in components if k not in ("net_wage", "disposable")]
    # What each component lost from the peak to the low (a cost that rises is a reason too): one row per component.
    change = np.stack([components[k][low] - components[k][peak] if k in COSTS
                       else components[k][peak] - components[k][low] for k in names])
    # Per run the components that lost more than 50 cents, the largest first (a stable sort: ties in their order):
    # sorted largest first, those are the first `count` of the run's names.
    named = np.array(names, dtype=object)[np.argsort(-change, axis=0, kind="stable")].T.tolist()
    count = (change > 0.5).sum(axis=0).tolist()
    loss = (runmax[starts] - disposable[low]).tolist()
    xs = x.tolist() if xs is None else xs
    return [{"kind": "cliff", "from": xs[p], "to": xs[e], "worst_at": xs[w], "loss": round(lost, 2),
             "components": c[:k]}
            for p, e, w, lost, c, k in zip(peak.tolist(), ends.tolist(), low.tolist(), loss, named, count, strict=True)]


def _plateaus(x, disposable, metr, bijstand, xs: list | None = None) -> list[dict]:
    """Runs of at least two steps that keep at most 5 % of what is earned more (no better off)."""
    d_disp = np.diff(disposable)
    # A plateau may lie inside a cliff range (worse off than before, and no better off while earning more);
    # the steps where income actually drops belong to the cliff, not to the plateau.
    flat = (metr >= PLATEAU_METR) & (d_disp > -CLIFF_TOLERANCE)
    starts, ends = runs(flat)
    keep = ends > starts  # one step of whole-euro rounding is not a plateau
    starts, ends = starts[keep], ends[keep]
    if not starts.size:
        return []
    valid = ~np.isnan(metr)
    known, ones = np.where(valid, metr, 0.0), valid.astype(int)
    sums = np.add.reduceat(known, starts)
    counts = np.add.reduceat(ones, starts)
    # reduceat runs to the next start: take the run's own part by subtracting what follows its end.
    after = np.concatenate([np.cumsum(known), [0.0]])
    after_n = np.concatenate([np.cumsum(ones), [0]])
    nxt = np.concatenate([starts[1:], [len(metr)]])
    sums = sums - (after[nxt - 1] - after[ends])
    counts = counts - (after_n[nxt - 1] - after_n[ends])
    mean = sums / np.maximum(counts, 1)
    gain = (disposable[ends + 1] - disposable[starts]).tolist()
    xs = x.tolist() if xs is None else xs
    return [{"kind": "plateau", "from": xs[a], "to": xs[b], "metr": round(m, 3), "gain": round(g, 2),
             "while_bijstand": w}
            for a, b, m, g, w in zip(starts.tolist(), (ends + 1).tolist(), mean.tolist(), gain,
                                     (bijstand[starts] > 0).tolist(), strict=True)]


def _ranges(x, disposable, gross, components: dict, xs: list | None = None, metr=None) -> list[dict]:
    """Cliffs and plateaus, in order along the axis (the words are in werktloont.texts.curve). `xs`, `metr`: x as a
    list and the marginal pressure, when the caller has them."""
    if metr is None:
        d_gross = np.diff(gross)
        with np.errstate(divide="ignore", invalid="ignore"):
            metr = np.where(d_gross > 0, 1.0 - np.diff(disposable) / d_gross, np.nan)
    xs = x.tolist() if xs is None else xs
    out = _cliffs(x, disposable, components, xs) + _plateaus(x, disposable, metr, components["bijstand"], xs)
    return sorted(out, key=itemgetter("from"))


def _metr_list(metr: np.ndarray) -> list:
    """Marginal pressure per step, 4 decimals, None where the gross wage does not rise (JSON null)."""
    out = as_list(np.round(metr, 4))
    for i in np.flatnonzero(np.isnan(metr)).tolist():
        out[i] = None
    return out


def as_list(a: np.ndarray) -> list:
    """`a.tolist()` (one dimension), quicker where values repeat over stretches of the axis (a curve's toeslagen,
    schemes and costs stay the same over long stretches, the bijstand is 0 above its income limit): the float of
    such a stretch is made once. The same value means the same bits, so the list is the same, -0.0 and NaN
    included."""
    n = a.shape[0]
    if n < _FEW_POINTS:  # a short axis: looking for runs costs more than it saves
        return a.tolist()
    if a.strides[0] == 0:  # one value broadcast over every point
        return [a[:1].tolist()[0]] * n
    bits = np.ascontiguousarray(a, dtype=float).view(np.int64)
    edges = np.flatnonzero(bits[1:] != bits[:-1]) + 1
    if edges.size * 2 > n:  # a new value at most points: nothing worth sharing
        return a.tolist()
    if edges.size * 24 > n:  # many runs: only the long ones are made once
        return _long_runs(a, np.concatenate([[0], edges, [n]]))
    bounds = [0, *edges.tolist(), n]
    out: list = []
    for v, lo, hi in zip(a[bounds[:-1]].tolist(), bounds, bounds[1:]):
        out += [v] * (hi - lo)
    return out


def _long_runs(a: np.ndarray, bounds: np.ndarray) -> list:
    """`a.tolist()` with each run of at least _LONG_RUN points made from one float; the points between them come
    from numpy's own tolist (a run of a few points costs more to repeat than to convert)."""
    long = np.flatnonzero(np.diff(bounds) >= _LONG_RUN)
    out: list = []
    pos = 0
    for lo, hi, v in zip(bounds[long].tolist(), bounds[long + 1].tolist(), a[bounds[long]].tolist()):
        if lo > pos:
            out += a[pos:lo].tolist()
        out += [v] * (hi - lo)
        pos = hi
    out += a[pos:].tolist()
    return out


def _column(a: np.ndarray, shape: tuple) -> np.ndarray:
    """A component over the axis rounded to cents: a value the same at every point is rounded once."""
    a = a if a.shape == shape else np.broadcast_to(a, shape)
    if a.shape[0] and a.strides[0] == 0:
        return np.broadcast_to(cents(a[:1]), shape)
    return cents(a)


def curve(data, over: str = "hours", start=None, stop=None, step=None, pack=None, view: str = "first_month") -> dict:
    """Every component over hours or hourly wage, in codes and numbers (`werktloont.api` adds the words).

    The components at each point are rounded to cents and `disposable` is their sum, as in a result. `view`:
    "first_month" (default, month 1 of the job, as gain_per_month) or "lasting" (after every temporary vrijlating)."""
    prepared = prepare(data, pack)
    _job(prepared)
    d_start, d_stop, d_step = default_range(prepared, over) if over in ("hours", "wage") else (0, 0, 1)
    bounds = (float(d_start if start is None else start), float(d_stop if stop is None else stop),
              float(d_step if step is None else step))
    x = axis(*bounds)
    _, base, month = evaluate_axis(prepared, over, x, view=view)
    comps = {k: _column(month[k], x.shape) for k in PARTS}
    comps["disposable"] = add_up(comps)
    gross = np.broadcast_to(month["gross_wage"] + month["vakantiegeld"], x.shape)
    baseline = {k: money(base[k]) for k in PARTS}
    baseline["disposable"] = round(float(add_up(baseline)), 2)
    d_gross, d_disp = np.diff(gross), np.diff(comps["disposable"])
    with np.errstate(divide="ignore", invalid="ignore"):
        metr = np.where(d_gross > 0, 1.0 - d_disp / d_gross, np.nan)
    xs = _axis_list(x, *bounds)
    ranges = _ranges(x, comps["disposable"], gross, comps, xs=xs, metr=metr)
    return {
        "format": "werktloont-curve/1",
        "over": over,
        "view": view,
        "parameters": {"period": prepared.case.date, "pack": prepared.pack.version},
        "x": xs,
        **{k: as_list(v) for k, v in comps.items()},
        "gross_wage": cents(gross).tolist(),
        "gain": np.round(comps["disposable"] - baseline["disposable"], 2).tolist(),
        "metr": _metr_list(metr),
        "baseline": baseline,
        "ranges": _name_schemes(ranges, x, month, prepared.overlay),
    }


def _name_schemes(ranges: list[dict], x, month: dict, overlay) -> list[dict]:
    """A cliff where the municipal schemes drop names them: `schemes` [{id, kind, label}]."""
    if overlay is None:
        return ranges
    by_id = {s.id: s for s in overlay.schemes}
    amounts = [(k.split(":", 1)[1], np.broadcast_to(month[k], x.shape)) for k in month if k.startswith("scheme:")]
    for r in ranges:
        if r["kind"] != "cliff" or "municipal" not in r.get("components", ()):
            continue
        peak, low = int(np.searchsorted(x, r["from"])), int(np.searchsorted(x, r["worst_at"]))
        lost = [i for i, a in amounts if float(a[peak] - a[low]) > 0.005]
        r["schemes"] = [{"id": i, "kind": by_id[i].kind, "label": {"nl": by_id[i].label.nl, "en": by_id[i].label.en}}
                        for i in lost if i in by_id]
    return ranges


def solve(data, target_gain: float = 0.0, pack=None, view: str = "lasting") -> dict:
    """Minimum hours (at the offered wage) and minimum hourly wage (at the offered hours) for a gain >= target.
    `view`: "lasting" (default: the gain after every temporary vrijlating) or "first_month"."""
    prepared = prepare(data, pack)
    job = _job(prepared)
    _month_of(view)
    out: dict = {"target_gain": target_gain, "view": view}
    hours = axis(0.0, 80.0, 0.1)
    _, base, month = evaluate_axis(prepared, "hours", hours, view=view)
    gain = np.broadcast_to(month["disposable"], hours.shape) - base["disposable"]
    ok = np.flatnonzero((gain >= target_gain - 1e-9) & (hours > 0))
    out["hours"] = float(hours[ok[0]]) if ok.size else None
    lo = prepared.minimum_hourly_wage
    wages = axis(lo, max(lo, 100.0), 0.01)
    if job.hours_per_week > 0:
        _, base, month = evaluate_axis(prepared, "wage", wages, view=view)
        gain = np.broadcast_to(month["disposable"], wages.shape) - base["disposable"]
        ok = np.flatnonzero(gain >= target_gain - 1e-9)
        out["hourly_wage"] = float(wages[ok[0]]) if ok.size else None
    else:
        out["hourly_wage"] = None
    out["never"] = out["hours"] is None and out["hourly_wage"] is None
    return out
