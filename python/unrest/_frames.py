"""The files of a run, an ensemble or a comparison, read into frames.

The command line's writers produce the text (in memory for `unrest.run`, on
disk for `unrest.load`); this module only parses it, so a frame equals what
`pandas.read_csv` gives for the file the command line wrote."""

import io
import json

import pandas as pd


def read_text(name, text):
    """A file's text as a DataFrame (.csv) or a dict (.json)."""
    if name.endswith(".csv"):
        return pd.read_csv(io.StringIO(text))
    if name.endswith(".json"):
        return json.loads(text)
    raise ValueError(f"{name}: not a CSV or JSON file")


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
