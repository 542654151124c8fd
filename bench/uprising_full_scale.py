#!/usr/bin/env python3
"""Full-scale run of the Kazakhstan scenario: one agent per person.

Runs `unrest run kazakhstan-2022/scenario --scale 1` (about 19 million agents,
1-15 January, hourly ticks) and reports the wall time, the peak memory per
agent and the agent-updates per second.

    bench/uprising_full_scale.py [--unrest build/app/unrest] [--threads 2] [--repeat 3]
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def one_run(unrest, threads, out):
    start = time.perf_counter()
    subprocess.run([unrest, "run", "kazakhstan-2022/scenario", "--scale", "1", "--threads",
                    str(threads), "--out", out, "-q"], check=True)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--unrest", default="build/app/unrest")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    walls = []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(args.repeat):
            walls.append(one_run(args.unrest, args.threads, out))
        manifest = json.load(open(os.path.join(out, "manifest.json")))
    summary = manifest["summary"]
    agents = summary["agents"]["value"]
    ticks = manifest["ticks"] if "ticks" in manifest else 360
    # ru_maxrss of the children: the largest of the runs, in KiB on Linux.
    peak_bytes = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    wall = statistics.median(walls)
    print(f"agents               {agents:,.0f}")
    print(f"threads              {args.threads}")
    print(f"wall time (median)   {wall:.1f} s  (runs: {', '.join(f'{w:.1f}' for w in walls)})")
    print(f"peak memory          {peak_bytes / 2**20:,.0f} MiB = {peak_bytes / agents:.1f} bytes/agent")
    print(f"agent-updates/s      {agents * ticks / wall / 1e6:.1f} million "
          f"({wall / (agents * ticks) * 1e9:.1f} ns per agent-hour)")


if __name__ == "__main__":
    sys.exit(main())
