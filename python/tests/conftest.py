"""What the Python tests share: the command-line program built beside the
module (UNREST_PROGRAM, set by CTest), and small scenarios."""

import os
import subprocess

import matplotlib
import pytest

matplotlib.use("Agg")

# The Kazakhstan scenario, small: a few thousand agents, three days.
SMALL_KAZAKHSTAN = {"scale": 0.002, "min_place_agents": 0, "run.ticks": 72}
# The same as command-line arguments (whatever their place, --set comes
# first, then --seed, then --scale, as unrest.run's keywords do).
SMALL_KAZAKHSTAN_SETS = ["--scale", "0.002", "--set", "min_place_agents=0",
                         "--set", "run.ticks=72"]


@pytest.fixture(scope="session")
def cli():
    """Runs `unrest ARGS...` quietly and returns its completed process."""
    program = os.environ.get("UNREST_PROGRAM")
    if not program:
        pytest.fail("UNREST_PROGRAM (the unrest program to compare with) is not set; "
                    "run the Python tests through ctest")

    def run(*args, check=True):
        return subprocess.run([program, *map(str, args)], capture_output=True, text=True,
                              check=check)

    return run


def pytest_configure(config):
    # The small runs end before most of the scenario's actions; the warning
    # about it has its own test (test_errors.py).
    config.addinivalue_line("filterwarnings", "ignore::unrest.InputWarning")
