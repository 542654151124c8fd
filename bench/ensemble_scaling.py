#!/usr/bin/env python3
"""Replicates per second of the default scenario: 1 and 2 threads, 1, 2 and 4 MPI ranks.

Runs `unrest run --runs N` (the Kazakhstan scenario at its default scale) into
a fresh folder each time and reports replicates per second and the speed-up
over one thread. The same replicates are computed in every configuration
(replicate i is the same whatever the threads or ranks), so the figures
compare like with like. Four ranks on a 2-core machine are oversubscribed:
they show that the work divides correctly, not a speed-up.

    bench/ensemble_scaling.py [--unrest build/app/unrest] [--runs 16] [--repeat 3]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time


def timed(command, env=None):
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--unrest", default="build/app/unrest")
    ap.add_argument("--runs", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    env = dict(os.environ, OMPI_ALLOW_RUN_AS_ROOT="1", OMPI_ALLOW_RUN_AS_ROOT_CONFIRM="1",
               OMPI_MCA_rmaps_base_oversubscribe="1")
    configurations = [("1 thread", [], 1), ("2 threads", [], 2)]
    if shutil.which("mpirun"):
        for ranks in (1, 2, 4):
            configurations.append((f"{ranks} MPI rank{'s' if ranks > 1 else ''} x 1 thread",
                                   ["mpirun", "-n", str(ranks)], 1))
    results = {}
    for name, launcher, threads in configurations:
        walls = []
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as out:
                walls.append(timed(launcher + [args.unrest, "run", "--runs", str(args.runs),
                                               "--threads", str(threads), "--out", out, "-q"],
                                   env))
        results[name] = statistics.median(walls)
    base = results["1 thread"]
    print(f"{args.runs} replicates of the default scenario, median of {args.repeat}:")
    for name, wall in results.items():
        print(f"  {name:<24} {wall:7.2f} s  {args.runs / wall:6.2f} replicates/s  "
              f"speed-up {base / wall:4.2f}")


if __name__ == "__main__":
    main()
