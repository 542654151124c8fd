"""report.html in a real browser: Debian's Chromium, headless, driven over the
DevTools protocol on a pipe (no server, no port, nothing but this process).

For the reports of a run and of a 20-replicate ensemble of the default
scenario, and of a comparison, a sweep, a calibration, a scoring and the
classic models:
no console error, no exception, no network request; every chart and the map
drawn, each part's screenshot not blank; the numbers shown equal the CSVs; the
map's slider works. The ensemble's page is under 5 MB (how fast it opens is
measured by bench/report_open.py, not here).

usage: report_browser.py UNREST WORK_FOLDER
"""

import base64
import csv
import fcntl
import html
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import matplotlib.image

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message, flush=True)
    return condition


class Browser:
    """Chromium with --remote-debugging-pipe: commands on fd 3, replies on fd 4."""

    def __init__(self, profile):
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()

        def on_3_and_4():
            # via descriptors above 4, so neither end lands on the other
            reads = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 10)
            writes = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 10)
            os.dup2(reads, 3)
            os.dup2(writes, 4)

        flags = [
            "--headless", "--remote-debugging-pipe", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-default-apps", "--hide-scrollbars",
            "--user-data-dir=" + profile,
        ]
        if os.geteuid() == 0:
            flags.append("--no-sandbox")  # Chromium refuses root otherwise
        self.process = subprocess.Popen(
            [shutil.which("chromium") or "chromium", *flags, "about:blank"],
            preexec_fn=on_3_and_4, close_fds=False, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for reply in self._read():
                if reply.get("id") == self.next_id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply.get("result", {})
                if "method" in reply:
                    self.events.append(reply)
        raise TimeoutError(method)

    def _read(self):
        chunk = os.read(self.from_browser, 1 << 20)
        if not chunk:
            raise RuntimeError("chromium closed the pipe")
        self.buffer += chunk
        *messages, self.buffer = self.buffer.split(b"\0")
        return [json.loads(m) for m in messages if m]

    def open_tab(self):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = self.send("Target.attachToTarget",
                             {"targetId": target["targetId"], "flatten": True}, session=False)
        self.session = attached["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(domain + ".enable")
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=10)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def open_report(browser, page):
    """Loads the page; returns (status, seconds until every chart was drawn)."""
    browser.events.clear()
    started = time.monotonic()
    browser.send("Page.navigate", {"url": "file://" + os.path.abspath(page)})
    while time.monotonic() - started < 60:
        if browser.evaluate("!!(window.unrestReport && window.unrestReport.done)"):
            break
        time.sleep(0.02)
    seconds = time.monotonic() - started
    status = browser.evaluate("JSON.stringify(window.unrestReport || null)")
    return json.loads(status) if status else None, seconds


def problems_logged(browser):
    """Console errors, exceptions and every request for anything but the page."""
    out = []
    for e in browser.events:
        method, params = e["method"], e.get("params", {})
        if method == "Runtime.exceptionThrown":
            out.append("exception: " + json.dumps(params["exceptionDetails"])[:300])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            out.append("console: " + json.dumps(params.get("args"))[:300])
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            out.append("log: " + params["entry"].get("text", "")[:300])
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if not url.startswith("file://"):
                out.append("request: " + url[:200])
    return out


def screenshot_part(browser, part, path):
    box = browser.evaluate(
        f"(() => {{ const r = document.getElementById({json.dumps(part)}).getBoundingClientRect();"
        " return [r.left + scrollX, r.top + scrollY, r.width, r.height]; })()")
    shot = browser.send("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": box[0], "y": box[1], "width": box[2], "height": box[3], "scale": 1}})
    data = base64.b64decode(shot["data"])
    with open(path, "wb") as f:
        f.write(data)
    pixels = matplotlib.image.imread(io.BytesIO(data), format="png")[:, :, :3]
    flat = (pixels.reshape(-1, 3) * 255).round().astype(int)
    colours = len({tuple(p) for p in flat[:: max(1, len(flat) // 200000)]})
    inked = float((flat.sum(axis=1) < 720).mean())
    return colours, inked


def read_csv(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def expected_number(folder, source):
    """The value a card names as its source, computed here from the files."""
    file, _, what = source.partition(":")
    if file == "timeseries.csv":
        rows = read_csv(os.path.join(folder, file))
        kind, column = what[:-1].split("(")
        values = [float(r[column]) for r in rows]
        return max(values) if kind == "max" else values[-1]
    if file == "places.geojson":
        with open(os.path.join(folder, file)) as f:
            features = json.load(f)["features"]
        return sum(1 for p in features if p["properties"]["first_protest_tick"] is not None)
    if file == "ensemble_outcomes.csv":
        outcome, _, column = what.rpartition(".")
        row = next(r for r in read_csv(os.path.join(folder, file)) if r["outcome"] == outcome)
        return float(row[column])
    if file == "manifest.json":
        with open(os.path.join(folder, file)) as f:
            return float(json.load(f)["summary"][what.split(".", 1)[1]]["value"])
    raise ValueError(source)


def check_report(browser, folder, name, screens, max_seconds=None, max_bytes=None):
    page = os.path.join(folder, "report.html")
    size = os.path.getsize(page)
    status, seconds = open_report(browser, page)
    print(f"{name}: {size / 1e6:.2f} MB, drawn in {seconds:.2f} s", flush=True)
    if not check(status and status["done"], f"{name}: the page never finished drawing"):
        return None
    check(not status["errors"], f"{name}: errors in the page: {status['errors'][:3]}")
    check(not status["blocked"], f"{name}: requests the page tried: {status['blocked'][:3]}")
    logged = problems_logged(browser)
    check(not logged, f"{name}: console errors or requests: {logged[:3]}")
    for part, drawn in status["parts"].items():
        if drawn["charts"] == 0:
            continue
        check(drawn["drawn"] == drawn["charts"] and drawn["marks"] > 0,
              f"{name}: part {part} drew {drawn}")
        colours, inked = screenshot_part(browser, part, os.path.join(screens, f"{name}-{part}.png"))
        check(colours >= 8 and inked >= 0.01,
              f"{name}: the screenshot of {part} looks blank ({colours} colours, "
              f"{inked:.3%} inked)")
    for card in browser.evaluate(
            "[...document.querySelectorAll('.card .value')].map(e => "
            "[e.dataset.source, e.dataset.value, e.textContent])"):
        source, value, text = card
        want = expected_number(folder, source)
        check(float(value) == want, f"{name}: {source} shows {value}, the files say {want}")
        shown = float(text.replace(",", ""))
        check(abs(shown - want) <= 1e-5 * max(1.0, abs(want)),
              f"{name}: {source} reads '{text}', the files say {want}")
    if max_seconds is not None:
        check(seconds < max_seconds, f"{name}: drawn in {seconds:.2f} s, over {max_seconds} s")
    if max_bytes is not None:
        check(size < max_bytes, f"{name}: {size} bytes, over {max_bytes}")
    return status


def check_map_slider(browser, folder):
    """At hour 0 nobody protests: every place grey; at the peak most are not."""
    with open(os.path.join(folder, "places.geojson")) as f:
        places = len(json.load(f)["features"])
    count = ("(() => { const g = document.querySelector('#map svg .mark-symbol');"
             " const p = [...g.querySelectorAll('path')];"
             " const grey = f => f === '#c9ced4' || f === 'rgb(201, 206, 212)';"
             " return [p.length, p.filter(e => grey(e.getAttribute('fill'))).length]; })()")
    drawn, grey = browser.evaluate(count)
    check(drawn == places, f"map: {drawn} circles for {places} places")
    check(grey < places, f"map: at the peak hour all {grey} places are grey")
    browser.evaluate("(() => { const s = document.querySelector('#map input[type=range]');"
                     " s.value = 0; s.dispatchEvent(new Event('input')); })()")
    deadline = time.monotonic() + 10  # the view redraws asynchronously
    while True:
        drawn, grey = browser.evaluate(count)
        if grey == places or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    check(grey == places, f"map: at hour 0, {places - grey} places are coloured as protesting")


def run(unrest, *args):
    subprocess.run([unrest, *args, "-q"], check=True)


def main():
    unrest, work = sys.argv[1], sys.argv[2]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    screens = os.path.join(work, "screenshots")
    os.makedirs(screens)
    folders = {
        "run": ["run", "--report"],
        # The second country: two products, a map of Ecuador.
        "ecuador": ["run", "ecuador-2019/scenario", "--report"],
        "ensemble": ["run", "--runs", "20", "--report"],
        "compare": ["compare", "kazakhstan-2022/scenario", "kazakhstan-2022/no-shutdown",
                    "--runs", "4", "--report"],
        "sweep": ["sweep", "kazakhstan-2022/scenario", "--param", "legitimacy=0.6:0.66:3",
                  "--report"],
        "calibration": ["calibrate", "kazakhstan-2022/scenario", "--population", "6",
                        "--generations", "2", "--predictive", "3", "--report"],
        "score": ["score", "--runs", "3", "--ablation", "--report"],
        "epstein": ["run", "epstein/run2-mesa", "--report"],
        "watts": ["run", "watts/er-z4-phi018", "--report"],
        "granovetter": ["run", "granovetter/normal-crowd", "--report"],
    }
    for name, args in folders.items():
        run(unrest, *args, "--out", os.path.join(work, name))
    # `unrest report` on a folder written without --report.
    run(unrest, "run", "--out", os.path.join(work, "plain"))
    subprocess.run([unrest, "report", os.path.join(work, "plain")], check=True,
                   stdout=subprocess.DEVNULL)

    profile = tempfile.mkdtemp(prefix="unrest-chromium-")
    browser = Browser(profile)
    try:
        browser.open_tab()
        check_report(browser, os.path.join(work, "run"), "run", screens)
        check_map_slider(browser, os.path.join(work, "run"))
        # Size is asserted; time only against a hang (this shares the machine with
        # the rest of the suite): bench/report_open.py measures how fast it opens.
        check_report(browser, os.path.join(work, "ensemble"), "ensemble", screens,
                     max_seconds=20.0, max_bytes=5_000_000)
        check_report(browser, os.path.join(work, "ecuador"), "ecuador", screens)
        check_map_slider(browser, os.path.join(work, "ecuador"))
        for name in ("plain", "compare", "sweep", "calibration", "score", "epstein", "watts",
                     "granovetter"):
            status = check_report(browser, os.path.join(work, name), name, screens)
            if status and name == "epstein":
                check(status.get("outbursts", 0) > 0, "epstein: no outburst marked")
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)
    print(f"screenshots in {screens}")
    if FAILURES:
        print(f"{len(FAILURES)} failed")
        sys.exit(1)
    print("report in the browser: every check passed")


if __name__ == "__main__":
    main()
