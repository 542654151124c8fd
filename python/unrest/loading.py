"""Results folders the command line wrote, read back into the same frames."""

import json
import os

from .results import Comparison, EnsembleResult, Result, RunResult

# The manifest each command writes, and what reads its folder.
_MANIFESTS = [
    ("manifest.json", RunResult),
    ("ensemble.json", EnsembleResult),
    ("compare.json", Comparison),
    ("sweep.json", Result),
    ("calibration.json", Result),
    ("score.json", Result),
]


def _read_files(folder, names):
    files = {}
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            files[name] = f.read()
    return files


def _summary_files(folder):
    return sorted(n for n in os.listdir(folder)
                  if n.endswith((".csv", ".json", ".geojson")) and os.path.isfile(os.path.join(folder, n)))


def load(folder):
    """The results in `folder`, as the command line wrote them: a RunResult
    (`unrest run`), an EnsembleResult (`unrest run --runs`), a Comparison
    (`unrest compare`; each scenario's replicates as ensembles), or a Result
    holding every table of a sweep, a calibration or a score. A folder still
    marked INCOMPLETE, or with no manifest, raises ValueError."""
    folder = os.fspath(folder)
    if os.path.exists(os.path.join(folder, "INCOMPLETE")):
        raise ValueError(f"{folder}: incomplete (the command writing it did not finish)")
    for manifest, kind in _MANIFESTS:
        if os.path.isfile(os.path.join(folder, manifest)):
            break
    else:
        raise ValueError(f"{folder}: no manifest.json, ensemble.json, compare.json, sweep.json, "
                         "calibration.json or score.json; not a results folder of unrest")
    result = kind(_read_files(folder, _summary_files(folder)))
    if kind is Result:
        result.kind = manifest[:-len(".json")]
    if kind is Comparison:
        for name in [result.base, *result.others]:
            result.ensembles[name] = _ensemble_of_replicates(os.path.join(folder, name))
    return result


def _ensemble_of_replicates(folder):
    """A comparison's scenario folder: its replicates' digests (and store.json,
    naming the scenario and overrides), summarised by the engine as
    `unrest run --runs` summarises them."""
    from . import _unrest
    from .results import scenario_reference

    store = os.path.join(folder, "store.json")
    replicates = os.path.join(folder, "replicates")
    if not (os.path.isfile(store) and os.path.isdir(replicates)):
        return None
    with open(store, encoding="utf-8") as f:
        configuration = json.load(f)["configuration"]
    digests = []
    for name in sorted(os.listdir(replicates)):
        digests.append(_read_files(os.path.join(replicates, name), ["digest.json"])["digest.json"])
    files = _unrest.summary_files(scenario_reference(configuration),
                                  configuration["overrides"], digests)
    result = EnsembleResult(files)
    result.documents["ensemble"] = dict(configuration, runs=len(digests))
    return result
