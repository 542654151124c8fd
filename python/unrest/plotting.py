"""The plots: a run's or an ensemble's national series with the record
overlaid, the places by first protest, and a comparison of scenarios. Each
draws with matplotlib and returns the figure."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import _record

# The quantities shown first, when a run records them (the uprising model).
_HEADLINE = ["protesters", "strikers", "places_protesting", "killed_cumulative",
             "injured_cumulative"]
# The record's national totals, by the series they belong to.
_RECORD_TOTALS = {"killed_cumulative": "killed", "injured_cumulative": "injured"}


def _quantities(names, wanted):
    if wanted is not None:
        wanted = [wanted] if isinstance(wanted, str) else list(wanted)
        unknown = [q for q in wanted if q not in names]
        if unknown:
            raise ValueError(f"no series {unknown}; the run records {names}")
        return wanted
    headline = [q for q in _HEADLINE if q in names]
    return headline[:4] if headline else names[:4]


def _series_names(result):
    ts = result.timeseries
    if "quantity" in ts.columns:  # an ensemble's long frame
        return list(dict.fromkeys(ts["quantity"]))
    return [c for c in ts.columns if c not in ("tick", "time")]


def _local(times):
    """Times as the scenario's clock reads them: "2022-01-04T18:00+06:00"
    becomes 18:00 on 4 January (the record's dates are on that clock too)."""
    parsed = pd.to_datetime(times, errors="coerce")
    return parsed.dt.tz_localize(None) if parsed.dt.tz is not None else parsed


def _x(frame):
    return _local(frame["time"]) if "time" in frame.columns else frame["tick"]


def _axes(n, ax):
    if ax is not None:
        axes = list(np.atleast_1d(ax))
        if len(axes) < n:
            raise ValueError(f"{n} quantities need {n} axes, got {len(axes)}")
        return axes[0].figure, axes
    fig, axes = plt.subplots(n, 1, sharex=True, figsize=(8, 2.2 * n + 0.6), squeeze=False)
    return fig, list(axes[:, 0])


def _draw_series(result, quantity, ax):
    ts = result.timeseries
    if "quantity" in ts.columns:
        rows = ts[ts["quantity"] == quantity]
        x = _x(rows)
        ax.fill_between(x, rows["q05"], rows["q95"], alpha=0.2, color="C0", label="90% of runs")
        ax.fill_between(x, rows["q25"], rows["q75"], alpha=0.35, color="C0", label="50% of runs")
        ax.plot(x, rows["q50"], color="C0", label="median")
    else:
        ax.plot(_x(ts), ts[quantity], color="C0", label="simulated")
    ax.set_ylabel(quantity.replace("_", " "))


def _overlay_record(result, quantity, ax):
    """The record on the panel it belongs to: when each named city first
    protested (a step on places_protesting), the national totals."""
    if "time" not in result.timeseries.columns:
        return
    record = _record.observed(result.scenario)
    if record is None:
        return
    if quantity == "places_protesting":
        firsts = _record.first_protests(record)
        if len(firsts):
            ax.step(firsts.values, np.arange(1, len(firsts) + 1), where="post", color="k",
                    linestyle="--", label="record: named cities protesting")
    if quantity in _RECORD_TOTALS:
        for i, value in enumerate(_record.national_totals(record, _RECORD_TOTALS[quantity])):
            ax.axhline(value, color="k", linestyle=":", label="record" if i == 0 else None)


def plot_run(result, quantities=None, ax=None):
    shown = _quantities(_series_names(result), quantities)
    fig, axes = _axes(len(shown), ax)
    for quantity, axis in zip(shown, axes):
        _draw_series(result, quantity, axis)
        _overlay_record(result, quantity, axis)
        axis.legend(loc="upper left", fontsize="small")
    name = result.manifest["scenario"]["name"]
    runs = result.manifest.get("runs")
    axes[0].set_title(f"{name}: {runs} runs" if runs else name)
    axes[-1].set_xlabel("time" if "time" in result.timeseries.columns else "tick")
    fig.autofmt_xdate()
    return fig


def _first_protest_days(result, places):
    """Days from the start to each place's first protest (NaN: none)."""
    if "quantity" in result.timeseries.columns:  # an ensemble: the median time
        start = _local(result.timeseries["time"]).min()
        firsts = result.first_protests
        if firsts is None:
            return pd.Series(np.nan, index=places)
        when = _local(firsts.set_index("city")["q50"])
        return ((when - start) / pd.Timedelta(days=1)).reindex(places)
    events = result.events
    firsts = events[events["kind"] == "first_protest"].drop_duplicates("where")
    hours = result.manifest.get("calendar", {}).get("hours_per_tick", 1)
    days = firsts.set_index("where")["tick"] * hours / 24.0
    return days.reindex(places)


def plot_map(result, ax=None):
    cities = _record.places(result.scenario)
    days = _first_protest_days(result, cities["city"]).to_numpy(dtype=float)
    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 5.5))
    fig = ax.figure
    # `population`, or `population_2021` as the Kazakhstan data name it.
    people = cities["population" if "population" in cities.columns else "population_2021"]
    size = 20 + 400 * np.sqrt(people / people.max())
    never = np.isnan(days)
    ensemble = "quantity" in result.timeseries.columns
    ax.scatter(cities["longitude"][never], cities["latitude"][never], s=size[never], c="lightgrey",
               edgecolors="grey",
               label="not in the record, or no protest in most runs" if ensemble else "no protest")
    dots = ax.scatter(cities["longitude"][~never], cities["latitude"][~never], s=size[~never],
                      c=days[~never], cmap="viridis_r", edgecolors="k")
    fig.colorbar(dots, ax=ax, label="days from the start to the first protest")
    for city, lon, lat in zip(cities["city"], cities["longitude"], cities["latitude"]):
        ax.annotate(city, (lon, lat), fontsize=6, xytext=(3, 3), textcoords="offset points")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_title(f"{result.manifest['scenario']['name']}: places by first protest")
    if never.any():
        ax.legend(loc="lower left", fontsize="small")
    return fig


def _short(name, base):
    """A counterfactual's name without its base's ("kazakhstan-2022-no-shutdown" -> "no-shutdown")."""
    return name[len(base) + 1:] if name.startswith(base + "-") else name


def _scenario_series(comparison):
    """Scenario name -> its ensemble series (base first): compare_timeseries.csv
    when the comparison wrote it, else each scenario's ensemble_timeseries."""
    if "compare_timeseries" in comparison.tables:
        frame = comparison.tables["compare_timeseries"]
        return {name: frame[frame["scenario"] == name]
                for name in dict.fromkeys(frame["scenario"])}
    return {n: e.timeseries for n, e in comparison.ensembles.items() if e is not None}


def plot_comparison(comparison, quantity=None, outcomes=None):
    table = comparison.table
    shown = list(dict.fromkeys(table["outcome"])) if outcomes is None else list(outcomes)
    series = _scenario_series(comparison)
    rows = (1 if series else 0) + int(np.ceil(len(shown) / 3))
    fig = plt.figure(figsize=(11, 3.2 * rows))
    grid = fig.add_gridspec(rows, 3)
    row = 0
    if series:
        ax = fig.add_subplot(grid[0, :])
        names = list(dict.fromkeys(next(iter(series.values()))["quantity"]))
        quantity = quantity or _quantities(names, None)[0]
        for i, (name, frame) in enumerate(series.items()):
            ts = frame[frame["quantity"] == quantity]
            x = _x(ts)
            ax.fill_between(x, ts["q25"], ts["q75"], alpha=0.25, color=f"C{i}")
            ax.plot(x, ts["q50"], color=f"C{i}", label=name + (" (base)" if i == 0 else ""))
        ax.set_ylabel(quantity.replace("_", " "))
        ax.legend(fontsize="small")
        ax.set_title(f"median and 50% of runs; {comparison.manifest['runs']} replicate pairs")
        row = 1
    for k, outcome in enumerate(shown):
        ax = fig.add_subplot(grid[row + k // 3, k % 3])
        rows_of = table[table["outcome"] == outcome]
        y = np.arange(len(rows_of))
        low = rows_of["difference_median"] - rows_of["difference_q05"]
        high = rows_of["difference_q95"] - rows_of["difference_median"]
        ax.errorbar(rows_of["difference_median"], y, xerr=[low, high], fmt="o", capsize=3)
        ax.axvline(0, color="grey", linewidth=0.8)
        ax.set_yticks(y, [_short(name, comparison.base) for name in rows_of["scenario"]],
                      fontsize="small")
        ax.set_ylim(-0.6, len(rows_of) - 0.4)
        ax.set_title(outcome.replace("_", " "), fontsize="small")
        ax.set_xlabel(f"difference from {comparison.base}", fontsize="small")
    fig.tight_layout()
    return fig
