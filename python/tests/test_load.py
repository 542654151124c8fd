"""unrest.load reads what the command line wrote into the same frames."""

import json

import pandas as pd
import pytest

import unrest
from conftest import SMALL_KAZAKHSTAN, SMALL_KAZAKHSTAN_SETS


def assert_tables_are_the_files(result, folder):
    csvs = sorted(p.name for p in folder.iterdir() if p.suffix == ".csv")
    assert sorted(n + ".csv" for n in result.tables) == csvs
    for name in csvs:
        pd.testing.assert_frame_equal(result.tables[name[:-4]], pd.read_csv(folder / name))


def test_a_run_loads_as_the_same_frames_as_unrest_run_returns(cli, tmp_path):
    cli("run", "kazakhstan-2022/scenario", *SMALL_KAZAKHSTAN_SETS, "--threads", 1,
        "--out", tmp_path, "--quiet")
    loaded = unrest.load(tmp_path)
    assert isinstance(loaded, unrest.RunResult)
    assert_tables_are_the_files(loaded, tmp_path)
    ran = unrest.run("kazakhstan-2022/scenario", threads=1, **SMALL_KAZAKHSTAN)
    for name in ["timeseries", "events", "cities"]:
        pd.testing.assert_frame_equal(getattr(loaded, name), getattr(ran, name))
    assert loaded.fit == ran.fit
    assert loaded.places == ran.places == json.loads((tmp_path / "places.geojson").read_text())
    assert len(loaded.places["features"]) == len(loaded.cities["place"].unique())
    assert loaded.summary == ran.summary
    assert loaded.scenario == "kazakhstan-2022/scenario"


def test_an_ensemble_loads_with_its_fit(cli, tmp_path):
    cli("run", "kazakhstan-2022/scenario", *SMALL_KAZAKHSTAN_SETS, "--runs", 2,
        "--out", tmp_path, "--quiet")
    loaded = unrest.load(tmp_path)
    assert isinstance(loaded, unrest.EnsembleResult)
    assert_tables_are_the_files(loaded, tmp_path)
    assert loaded.manifest["runs"] == 2
    assert loaded.fit == json.loads((tmp_path / "fit.json").read_text())
    assert loaded.first_protests is not None


def test_a_sweep_loads_every_table(cli, tmp_path):
    cli("sweep", "epstein/run2", "--param", "legitimacy=0.7:0.9:2", "--runs", 1,
        "--set", "run.ticks=20", "--out", tmp_path, "--quiet")
    loaded = unrest.load(tmp_path)
    assert loaded.kind == "sweep"
    assert_tables_are_the_files(loaded, tmp_path)
    assert loaded.sweep_summary["point"].nunique() == 2
    assert loaded.manifest == json.loads((tmp_path / "sweep.json").read_text())


def test_a_comparison_loads_its_table(cli, tmp_path):
    cli("compare", "kazakhstan-2022/scenario", "kazakhstan-2022/no-shutdown",
        *SMALL_KAZAKHSTAN_SETS, "--runs", 2, "--out", tmp_path, "--quiet")
    loaded = unrest.load(tmp_path)
    assert isinstance(loaded, unrest.Comparison)
    pd.testing.assert_frame_equal(loaded.table, pd.read_csv(tmp_path / "compare.csv"))
    assert loaded.base == "kazakhstan-2022"
    assert loaded.others == ["kazakhstan-2022-no-shutdown"]
    ran = unrest.compare("kazakhstan-2022/scenario", "kazakhstan-2022/no-shutdown", runs=2,
                         **SMALL_KAZAKHSTAN)
    for name in [loaded.base, *loaded.others]:
        # The stored replicates, summarised, are the ensembles run in-process.
        assert loaded.ensembles[name].texts == ran.ensembles[name].texts


def test_a_folder_that_is_not_results_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("nothing\n")
    with pytest.raises(ValueError, match="not a results folder"):
        unrest.load(tmp_path)


def test_an_incomplete_folder_is_refused(cli, tmp_path):
    cli("run", "epstein/run2", "--set", "run.ticks=5", "--out", tmp_path, "--quiet")
    (tmp_path / "INCOMPLETE").write_text("")
    with pytest.raises(ValueError, match="incomplete"):
        unrest.load(tmp_path)


def test_a_calibration_loads_its_posterior(cli, tmp_path):
    cli("calibrate", "kazakhstan-2022/scenario", *SMALL_KAZAKHSTAN_SETS, "--population", 6,
        "--generations", 2, "--out", tmp_path, "--quiet")
    loaded = unrest.load(tmp_path)
    assert loaded.kind == "calibration"
    assert_tables_are_the_files(loaded, tmp_path)
    assert len(loaded.posterior) == 6
    assert {"particle", "weight", "distance"} <= set(loaded.posterior.columns)
    assert loaded.manifest == json.loads((tmp_path / "calibration.json").read_text())
