"""The README's lines of Python run and plot the default scenario."""

import pathlib
import re

import matplotlib

README = pathlib.Path(__file__).resolve().parents[2] / "README.md"


def readme_python_lines():
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Python\n"):]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_readme_runs_and_plots_the_default_scenario():
    code = readme_python_lines()
    assert len(code.strip().splitlines()) == 3
    names = {}
    exec(code, names)  # noqa: S102 - the README's own lines
    result = names["result"]
    assert result.manifest["scenario"]["name"] == "kazakhstan-2022"
    assert result.manifest["overrides"] == []
    figure = matplotlib.pyplot.gcf()
    assert figure.axes and figure.axes[0].get_lines()
    figure.canvas.draw()
