"""Bad input raises unrest.InputError carrying the file, line and key."""

import re

import pytest

import unrest


def test_input_error_is_a_value_error():
    assert issubclass(unrest.InputError, ValueError)


def test_a_bad_value_in_a_scenario_file_names_its_file_line_and_key(tmp_path):
    scenario = tmp_path / "bad.toml"
    scenario.write_text(
        '[scenario]\nname = "bad"\nmodel = "epstein"\n\n[run]\nticks = 10\n\n'
        "[params]\nlegitimacy = 7.5\n")
    with pytest.raises(unrest.InputError) as caught:
        unrest.run(scenario)
    error = caught.value
    assert error.file == str(scenario)
    assert error.line == 9
    assert error.key == "params.legitimacy" or error.key.endswith("legitimacy")
    assert str(scenario) in str(error) and "legitimacy" in str(error)


def test_an_unknown_override_names_the_key():
    with pytest.raises(unrest.InputError) as caught:
        unrest.run("epstein/run2", no_such_parameter=1)
    assert "no_such_parameter" in caught.value.key
    assert caught.value.file


def test_an_override_out_of_range_names_the_key():
    with pytest.raises(unrest.InputError) as caught:
        unrest.run("epstein/run2", legitimacy=-1)
    assert caught.value.key.endswith("legitimacy")


def test_a_missing_scenario_names_itself():
    with pytest.raises(unrest.InputError) as caught:
        unrest.run("no/such-scenario")
    assert caught.value.file == "no/such-scenario"
    assert caught.value.line == 0


def test_too_few_runs_are_refused():
    with pytest.raises(unrest.InputError) as caught:
        unrest.run("epstein/run2", runs=0)
    assert caught.value.key == "runs"


def test_a_comparison_of_two_models_is_refused():
    with pytest.raises(unrest.InputError) as caught:
        unrest.compare("epstein/run2", "granovetter/riot-0-to-99", runs=2, run__ticks=5)
    assert caught.value.key == "scenario.model"


def test_what_does_not_stop_a_run_is_a_warning_naming_its_place():
    with pytest.warns(unrest.InputWarning) as caught:
        unrest.run("kazakhstan-2022/scenario", scale=0.002, min_place_agents=0, run__ticks=24)
    texts = [str(w.message) for w in caught]
    # The first three, located, then their number, as the command line prints them.
    assert len(texts) == 4
    assert all(re.search(r"scenario.toml:\d+:\d+: key 'schedule\[\d+\].at'", t)
               for t in texts[:3])
    assert re.fullmatch(r"and \d+ more like these", texts[3])
