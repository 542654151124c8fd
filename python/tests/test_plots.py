"""The plots render on the Agg backend and show what they promise."""

import matplotlib
import matplotlib.collections
import pandas as pd
import pytest

import unrest
from conftest import SMALL_KAZAKHSTAN


@pytest.fixture(scope="module")
def run():
    return unrest.run("kazakhstan-2022/scenario", seed=2, threads=2, **SMALL_KAZAKHSTAN)


@pytest.fixture(scope="module")
def ensemble():
    return unrest.run("kazakhstan-2022/scenario", runs=3, threads=2, **SMALL_KAZAKHSTAN)


def labels(ax):
    return [line.get_label() for line in ax.get_lines()]


def render(fig):
    assert isinstance(fig, matplotlib.figure.Figure)
    assert matplotlib.get_backend().lower() == "agg"
    fig.canvas.draw()
    matplotlib.pyplot.close(fig)


def test_a_run_plots_its_national_series_with_the_record(run):
    fig = run.plot()
    axes = fig.axes
    assert [ax.get_ylabel() for ax in axes] == ["protesters", "strikers", "places protesting",
                                                "killed cumulative"]
    assert "record: named cities protesting" in labels(axes[2])
    assert "record" in labels(axes[3])
    render(fig)


def test_times_are_drawn_on_the_scenarios_clock(run):
    # time is "2022-01-01T00:00+06:00": drawn at midnight, as the record's dates are.
    assert run.timeseries["time"][0] == "2022-01-01T00:00+06:00"
    fig = run.plot(["protesters"])
    x = fig.axes[0].get_lines()[0].get_xdata()
    assert pd.Timestamp(x[0]) == pd.Timestamp("2022-01-01T00:00")
    render(fig)


def test_an_ensemble_plots_bands(ensemble):
    fig = ensemble.plot(["protesters"])
    bands = [c for c in fig.axes[0].collections
             if isinstance(c, matplotlib.collections.PolyCollection)]
    assert len(bands) == 2
    assert "3 runs" in fig.axes[0].get_title()
    render(fig)


def test_a_run_without_a_record_plots_its_own_series():
    fig = unrest.run("epstein/run2", run__ticks=30).plot(["active", "jailed"])
    assert [ax.get_ylabel() for ax in fig.axes] == ["active", "jailed"]
    render(fig)


def test_an_unknown_quantity_is_refused(run):
    with pytest.raises(ValueError, match="no series"):
        run.plot(["no_such_series"])


def test_the_map_shows_every_place(run, ensemble):
    places = unrest.data("kazakhstan-2022/scenario", "cities")
    for result in (run, ensemble):
        fig = result.plot_map()
        ax = fig.axes[0]
        points = sum(len(c.get_offsets()) for c in ax.collections)
        assert points == len(places)
        render(fig)


def test_a_scenario_without_places_has_no_map():
    with pytest.raises(ValueError, match="no places"):
        unrest.run("epstein/run2", run__ticks=5).plot_map()


def test_a_comparison_plots_series_and_differences():
    comparison = unrest.compare("kazakhstan-2022/scenario", "kazakhstan-2022/no-shutdown",
                                runs=2, threads=2, **SMALL_KAZAKHSTAN)
    fig = comparison.plot()
    outcomes = set(comparison.table["outcome"])
    assert len(fig.axes) == 1 + len(outcomes)
    assert len(fig.axes[0].get_lines()) == 2
    render(fig)


def test_a_loaded_comparison_plots_its_series_without_running(cli, tmp_path):
    cli("compare", "kazakhstan-2022/scenario", "kazakhstan-2022/no-shutdown", "--scale", 0.002,
        "--set", "min_place_agents=0", "--set", "run.ticks=72", "--runs", 2, "--out", tmp_path,
        "--quiet")
    loaded = unrest.load(tmp_path)
    series = loaded.series
    assert list(dict.fromkeys(series["scenario"])) == ["kazakhstan-2022",
                                                       "kazakhstan-2022-no-shutdown"]
    assert len(series[series["quantity"] == "protesters"]) == 2 * 73
    fig = loaded.plot("protesters")
    assert [line.get_label() for line in fig.axes[0].get_lines()] == [
        "kazakhstan-2022 (base)", "kazakhstan-2022-no-shutdown"]
    render(fig)
