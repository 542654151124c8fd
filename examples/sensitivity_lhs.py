#!/usr/bin/env python3
"""A sensitivity analysis of the Kazakhstan scenario driven from Python.

SciPy's Latin hypercube (scipy.stats.qmc) picks parameter points; each point
is an in-process run (`unrest.run`); a linear regression on the standardised
parameters ranks their effects on the outcomes. Then the cost of one run from
Python is measured against the same run from the command line.

    PYTHONPATH=build/python python3 examples/sensitivity_lhs.py --points 40
    PYTHONPATH=build/python python3 examples/sensitivity_lhs.py --program build/app/unrest

The runs are small (`--scale`, `min_place_agents=0`, five days) so that the
example takes seconds; drop those for the real thing.
"""

import argparse
import os
import subprocess
import tempfile
import time

import numpy as np
import pandas as pd
from scipy.stats import qmc

import unrest

SCENARIO = "kazakhstan-2022/scenario"
# Parameter ranges around the scenario's values (`unrest.models()["uprising"]`).
RANGES = {"legitimacy": (0.45, 0.65), "price_weight": (0.4, 1.6), "threshold": (0.05, 0.2)}
OUTCOMES = ["killed_cumulative", "places_protested", "peak_protesters"]
SMALL = {"min_place_agents": 0, "run.ticks": 120}


def design(points, seed):
    """A Latin hypercube over RANGES: one row per point."""
    sample = qmc.LatinHypercube(d=len(RANGES), seed=seed).random(points)
    low, high = zip(*RANGES.values())
    return pd.DataFrame(qmc.scale(sample, low, high), columns=list(RANGES))


def run_design(points, scale, seed=1):
    """Each point of the design run once in-process: parameters and outcomes."""
    rows = []
    for _, point in design(points, seed).iterrows():
        result = unrest.run(SCENARIO, seed=seed, scale=scale, threads=1, **SMALL, **point)
        rows.append({**point, **{o: result.summary[o] for o in OUTCOMES}})
    return pd.DataFrame(rows)


def effects(table):
    """Standardised regression coefficients: each outcome's change, in its
    standard deviations, per standard deviation of each parameter."""
    x = table[list(RANGES)]
    x = (x - x.mean()) / x.std()
    design_matrix = np.column_stack([np.ones(len(x)), x])
    out = {}
    for outcome in OUTCOMES:
        y = table[outcome]
        spread = y.std()
        if spread == 0:
            out[outcome] = [0.0] * len(RANGES)
            continue
        coefficients, *_ = np.linalg.lstsq(design_matrix, (y - y.mean()) / spread, rcond=None)
        out[outcome] = coefficients[1:]
    return pd.DataFrame(out, index=list(RANGES))


def cost_per_run(program, scale, repeats=7):
    """Seconds per run, in-process and as a command (which also starts a
    process and writes its files): the median of `repeats` runs each."""
    def in_process():
        unrest.run(SCENARIO, seed=1, scale=scale, threads=1, **SMALL)

    with tempfile.TemporaryDirectory() as out:
        command = [program, "run", SCENARIO, "--seed", "1", "--scale", str(scale), "--threads",
                   "1", "--out", os.path.join(out, "run"), "--quiet"]
        for key, value in SMALL.items():
            command += ["--set", f"{key}={value}"]

        def from_command_line():
            subprocess.run(command, check=True, capture_output=True)

        return _median_seconds({"python": in_process, "command line": from_command_line},
                               repeats)


def _median_seconds(works, repeats):
    """The median seconds of each work, taken in turns so that a busy
    machine slows each alike."""
    times = {name: [] for name in works}
    for _ in range(repeats):
        for name, work in works.items():
            start = time.perf_counter()
            work()
            times[name].append(time.perf_counter() - start)
    return {name: float(np.median(t)) for name, t in times.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=40, help="Latin hypercube points")
    parser.add_argument("--scale", type=float, default=0.002, help="agents per person")
    parser.add_argument("--program", help="the unrest program, to compare the cost of a run")
    args = parser.parse_args()

    import warnings
    warnings.simplefilter("ignore", unrest.InputWarning)  # a short run skips late actions
    table = run_design(args.points, args.scale)
    print(f"{args.points} points of a Latin hypercube over {', '.join(RANGES)}:")
    print(table.describe().loc[["mean", "min", "max"]].to_string(float_format="{:.3g}".format))
    print("\nstandardised effects (outcome s.d. per parameter s.d.):")
    print(effects(table).to_string(float_format="{:+.2f}".format))
    if args.program:
        cost = cost_per_run(args.program, args.scale)
        print("\nseconds per run: " + ", ".join(f"{k} {v:.4f}" for k, v in cost.items()))


if __name__ == "__main__":
    main()
