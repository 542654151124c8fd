"""Keyword arguments as the `--set key=value` assignments of the command line."""

import math


def format_value(value):
    """A Python value as the text `--set` takes: true/false, inf, numbers, text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isinf(value) and value > 0:
        return "inf"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(format_value(v) for v in value) + "]"
    return str(value)


def assignments(overrides, seed=None, scale=None):
    """The assignments in the command line's order: each override as given
    (a `__` in a keyword stands for a dot: run__ticks is run.ticks), then
    --seed, then --scale."""
    out = [f"{key.replace('__', '.')}={format_value(value)}" for key, value in overrides.items()]
    if seed is not None:
        out.append(f"run.seed={int(seed)}")
    if scale is not None:
        out.append(f"scale={format_value(scale)}")
    return out
