"""What a run, an ensemble, a comparison or another results folder holds,
as pandas frames and dicts named after the files the command line writes."""

import os
import pathlib

from . import _frames, _unrest, plotting


class Result:
    """Every file of a results folder, read: `.tables` (name without .csv ->
    DataFrame), `.documents` (name without .json or .geojson -> dict) and `.texts` (file
    name -> the text the command line writes). A table or document is also an
    attribute: `result.sweep_summary`."""

    kind = "results"

    def __init__(self, files):
        self.texts = dict(files)
        top, _ = _frames.split_by_folder(self.texts)
        self.tables = _frames.LazyFiles({n: t for n, t in top.items() if n.endswith(".csv")})
        self.documents = {n.rsplit(".", 1)[0]: _frames.read_text(n, t) for n, t in top.items()
                          if n.endswith((".json", ".geojson"))}

    def __getattr__(self, name):
        # Only for names that are not attributes; unpickling asks before
        # __dict__ is filled.
        tables, documents = self.__dict__.get("tables", {}), self.__dict__.get("documents", {})
        if name in tables:
            return tables[name]
        if name in documents:
            return documents[name]
        raise AttributeError(f"{type(self).__name__} has no {name!r}; it holds "
                             f"{sorted(tables) + sorted(documents)}")

    def report(self, path="report.html"):
        """Writes the report page of these results to `path` (docs/report.md: a
        map and charts that open offline in a browser) and returns the path."""
        target = pathlib.Path(path)
        _unrest.write_report(self.texts, os.fspath(target))
        return target

    @property
    def manifest(self):
        """The folder's manifest (manifest.json, ensemble.json, sweep.json, ...)."""
        return self.documents.get(self.kind) or self.documents.get("manifest")

    def __repr__(self):
        return f"<unrest {self.kind}: {', '.join(sorted(self.texts))}>"


class RunResult(Result):
    """One run: `.timeseries` (one row per tick), `.events`, `.cities` (the
    uprising model's places per hour, else None), `.fit` (fit.json, else
    None), `.summary` (end-of-run statistics, name -> value) and `.manifest`."""

    kind = "manifest"

    @property
    def timeseries(self):
        return self.tables["timeseries"]

    @property
    def events(self):
        return self.tables["events"]

    @property
    def cities(self):
        return self.tables.get("cities")

    @property
    def fit(self):
        return self.documents.get("fit")

    @property
    def places(self):
        """places.geojson as a dict (a model with places), else None."""
        return self.documents.get("places")

    @property
    def summary(self):
        return {name: item["value"] for name, item in self.manifest["summary"].items()}

    @property
    def scenario(self):
        """What unrest.run, unrest.data and unrest.theory take to name the scenario."""
        return scenario_reference(self.manifest)

    def plot(self, quantities=None, ax=None):
        """The national series; the record's first protests overlaid. Returns the figure."""
        return plotting.plot_run(self, quantities, ax)

    def plot_map(self, ax=None):
        """The places, coloured by the hour of their first protest. Returns the figure."""
        return plotting.plot_map(self, ax)


class EnsembleResult(Result):
    """Replicates of one scenario: `.timeseries` (ensemble_timeseries.csv: per
    tick and quantity, the mean and quantiles), `.outcomes`, `.replicates`,
    `.first_protests` (models with a record, else None), `.fit` (an ensemble's
    fit.json when the command line wrote one, else None), `.summary` (the
    outcomes' medians, name -> value) and `.manifest` (ensemble.json)."""

    kind = "ensemble"

    @property
    def timeseries(self):
        return self.tables["ensemble_timeseries"]

    @property
    def outcomes(self):
        return self.tables["ensemble_outcomes"]

    @property
    def replicates(self):
        return self.tables["replicates"]

    @property
    def first_protests(self):
        return self.tables.get("ensemble_first_protest")

    @property
    def fit(self):
        return self.documents.get("fit")

    @property
    def summary(self):
        return dict(zip(self.outcomes["outcome"], self.outcomes["q50"]))

    @property
    def scenario(self):
        return scenario_reference(self.manifest)

    def plot(self, quantities=None, ax=None):
        """The national series' medians and 50% and 90% bands over the replicates,
        the record's first protests overlaid. Returns the figure."""
        return plotting.plot_run(self, quantities, ax)

    def plot_map(self, ax=None):
        """The places by their median first protest. Returns the figure."""
        return plotting.plot_map(self, ax)


class Comparison(Result):
    """Ensembles of a base scenario and others, replicate i of each sharing its
    random stream: `.table` (compare.csv: paired differences per outcome),
    `.series` (compare_timeseries.csv: each scenario's median and bands per
    tick and quantity), `.ensembles` (scenario name -> EnsembleResult, when the
    summaries are there), `.base`, `.others` and `.manifest` (compare.json)."""

    kind = "compare"

    def __init__(self, files, ensembles=None):
        super().__init__(files)
        _, folders = _frames.split_by_folder(self.texts)
        self.ensembles = dict(ensembles or {})
        for name, inner in folders.items():
            if "ensemble_timeseries.csv" in inner:
                self.ensembles.setdefault(name, EnsembleResult(inner))

    @property
    def table(self):
        return self.tables["compare"]

    @property
    def series(self):
        return self.tables["compare_timeseries"]

    @property
    def base(self):
        return self.manifest["base"]

    @property
    def others(self):
        return list(self.manifest["others"])

    def plot(self, quantity=None, outcomes=None):
        """Each scenario's national series against the base, and the paired
        differences of the outcomes with their 90% intervals. Returns the figure."""
        return plotting.plot_comparison(self, quantity, outcomes)


def scenario_reference(manifest):
    """The scenario a manifest names, as unrest.run takes it: the shipped
    scenario's name for a file under scenarios/ that is shipped, else the file."""
    from . import api

    file = manifest["scenario"]["file"]
    return api.scenario_name_of(file)
