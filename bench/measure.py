"""Measuring one build: a subprocess timed from outside, the peak memory of its process tree
(RSS and PSS summed over the build, its render workers and the Pagefind binary), disk sizes and
the machine the figures come from."""
from __future__ import annotations

import json
import os
import platform
import subprocess
import threading
import time
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Run:
    """One measured subprocess."""
    seconds: float
    peak_rss_mb: float          # peak of the sum of RSS over the process tree (sampled)
    maxrss_mb: float            # kernel ru_maxrss of the largest single process in the tree
                                # (floored by the bench's own RSS, inherited through fork)
    returncode: int
    cpu_s: float = 0.0          # user+sys CPU of the tree (wait4): less sensitive to a busy machine
    peak_pss_mb: float = 0.0    # peak of the tree's summed PSS (shared pages counted once), sampled
    report: dict = field(default_factory=dict)   # what the child printed as JSON (if anything)
    log_path: str = ""

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def _tree_memory(proc, pss: bool = False) -> int:
    """Sum of RSS (or, with `pss`, of proportional set size: shared copy-on-write pages split
    between the processes sharing them) over `proc` and its descendants."""
    import psutil
    total = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    for p in procs:
        try:
            total += p.memory_full_info().pss if pss else p.memory_info().rss
        except (psutil.Error, AttributeError):
            pass
    return total


def measure(cmd: list[str], cwd: str, log_path: str, report_path: Optional[str] = None,
            interval: float = 0.05) -> Run:
    """Run `cmd`, timing it and sampling its process tree's memory until it exits."""
    import psutil
    if report_path and os.path.exists(report_path):
        os.remove(report_path)
    with open(log_path, "ab") as logfh:
        logfh.write(f"\n$ {' '.join(cmd)}\n".encode())
        logfh.flush()
        t0 = time.perf_counter()
        popen = subprocess.Popen(cmd, cwd=cwd, stdout=logfh, stderr=subprocess.STDOUT)
        peak = peak_pss = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, peak_pss
            try:
                proc = psutil.Process(popen.pid)
            except psutil.Error:
                return
            tick = 0
            while not done.is_set():
                peak = max(peak, _tree_memory(proc))
                if tick % 10 == 0:   # PSS reads smaps_rollup: costlier, so every 10th sample
                    peak_pss = max(peak_pss, _tree_memory(proc, pss=True))
                tick += 1
                done.wait(interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(popen.pid, 0)
        seconds = time.perf_counter() - t0
        done.set()
        sampler.join()
        popen.returncode = os.waitstatus_to_exitcode(status)
    maxrss_mb = usage.ru_maxrss / 1024   # Linux: kilobytes
    report = {}
    if report_path and os.path.exists(report_path):
        with open(report_path, encoding="utf-8") as fh:
            report = json.load(fh)
    # ru_maxrss keeps the high-water mark of the forked bench process from before exec, so it is
    # only a fallback for a child too short-lived to be sampled.
    return Run(seconds=seconds, peak_rss_mb=peak / 2**20 if peak else maxrss_mb, maxrss_mb=maxrss_mb,
               returncode=popen.returncode, cpu_s=usage.ru_utime + usage.ru_stime,
               peak_pss_mb=peak_pss / 2**20,
               report=report, log_path=log_path)


def dir_size(path: str) -> tuple[int, int]:
    """(bytes, files) under `path`."""
    size = files = 0
    for dirpath, _, filenames in os.walk(path):
        for f in filenames:
            try:
                size += os.lstat(os.path.join(dirpath, f)).st_size
                files += 1
            except OSError:
                pass
    return size, files


def machine_info() -> dict:
    import psutil
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((l.split(":", 1)[1].strip() for l in fh if l.startswith("model name")), "")
    except OSError:
        pass
    return {"cores": os.cpu_count(), "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "platform": platform.platform(), "cpu": cpu}

