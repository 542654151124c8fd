#!/usr/bin/env python3
"""How fast report.html opens: a 20-replicate ensemble of the default scenario.

Writes the ensemble and its report, then opens the page in headless Chromium
(the browser test's driver, tests/cli/report_browser.py) several times and
reports the page's size and the seconds from navigation until every chart and
the map are drawn: the first opening (a fresh renderer) and the median of the
rest.

    bench/report_open.py [--unrest build/app/unrest] [--repeat 7] [--runs 20]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # nothing written beside the test
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "cli"))
import report_browser  # noqa: E402  (the driver shared with the test)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unrest", default="build/app/unrest")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="unrest-report-bench-")
    profile = tempfile.mkdtemp(prefix="unrest-chromium-")
    try:
        folder = os.path.join(work, "ensemble")
        subprocess.run([args.unrest, "run", "--runs", str(args.runs), "--report", "--out", folder,
                        "-q"], check=True)
        page = os.path.join(folder, "report.html")
        browser = report_browser.Browser(profile)
        try:
            browser.open_tab()
            seconds = []
            for _ in range(args.repeat):
                status, took = report_browser.open_report(browser, page)
                if not status or not status["done"] or status["errors"]:
                    sys.exit(f"the page did not draw cleanly: {status}")
                seconds.append(took)
        finally:
            browser.close()
        print(f"report of a {args.runs}-replicate ensemble: {os.path.getsize(page) / 1e6:.2f} MB")
        print(f"drawn in {seconds[0]:.2f} s on first opening, median {statistics.median(seconds[1:]):.2f} s "
              f"(min {min(seconds[1:]):.2f}, max {max(seconds[1:]):.2f}) over {len(seconds) - 1} more")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
