"""Forked helpers work through tasks on their own while this process goes on (start_map):
they render what they inherited, whatever this process changes meanwhile."""
from __future__ import annotations

import os

import pytest

from generator.core.forkmap import HelperDied, shared_map, start_map


def test_started_helpers_use_what_they_inherited_while_the_parent_changes_it():
    data = {"factor": 10}
    running = start_map(list(range(20)), lambda n: n * data["factor"], 2)
    data["factor"] = -1                  # the parent's next plan: the helpers hold their copy
    results: dict[int, int] = {}
    running.finish(results.__setitem__)
    assert results == {i: i * 10 for i in range(20)}


def test_a_helper_that_dies_is_reported_when_its_results_are_collected():
    parent = os.getpid()
    running = start_map([1, 2, 3], lambda n: os._exit(3) if os.getpid() != parent else n, 1)
    with pytest.raises(HelperDied):
        running.finish(lambda i, r: None)


def test_shared_map_still_runs_every_task_here_and_in_helpers():
    got: dict[int, int] = {}
    shared_map(list(range(50)), lambda n: n + 1, 1, got.__setitem__)
    assert got == {i: i + 1 for i in range(50)}
