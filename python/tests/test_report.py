"""report.html from Python: a result's page, and a folder's, the same as
`unrest report` writes (docs/report.md)."""

import json
import re

import pytest

import unrest
from conftest import SMALL_KAZAKHSTAN, SMALL_KAZAKHSTAN_SETS


def inlined_files(page):
    """The output files a page holds (name -> text)."""
    found = re.search(r'<script type="application/json" id="unrest-files">(.*?)</script>', page,
                      re.S)
    assert found, "the page holds no files"
    return json.loads(found.group(1))


def test_a_result_writes_the_page_of_its_files(tmp_path):
    result = unrest.run("kazakhstan-2022/scenario", threads=1, **SMALL_KAZAKHSTAN)
    path = result.report(tmp_path / "page.html")
    assert path == tmp_path / "page.html"
    page = path.read_text(encoding="utf-8")
    assert "<title>unrest report: kazakhstan-2022</title>" in page
    assert "Content-Security-Policy" in page and "<script src" not in page
    files = inlined_files(page)
    assert sorted(files) == sorted(n for n in result.texts if n != "digest.json")
    assert files["timeseries.csv"] == result.texts["timeseries.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]  # no temporary left


def test_a_folder_writes_the_page_unrest_report_writes(cli, tmp_path):
    cli("run", "kazakhstan-2022/scenario", *SMALL_KAZAKHSTAN_SETS, "--threads", 1,
        "--out", tmp_path / "run", "--quiet")
    path = unrest.report(tmp_path / "run")
    assert path == tmp_path / "run" / "report.html"
    from_python = path.read_bytes()
    cli("report", tmp_path / "run")
    assert path.read_bytes() == from_python
    loaded = unrest.load(tmp_path / "run")
    assert inlined_files(from_python.decode("utf-8"))["cities.csv"] == loaded.texts["cities.csv"]


def test_a_folder_without_outputs_is_bad_input(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(unrest.InputError):
        unrest.report(tmp_path)
    with pytest.raises(unrest.InputError):
        unrest.Result({"notes.txt": "mine"}).report(tmp_path / "page.html")
