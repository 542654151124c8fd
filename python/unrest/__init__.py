"""unrest in Python: the engine in-process, the command line's results
folders loaded, and the plots people expect. See docs/python.md.

    import unrest
    result = unrest.run("epstein/run2", seed=7)
    result.plot()
"""

from ._unrest import InputError, __version__
from .api import InputWarning, compare, data, models, report, run, scenarios, theory
from .loading import load
from .results import Comparison, EnsembleResult, Result, RunResult

__all__ = [
    "Comparison", "EnsembleResult", "InputError", "InputWarning", "Result", "RunResult", "__version__",
    "compare", "data", "load", "models", "report", "run", "scenarios", "theory",
]
