"""The engine releases the GIL while it simulates: Python threads run beside
it, and runs in threads and in processes give the same results as alone."""

import concurrent.futures
import multiprocessing
import threading
import time

import unrest

SCENARIO = "epstein/run2"
SETS = {"run.ticks": 60}


def texts_of(seed):
    return unrest.run(SCENARIO, seed=seed, threads=1, **SETS).texts["timeseries.csv"]


def test_a_python_thread_runs_while_the_engine_simulates():
    ticks = []
    done = threading.Event()

    def count():
        while not done.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    counter = threading.Thread(target=count)
    counter.start()
    try:
        start = time.perf_counter()
        unrest.run(SCENARIO, seed=1, threads=1, **{"run.ticks": 1000})
        end = time.perf_counter()
    finally:
        done.set()
        counter.join()
    during = [t for t in ticks if start < t < end]
    # With the GIL held the counter would stall for the whole run.
    assert end - start > 0.1
    assert len(during) >= 20


def test_runs_in_threads_equal_runs_alone():
    alone = [texts_of(seed) for seed in (1, 2, 3, 4)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(texts_of, (1, 2, 3, 4)))
    assert together == alone
    assert len(set(alone)) == 4


def test_runs_in_a_process_pool_equal_runs_alone():
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        futures = [pool.submit(unrest.run, SCENARIO, seed=s, threads=1, **SETS) for s in (5, 6)]
        results = [f.result() for f in futures]
    assert [r.texts["timeseries.csv"] for r in results] == [texts_of(5), texts_of(6)]
