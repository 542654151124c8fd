"""The examples run: the notebook executes and draws, and the sensitivity
analysis driven from Python gives outcomes that move with the parameters at
no more cost per run than the command line."""

import importlib.util
import os
import pathlib

import nbclient
import nbformat

import unrest

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples"


def test_the_kazakhstan_notebook_executes_and_draws(monkeypatch):
    # As in Jupyter: the kernel's own inline backend, not the tests' Agg.
    monkeypatch.delenv("MPLBACKEND", raising=False)
    monkeypatch.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    # The kernel imports the package the tests import, from any folder.
    package_parent = str(pathlib.Path(unrest.__file__).resolve().parents[1])
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([package_parent,
                                                      os.environ.get("PYTHONPATH", "")]))
    notebook = nbformat.read(EXAMPLES / "kazakhstan.ipynb", as_version=4)
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(EXAMPLES)}}).execute()
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 4  # run, map, ensemble, counterfactual


def load_example(name):
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_latin_hypercube_example_ranks_the_parameters():
    example = load_example("sensitivity_lhs")
    table = example.run_design(points=12, scale=0.002)
    assert len(table) == 12
    for name, (low, high) in example.RANGES.items():
        assert table[name].between(low, high).all()
    effects = example.effects(table)
    assert list(effects.index) == list(example.RANGES)
    # A lower threshold to protest means more protest, whatever else varies.
    assert effects.loc["threshold", "places_protested"] < 0


def test_a_run_from_python_costs_no_more_than_from_the_command_line():
    example = load_example("sensitivity_lhs")
    cost = example.cost_per_run(os.environ["UNREST_PROGRAM"], scale=0.002)
    # The same simulation either way; the command line also starts a process
    # and writes files. A margin for a busy machine's noise.
    assert cost["python"] <= 1.25 * cost["command line"]
