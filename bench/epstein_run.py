#!/usr/bin/env python3
"""Whole-process cost of the classic model against Mesa's, per agent-step.

Runs `unrest run epstein/run2-mesa` (Run 2's inputs under Mesa's rules: 40 x 40,
1,000 steps, files written, one thread) as whole processes after a warm-up, and
reports the median wall time and the cost per agent-step counted as Mesa counts
it (every citizen and cop, jailed or not, every step), beside Mesa's cost on a
2-core machine like ours: 26,000 to 28,000 agent-steps a second (docs/models/
epstein.md, "Speed"). With --against, a second build runs in turn with the
first, run by run, and the ratio of each pair is reported too: the machine's
speed drifts, a paired ratio holds.

    bench/epstein_run.py [--unrest build/app/unrest] [--against OTHER] [--repeat 11]
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

MESA_AGENT_STEPS_PER_S = (26_000, 28_000)


def wall_of(unrest, out):
    command = [unrest, "run", "epstein/run2-mesa", "--threads", "1", "--out", out, "-q"]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def agent_steps(out):
    """Citizens and cops times steps, from the run's own files."""
    with open(os.path.join(out, "manifest.json")) as f:
        manifest = json.load(f)
    with open(os.path.join(out, "timeseries.csv")) as f:
        header = f.readline().strip().split(",")
        first = dict(zip(header, f.readline().strip().split(",")))
    agents = sum(float(first[k]) for k in ("quiet", "active", "jailed", "cops"))
    return agents * manifest["ticks"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--unrest", default="build/app/unrest")
    ap.add_argument("--against", help="a second build of unrest, run in turn with the first")
    ap.add_argument("--repeat", type=int, default=11)
    args = ap.parse_args()
    builds = [args.unrest] + ([args.against] if args.against else [])
    with tempfile.TemporaryDirectory() as out:
        for build in builds:
            wall_of(build, out)  # warm-up: page cache, first-run costs
        walls = {build: [] for build in builds}
        for _ in range(args.repeat):
            for build in builds:
                walls[build].append(wall_of(build, out))
        steps = agent_steps(out)
    print(f"{'build':<40} {'wall s':>8} {'ns/agent-step':>14} {'x Mesa':>12}")
    for build in builds:
        wall = statistics.median(walls[build])
        per = wall / steps * 1e9
        low, high = (rate * wall / steps for rate in MESA_AGENT_STEPS_PER_S)
        print(f"{build:<40} {wall:8.3f} {per:14.1f} {1 / high:5.0f}-{1 / low:<5.0f}")
    if args.against:
        ratios = [a / b for a, b in zip(walls[args.unrest], walls[args.against])]
        print(f"paired ratio {args.unrest} / {args.against}: median {statistics.median(ratios):.3f}"
              f" (min {min(ratios):.3f}, max {max(ratios):.3f}, {len(ratios)} pairs)")


if __name__ == "__main__":
    main()
