"""unrest.run returns what `unrest run` writes for the same inputs."""

import json

import pandas as pd
import pytest

import unrest
from conftest import SMALL_KAZAKHSTAN, SMALL_KAZAKHSTAN_SETS


def read_folder(folder):
    return {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir() if p.is_file()}


def without_wall_time(manifest):
    return {k: v for k, v in manifest.items() if k != "wall_seconds"}


def assert_same_as_files(result, folder):
    written = read_folder(folder)
    assert sorted(result.texts) == sorted(written)
    for name, text in written.items():
        if name.endswith(".csv"):
            assert result.texts[name] == text, name
            pd.testing.assert_frame_equal(result.tables[name[:-4]], pd.read_csv(folder / name))
    assert without_wall_time(result.manifest) == without_wall_time(
        json.loads(written[result.kind + ".json"]))


def test_epstein_run_equals_the_files_of_unrest_run(cli, tmp_path):
    cli("run", "epstein/run2", "--seed", 7, "--set", "run.ticks=40", "--threads", 1,
        "--out", tmp_path, "--quiet")
    result = unrest.run("epstein/run2", seed=7, threads=1, **{"run.ticks": 40})
    assert isinstance(result, unrest.RunResult)
    assert_same_as_files(result, tmp_path)
    assert len(result.timeseries) == 41
    assert result.cities is None and result.fit is None
    assert result.manifest["overrides"] == ["run.ticks=40", "run.seed=7"]


def test_kazakhstan_run_equals_the_files_including_cities_and_fit(cli, tmp_path):
    cli("run", "kazakhstan-2022/scenario", *SMALL_KAZAKHSTAN_SETS, "--seed", 3, "--threads", 2,
        "--out", tmp_path, "--quiet")
    result = unrest.run("kazakhstan-2022/scenario", seed=3, threads=2, **SMALL_KAZAKHSTAN)
    assert_same_as_files(result, tmp_path)
    assert result.fit == json.loads((tmp_path / "fit.json").read_text())
    assert set(result.cities.columns) >= {"tick", "time", "place", "region", "latitude",
                                          "longitude", "protesters", "killed_cumulative"}
    assert (result.summary["killed_cumulative"]
            == result.manifest["summary"]["killed_cumulative"]["value"])
    assert result.places == json.loads((tmp_path / "places.geojson").read_text())


def test_double_underscore_keywords_are_dotted_keys():
    dotted = unrest.run("granovetter/riot-0-to-99", **{"run.ticks": 12})
    underscored = unrest.run("granovetter/riot-0-to-99", run__ticks=12)
    assert dotted.texts["timeseries.csv"] == underscored.texts["timeseries.csv"]
    assert len(dotted.timeseries) == 13


def test_ensemble_equals_the_files_of_unrest_run_runs(cli, tmp_path):
    cli("run", "kazakhstan-2022/scenario", *SMALL_KAZAKHSTAN_SETS, "--runs", 3, "--threads", 2,
        "--out", tmp_path, "--quiet")
    result = unrest.run("kazakhstan-2022/scenario", runs=3, threads=2, **SMALL_KAZAKHSTAN)
    assert isinstance(result, unrest.EnsembleResult)
    for name in ["ensemble_timeseries.csv", "ensemble_outcomes.csv", "replicates.csv",
                 "ensemble_first_protest.csv", "fit.json"]:
        assert result.texts[name] == (tmp_path / name).read_text(), name
    assert result.fit == json.loads((tmp_path / "fit.json").read_text())
    written = json.loads((tmp_path / "ensemble.json").read_text())
    for key in ["kind", "scenario", "overrides", "seed", "runs", "replicates", "unrest_version",
                "git_commit"]:
        assert result.manifest[key] == written[key], key
    assert set(result.timeseries.columns) >= {"tick", "quantity", "q05", "q50", "q95"}
    assert result.summary["killed_cumulative"] == pytest.approx(
        result.outcomes.set_index("outcome").loc["killed_cumulative", "q50"])


def test_compare_equals_unrest_compare(cli, tmp_path):
    cli("compare", "kazakhstan-2022/scenario", "kazakhstan-2022/no-shutdown",
        *SMALL_KAZAKHSTAN_SETS, "--runs", 2, "--out", tmp_path, "--quiet")
    comparison = unrest.compare("kazakhstan-2022/scenario", "kazakhstan-2022/no-shutdown",
                                runs=2, **SMALL_KAZAKHSTAN)
    assert comparison.texts["compare.csv"] == (tmp_path / "compare.csv").read_text()
    assert (comparison.texts["compare_timeseries.csv"]
            == (tmp_path / "compare_timeseries.csv").read_text())
    assert set(comparison.series["scenario"]) == {comparison.base, *comparison.others}
    assert comparison.base == "kazakhstan-2022"
    assert comparison.others == ["kazakhstan-2022-no-shutdown"]
    assert sorted(comparison.ensembles) == sorted([comparison.base, *comparison.others])


def test_scenarios_models_and_theory_match_the_command_line(cli):
    listed = unrest.scenarios()
    assert "epstein/run2" in set(listed["name"])
    assert len(listed) == len(cli("scenarios").stdout.splitlines())
    models = unrest.models()
    assert {"epstein", "granovetter", "watts", "uprising"} <= set(models)
    assert "legitimacy" in set(models["epstein"]["parameters"]["key"])
    theory = unrest.theory("watts/er-z4-phi018")
    printed = cli("theory", "watts/er-z4-phi018").stdout
    assert len(theory) > 0
    for name in theory["name"]:
        assert name in printed
