"""Running the engine in-process: what `unrest run`, `unrest compare`,
`unrest scenarios`, `unrest models` and `unrest theory` do, returned as
frames instead of written as files."""

import os
import pathlib
import warnings

import pandas as pd

from . import _unrest
from ._overrides import assignments
from .results import Comparison, EnsembleResult, RunResult

DEFAULT_SCENARIO = "kazakhstan-2022/scenario"


class InputWarning(UserWarning):
    """Input that does not stop a run but must not pass without a word (an
    action scheduled after the run's end), with its file, line and key."""


# A shortened run may skip dozens of actions: the first few are warned of, as
# the command line prints them, then their number.
_WARNINGS_SHOWN = 3


def _files(files_and_warnings):
    """The files of a run; what reading its inputs noticed, warned of."""
    files, noticed = files_and_warnings
    noticed = list(dict.fromkeys(noticed))
    for text in noticed[:_WARNINGS_SHOWN]:
        warnings.warn(text, InputWarning, stacklevel=3)
    if len(noticed) > _WARNINGS_SHOWN:
        warnings.warn(f"and {len(noticed) - _WARNINGS_SHOWN} more like these", InputWarning,
                      stacklevel=3)
    return files


def run(scenario=DEFAULT_SCENARIO, seed=None, runs=1, threads=0, scale=None, **overrides):
    """Runs `scenario` (a shipped scenario's name or a TOML file) in-process
    and returns its result, the same as the files `unrest run` writes for the
    same arguments: a RunResult for one run, an EnsembleResult for runs > 1
    (`unrest run --runs`).

    seed, scale: as --seed and --scale. threads: OpenMP threads (0: all).
    Every other keyword is a --set: run.ticks=72 is passed as
    `**{"run.ticks": 72}` or `run__ticks=72`. Bad input raises
    unrest.InputError (a ValueError) with .file, .line and .key.
    The GIL is released while the engine works."""
    sets = assignments(overrides, seed, scale)
    name = os.fspath(scenario)
    if runs == 1:
        return RunResult(_files(_unrest.run_files(name, sets, int(threads))))
    return EnsembleResult(_files(_unrest.ensemble_files(name, sets, int(runs), int(threads))))


def compare(base, *others, runs=10, seed=None, threads=0, scale=None, **overrides):
    """Ensembles of `base` and each of `others` (counterfactuals), replicate i
    of each with the same random stream, and the paired differences of their
    outcomes: `unrest compare BASE OTHER... --runs N`. Returns a Comparison."""
    sets = assignments(overrides, seed, scale)
    names = [os.fspath(s) for s in (base, *others)]
    return Comparison(_files(_unrest.compare_files(names, sets, int(runs), int(threads))))


def scenarios():
    """The shipped scenarios (name, model, description), as `unrest scenarios`."""
    return pd.DataFrame(_unrest.scenarios(), columns=["name", "model", "description"])


def models():
    """Every model: name -> {summary, reference, parameters (a DataFrame:
    key, kind, default, unit, range, meaning, source), actions (a DataFrame)}."""
    out = {}
    for m in _unrest.models():
        out[m["name"]] = {
            "summary": m["summary"],
            "reference": m["reference"],
            "parameters": pd.DataFrame(m["parameters"],
                                       columns=["key", "kind", "default", "unit", "range",
                                                "meaning", "source"]),
            "actions": pd.DataFrame(m["actions"], columns=["name", "summary", "fields"]),
        }
    return out


def theory(scenario=DEFAULT_SCENARIO, **overrides):
    """The model's analytic results for a scenario (cascade condition,
    critical values, bounds), computed without simulating: `unrest theory`.
    Returns a DataFrame with name, value, description."""
    items = _unrest.theory(os.fspath(scenario), assignments(overrides))
    return pd.DataFrame(items, columns=["name", "value", "description"])


def data(scenario, key):
    """A scenario's data file, by its [data] key ("cities", "observed"), as a
    DataFrame of text columns converted where they are numbers."""
    header, rows = _unrest.data(os.fspath(scenario), key)
    frame = pd.DataFrame(rows, columns=header)
    for column in frame.columns:
        numbers = pd.to_numeric(frame[column], errors="coerce")
        if numbers.notna().sum() == (frame[column] != "").sum():
            frame[column] = numbers
    return frame


def scenario_name_of(file):
    """The shipped scenario's name for its file ("scenarios/epstein/run2.toml"
    -> "epstein/run2"); any other file as it is."""
    if file.startswith("embedded:"):
        return file[len("embedded:"):]
    if file.startswith("scenarios/") and file.endswith(".toml"):
        stem = file[len("scenarios/"):-len(".toml")]
        if stem in set(s["name"] for s in _unrest.scenarios()):
            return stem
    return file


def report(folder):
    """Writes FOLDER/report.html from the outputs the command line wrote there
    (`unrest report FOLDER`, docs/report.md) and returns its path."""
    return pathlib.Path(_unrest.report_folder(os.fspath(folder)))
