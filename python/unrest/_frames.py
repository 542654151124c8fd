"""The files of a run, an ensemble or a comparison, read into frames.

The command line's writers produce the text (in memory for `unrest.run`, on
disk for `unrest.load`); this module only parses it, so a frame equals what
`pandas.read_csv` gives for the file the command line wrote."""

import io
import json
from collections.abc import Mapping

import pandas as pd


def read_text(name, text):
    """A file's text as a DataFrame (.csv) or a dict (.json, .geojson)."""
    if name.endswith(".csv"):
        return pd.read_csv(io.StringIO(text))
    if name.endswith((".json", ".geojson")):
        return json.loads(text)
    raise ValueError(f"{name}: not a CSV, JSON or GeoJSON file")


def split_by_folder(files):
    """{"a.csv": text, "sub/b.csv": text} as ({"a.csv": text}, {"sub": {"b.csv": text}})."""
    top, folders = {}, {}
    for name, text in files.items():
        head, _, tail = name.partition("/")
        if tail:
            folders.setdefault(head, {})[tail] = text
        else:
            top[name] = text
    return top, folders


class LazyFiles(Mapping):
    """Files by stem ("timeseries" for timeseries.csv), each read on first
    use: a run's cost is the simulation's, not the parsing of tables left
    unread."""

    def __init__(self, texts):
        self._texts = {name.rsplit(".", 1)[0]: (name, text) for name, text in texts.items()}
        self._read = {}

    def __getitem__(self, stem):
        if stem not in self._read:
            name, text = self._texts[stem]
            self._read[stem] = read_text(name, text)
        return self._read[stem]

    def __contains__(self, stem):
        return stem in self._texts

    def __iter__(self):
        return iter(self._texts)

    def __len__(self):
        return len(self._texts)
