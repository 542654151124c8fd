#!/usr/bin/env python3
"""Cost per agent-hour of the national model from 1e5 to 2e7 agents, 1 and 2 threads.

Runs `unrest run` on the embedded Kazakhstan scenario at scales from 0.005 to
1 (every place at the scale alone: min_place_agents=0), 360 hourly ticks, and
reports the median wall time of whole processes and the cost per agent-hour
and per marcher-hour (the agents who would go to the streets at all, the only
ones an hour's decision visits: docs/models/uprising.md, "Speed and memory").
Set-up (drawing the agents) is timed apart from the hours with run.ticks=1.

    bench/uprising_scaling.py [--unrest build/app/unrest] [--repeat 3]
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

SCALES = [0.005, 0.02, 0.1, 0.3, 1.0]


def wall_of(unrest, scale, threads, ticks, out):
    command = [unrest, "run", "--scale", str(scale), "--threads", str(threads), "--out", out,
               "-q", "--set", "min_place_agents=0"]
    if ticks is not None:
        command += ["--set", f"run.ticks={ticks}"]
    start = time.perf_counter()
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--unrest", default="build/app/unrest")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"{'agents':>12} {'threads':>7} {'wall s':>8} {'set-up s':>9} "
          f"{'ns/agent-hour':>14} {'(hours only)':>13}")
    with tempfile.TemporaryDirectory() as out:
        for scale in SCALES:
            for threads in (1, 2):
                walls = [wall_of(args.unrest, scale, threads, None, out)
                         for _ in range(args.repeat)]
                manifest = json.load(open(os.path.join(out, "manifest.json")))
                agents = manifest["summary"]["agents"]["value"]
                ticks = manifest["ticks"]
                setup = statistics.median(wall_of(args.unrest, scale, threads, 1, out)
                                          for _ in range(args.repeat))
                wall = statistics.median(walls)
                per = wall / (agents * ticks) * 1e9
                hours = (wall - setup) / (agents * ticks) * 1e9
                print(f"{agents:12,.0f} {threads:7d} {wall:8.2f} {setup:9.2f} {per:14.2f} "
                      f"{hours:13.2f}")


if __name__ == "__main__":
    main()
