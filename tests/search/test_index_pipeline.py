"""index.py's pipeline (records made in one thread, parts indexed by `workers`
threads), with stand-in stages: results in the parts' order, records made largest part first
and never more than `workers + 1` ahead, a failing part ending the run with its error, and bundles written by one writer
thread while the indexers go on."""
import threading
import time

import pytest

from generator.search.index import _pipeline


def test_results_keep_the_parts_order_and_records_go_largest_first():
    todo = [("a", 3), ("b", 9), ("c", 1), ("d", 5)]
    prepared, threads = [], set()

    def prepare(item):
        prepared.append(item[0])
        threads.add(threading.get_ident())
        return item[1] * 10

    results = _pipeline(todo, prepare, lambda item, got: (item[0], got), 2, size=lambda i: i[1])
    assert results == [("a", 30), ("b", 90), ("c", 10), ("d", 50)]
    assert prepared == ["b", "d", "a", "c"]
    assert len(threads) == 1


def test_records_are_made_at_most_one_part_ahead_of_the_indexers():
    todo = [(str(i), 1) for i in range(12)]
    lock = threading.Lock()
    waiting, most = [0], [0]

    def prepare(item):
        with lock:
            waiting[0] += 1
            most[0] = max(most[0], waiting[0])
        return item

    def finish(item, got):
        time.sleep(0.01)
        with lock:
            waiting[0] -= 1
        return got

    assert _pipeline(todo, prepare, finish, 3, size=lambda i: i[1]) == todo
    assert most[0] <= 4


@pytest.mark.parametrize("stage", ["prepare", "finish"])
def test_a_failing_part_ends_the_run_with_its_error(stage):
    todo = [(str(i), 1) for i in range(20)]
    finished = []

    def prepare(item):
        if stage == "prepare" and item[0] == "3":
            raise ValueError("part 3 is broken")
        return item

    def finish(item, got):
        if stage == "finish" and item[0] == "3":
            raise ValueError("part 3 is broken")
        time.sleep(0.005)
        finished.append(item[0])
        return got

    with pytest.raises(ValueError, match="part 3 is broken"):
        _pipeline(todo, prepare, finish, 2, size=lambda i: i[1])
    assert len(finished) < len(todo) - 1


def test_a_finished_parts_records_are_not_kept():
    """Each part's records (~20 MB) are let go once it is indexed, not held to the end."""
    import gc
    import weakref

    class Records:
        pass

    refs = []
    kept = []

    def prepare(item):
        records = Records()
        refs.append(weakref.ref(records))
        return records

    def finish(item, got):
        gc.collect()
        kept.append(sum(r() is not None for r in refs))
        return item

    todo = [(str(i), 1) for i in range(20)]
    assert _pipeline(todo, prepare, finish, 2, size=lambda i: i[1]) == todo
    assert max(kept) <= 4


def test_bundles_are_written_by_one_writer_while_the_indexers_go_on():
    """An indexer hands its part's bundle to the writer and starts the next part: a slow write
    holds no Pagefind slot."""
    todo = [(str(i), 1) for i in range(6)]
    lock = threading.Lock()
    writers, indexed_during_write = set(), []
    writing = threading.Event()

    def finish(item, got):
        if writing.is_set():
            with lock:
                indexed_during_write.append(item[0])
        return got

    def write(item, got):
        writers.add(threading.get_ident())
        writing.set()
        time.sleep(0.02)
        writing.clear()
        return ("written", got)

    results = _pipeline(todo, lambda item: item[0], finish, 2, size=lambda i: i[1], write=write)
    assert results == [("written", str(i)) for i in range(6)]
    assert len(writers) == 1
    assert indexed_during_write


def test_a_failing_write_ends_the_run_with_its_error():
    todo = [(str(i), 1) for i in range(20)]
    written = []

    def write(item, got):
        if item[0] == "2":
            raise ValueError("part 2 cannot be written")
        time.sleep(0.005)
        written.append(item[0])
        return got

    with pytest.raises(ValueError, match="part 2 cannot be written"):
        _pipeline(todo, lambda item: item, lambda item, got: got, 2, size=lambda i: i[1],
                  write=write)
    assert len(written) < len(todo) - 1


def test_pagefinds_pipes_hold_a_megabyte_so_a_thread_waiting_for_the_gil_never_starves_it():
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_GETPIPE_SZ"):
        pytest.skip("pipe sizes are Linux's")
    import subprocess
    import sys
    from generator.search.pagefind import PIPE_BYTES, widen_pipes
    proc = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        widen_pipes(proc)
        assert [fcntl.fcntl(p.fileno(), fcntl.F_GETPIPE_SZ) for p in (proc.stdin, proc.stdout)] \
            == [PIPE_BYTES, PIPE_BYTES]
    finally:
        proc.kill()
        proc.wait()
