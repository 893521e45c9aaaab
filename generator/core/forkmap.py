"""Run a list of tasks in this process *and* forked helpers, results back to this process.

Why not `multiprocessing.Pool`: a pool's parent only waits, so using every core needs one forked
worker per core, and each forked process's RSS counts everything it inherited again (the
100k-article model: ~0.8 GB each). Here the calling process works too, with one helper fewer.
Tasks are claimed one at a time from a counter in shared memory, so no process idles while
another still has a queue. Helpers inherit their inputs through fork (nothing is pickled on the
way in); each result is pickled back through a pipe.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from multiprocessing.connection import wait
from typing import Any, Callable, Optional, Sequence


class HelperDied(RuntimeError):
    """A forked helper exited without finishing (killed, out of memory, a crash)."""


class _Claims:
    """The next task index, shared by the parent and its forked helpers."""

    def __init__(self, ctx, total: int):
        self.total = total
        self._next = ctx.Value("q", 0)

    def take(self) -> Optional[int]:
        with self._next.get_lock():
            i = self._next.value
            if i >= self.total:
                return None
            self._next.value = i + 1
        return i

    def stop(self) -> None:
        with self._next.get_lock():
            self._next.value = self.total


def worker_signals() -> None:
    """In a forked worker: Ctrl-C is the parent's to handle and clean up after, and SIGTERM ends
    the worker — an inherited "raise KeyboardInterrupt" would leave a multiprocessing pool's
    `terminate` waiting forever on a worker blocked on its task queue's lock."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _helper(conn, claims: _Claims, tasks: Sequence, fn: Callable, init: Optional[Callable],
            is_error: Callable[[Any], bool], parent: int) -> None:
    worker_signals()
    if init is not None:
        init()
    try:
        while os.getppid() == parent:      # an orphan (parent killed) stops at once
            i = claims.take()
            if i is None:
                break
            result = fn(tasks[i])
            conn.send((i, result))
            if is_error(result):
                return
        conn.send(None)
    finally:
        conn.close()


def shared_map(tasks: Sequence, fn: Callable[[Any], Any], helpers: int,
               on_result: Callable[[int, Any], None], *, init: Optional[Callable] = None,
               is_error: Callable[[Any], bool] = lambda r: False) -> None:
    """Call `fn(task)` for every task, here and in `helpers` forked processes; `on_result(index,
    result)` runs in this process as results arrive (any order). An exception from `on_result`
    (or Ctrl-C) stops handing out tasks and terminates the helpers; a helper stops after a
    result `is_error` says is one. `init` runs first in each helper."""
    running = start_map(tasks, fn, helpers, init=init, is_error=is_error)
    try:
        while (i := running.claims.take()) is not None:
            on_result(i, fn(tasks[i]))
            _drain(running.conns, on_result, block=False)
        running.finish(on_result)
    finally:
        running.close()


class Running:
    """Helpers started by `start_map`, working through their tasks on their own; `finish`
    hands their results to this process, `close` stops them (an exception while waiting)."""

    def __init__(self, claims: _Claims, procs: list, conns: list):
        self.claims, self.procs, self.conns = claims, procs, conns

    def finish(self, on_result: Callable[[int, Any], None]) -> None:
        """Wait for every task, handing each result to `on_result` (any order); raises
        HelperDied when a helper exits without finishing."""
        try:
            while self.conns:
                _drain(self.conns, on_result, block=True)
        finally:
            self.close()

    def close(self) -> None:
        self.claims.stop()
        for proc in self.procs:
            if proc.is_alive():
                proc.terminate()
        for proc in self.procs:
            proc.join()
        for conn in self.conns:
            conn.close()
        self.procs, self.conns = [], []


def start_map(tasks: Sequence, fn: Callable[[Any], Any], helpers: int, *,
              init: Optional[Callable] = None,
              is_error: Callable[[Any], bool] = lambda r: False) -> Running:
    """Fork `helpers` processes that call `fn(task)` for the tasks and return at once: this
    process may do other work — even change what the helpers inherited, as each holds its own
    copy — and collect the results later (`Running.finish`). Each result pipe is widened
    where the system allows, so helpers seldom wait for a parent that is busy elsewhere."""
    ctx = multiprocessing.get_context("fork")
    claims = _Claims(ctx, len(tasks))
    running = Running(claims, [], [])
    try:
        for _ in range(helpers):
            recv, send = ctx.Pipe(duplex=False)
            _widen(send)
            proc = ctx.Process(target=_helper, daemon=True,
                               args=(send, claims, tasks, fn, init, is_error, os.getpid()))
            proc.start()
            send.close()
            running.procs.append(proc)
            running.conns.append(recv)
    except BaseException:
        running.close()
        raise
    return running


def _widen(conn) -> None:
    """Give a pipe the largest buffer an unprivileged process may (Linux: 1 MB by default)."""
    try:
        import fcntl
        fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError):
        pass


def _drain(conns: list, on_result: Callable[[int, Any], None], block: bool) -> None:
    """Hand every result the helpers have sent to `on_result`; drop finished helpers."""
    for conn in wait(conns, timeout=None if block else 0):
        try:
            while True:
                msg = conn.recv()
                if msg is None:
                    conns.remove(conn)
                    conn.close()
                    break
                on_result(*msg)
                if not conn.poll():
                    break
        except EOFError:
            raise HelperDied("a forked helper process exited unexpectedly "
                             "(out of memory or killed?)") from None
