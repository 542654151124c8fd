"""The observed record of a scenario (its [data] observed file), in the
forms the plots overlay: when each named city first protested, and the
national totals (killed, injured)."""

import pandas as pd

from . import _unrest, api


def _start_of(date):
    """The earliest moment of a record's date: "2022-01-04", "2022-01-04T14:00",
    or an interval "a/b"."""
    return pd.to_datetime(str(date).split("/")[0])


def observed(scenario):
    """The scenario's observed.csv as a frame, or None if it has none."""
    try:
        return api.data(scenario, "observed")
    except _unrest.InputError:
        return None


def places(scenario):
    """The scenario's places with their coordinates and population (its
    [data] cities file). Raises ValueError for a scenario without places."""
    try:
        return api.data(scenario, "cities")
    except _unrest.InputError as e:
        raise ValueError(f"{scenario}: no places to map ({e})") from e


def first_protests(record):
    """The record's first protests: a sorted Series of times, one per named city."""
    rows = record[record["kind"] == "first_protest"]
    return pd.Series([_start_of(d) for d in rows["date"]], index=rows["place"]).sort_values()


def national_totals(record, unit):
    """The record's national figures of one unit ("killed"): a list of numbers."""
    rows = record[(record["kind"] == "outcome") & (record["place"] == "nation")
                  & (record["unit"] == unit)]
    values = pd.to_numeric(rows["value"].astype(str).str.lstrip(">=<"), errors="coerce")
    return [v for v in values if pd.notna(v)]
