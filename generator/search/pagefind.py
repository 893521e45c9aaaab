"""Running Pagefind: the standard binary in service mode, fed custom records in a fixed order, the
bundle's files returned in its reply (so we write them, whole, ourselves)."""
from __future__ import annotations

import base64
import binascii
import json
import os
import re
import subprocess
import threading
from typing import Iterable, NamedTuple, Optional

from generator.core.frontmatter import ContentError
from generator.search.text import SEP


PAGEFIND_VERSION = "1.5.2"


class SearchError(ContentError):
    """Indexing failed; the message says what to do (a ContentError, so the CLI prints it
    as `error: …` and exits non-zero instead of showing a traceback)."""

    def __init__(self, message: str, hint: str = ""):
        super().__init__("search index", None, message, hint)


def pagefind_executable() -> str:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        get_executable = None
    try:
        if get_executable is None:
            raise FileNotFoundError
        return str(get_executable())
    except FileNotFoundError:
        raise SearchError("the Pagefind binary is missing",
                          f"pip install -r requirements.txt (pagefind[bin]=={PAGEFIND_VERSION}), "
                          "or build with --no-search") from None


def _message(message_id: int, payload: dict) -> bytes:
    """One request of Pagefind's service protocol: base64 of the JSON, then a comma."""
    body = json.dumps({"message_id": message_id, "payload": payload}, ensure_ascii=False,
                      separators=(",", ":"))
    return base64.b64encode(body.encode("utf-8")) + b","


def add_record_request(message_id: int, record, language: str) -> bytes:
    """The request that adds one custom record (documents.IndexRecord: url, content, meta,
    filters, sort) to index 0, as message `message_id`."""
    return _message(message_id, {"type": "AddRecord", "index_id": 0, "url": record.url,
                                 "content": record.content, "language": language,
                                 "meta": record.meta, "filters": record.filters,
                                 "sort": record.sort})


def new_index_request(include_chars: Iterable[str]) -> bytes:
    """Message 0: a new index whose word characters include `include_chars` (and SEP)."""
    include = "".join(sorted(set(include_chars) | {SEP}))
    return _message(0, {"type": "NewIndex", "config": {"include_characters": include}})


def get_files_request(message_id: int) -> bytes:
    return _message(message_id, {"type": "GetFiles", "index_id": 0})


class PagefindRun(NamedTuple):
    files: dict[str, bytes]      # path inside the bundle → bytes
    peak_rss_mb: float
    parse_cpu_s: float           # Pagefind's CPU seconds until every record was added
    cpu_s: float                 # … until the bundle came back (parse + index + encode)


def run_pagefind(requests: list[bytes], include_chars: Iterable[str],
                 label: str = "") -> PagefindRun:
    """Index the records of `requests` (AddRecord requests numbered 1…n, in this order);
    returns the bundle's files, Pagefind's peak RSS and its CPU time.

    Why the service (`pagefind --service`, the protocol its Node and Python APIs speak) and not
    `pagefind --site DIR`: Pagefind numbers pages in the order it meets them, and over a folder
    that is the file system's directory order (ext4 hashes names with a per-disk seed, tmpfs
    keeps creation order), so the same documents gave different index files on another disk.
    Records added through the service are numbered in the order sent, and need no HTML written
    or parsed. The bundle comes back in the answer (GetFiles) rather than written by Pagefind
    (WriteFiles): its writes are not flushed when it answers, and it exits without waiting for
    them when its input closes. Requests are written by a thread while this one reads the
    answers (neither pipe can fill up and block the other).
    """
    import psutil  # noqa: F401  (needed by _watch_rss: missing, fail before Pagefind starts)
    proc = subprocess.Popen([pagefind_executable(), "--service"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    widen_pipes(proc)
    where = f" indexing part {label}" if label else ""
    errors: list[str] = []
    err_chunks: list[bytes] = []
    done = threading.Event()
    peak = [0]
    cpu = [0.0, 0.0]
    last = len(requests) + 1
    stream = [new_index_request(include_chars), *requests, get_files_request(last)]
    threads = [threading.Thread(target=_send_requests, args=(proc, stream), daemon=True),
               threading.Thread(target=_watch_rss, args=(proc, done, peak), daemon=True),
               threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)]
    for t in threads:
        t.start()
    try:
        files = _read_answers(proc, last, errors, cpu)
    finally:
        done.set()
        threads[1].join()
        proc.kill()   # the bundle is in hand (or indexing failed): nothing left to wait for
        proc.wait()
        for t in threads:
            t.join()
    if files is None:
        detail = "; ".join(dict.fromkeys(errors)) or \
            b"".join(err_chunks).decode("utf-8", "replace").strip()[-2000:] or \
            f"exit {proc.returncode}"
        raise SearchError(f"pagefind failed{where}: {detail}")
    return PagefindRun(files, peak[0] / 2**20, cpu[0], cpu[1])


PIPE_BYTES = 1 << 20   # Linux's default ceiling for an unprivileged pipe (fs/pipe-max-size)


def widen_pipes(proc: subprocess.Popen) -> None:
    """Give Pagefind's input and output pipes PIPE_BYTES (Linux; elsewhere they stay as they are).

    Why: the thread writing the requests and the one reading the answers need the GIL between
    two system calls, and while the records of the next part are made it can take a switch
    interval (5 ms) to get it. A default pipe (64 KB) holds ~5 records, ~2.5 ms of Pagefind's
    work, so Pagefind would wait for input, and block on a full output pipe while its bundle
    (~15 MB) is read; 1 MB holds ~80 records."""
    try:
        import fcntl
        setsize = fcntl.F_SETPIPE_SZ
    except (ImportError, AttributeError):
        return
    for pipe in (proc.stdin, proc.stdout):
        try:
            fcntl.fcntl(pipe.fileno(), setsize, PIPE_BYTES)
        except OSError:
            pass   # above the system's limit: the default size still works


SEND_BYTES = 1 << 18   # requests joined into one write of about this size (~20 records)


def _send_requests(proc: subprocess.Popen, stream: list[bytes]) -> None:
    """Write every request (new index, each record, GetFiles) to Pagefind: run by a thread of
    its own, so that neither pipe can fill up and block the other. Requests go in writes of
    ~SEND_BYTES (joined copies of a few records), not one system call — and one hand-over of
    the GIL — per record."""
    try:
        batch: list[bytes] = []
        size = 0
        for request in stream:
            batch.append(request)
            size += len(request)
            if size >= SEND_BYTES:
                proc.stdin.write(b"".join(batch))
                batch.clear()
                size = 0
        if batch:
            proc.stdin.write(b"".join(batch))
        proc.stdin.flush()
    except (OSError, ValueError):
        pass   # pagefind died (or was stopped): the reader sees its output end


def _peak_rss(pid: int) -> Optional[int]:
    """The process's peak RSS as the kernel keeps it (Linux: VmHWM in /proc/PID/status, bytes);
    None where there is no such file (another system, a process already ended)."""
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _watch_rss(proc: subprocess.Popen, done: threading.Event, peak: list[int]) -> None:
    """Pagefind's peak RSS when its answer is complete: the kernel's own high-water mark where
    it keeps one (no sampling: a sample every 20 ms cost ~0.06 ms of CPU per page indexed on a
    busy machine), else its RSS sampled every 20 ms and once more at the end."""
    if _peak_rss(proc.pid) is not None:
        done.wait()
        got = _peak_rss(proc.pid)
        if got is not None:
            peak[0] = got
            return
    import psutil
    try:
        ps = psutil.Process(proc.pid)
        while True:
            peak[0] = max(peak[0], ps.memory_info().rss)
            if done.wait(0.02):
                break
        peak[0] = max(peak[0], ps.memory_info().rss)
    except psutil.Error:
        pass


_ID_OPENING = b'{"message_id":'   # how each of Pagefind's answers opens (serde's field order)
# the GetFiles answer: `…"payload":{"type":"GetFiles","files":[{"path":P,"content":BASE64},…]}}`
_FILES_OPENING = re.compile(rb'"payload":\{"type":"GetFiles","files":\[')
_FILE = re.compile(rb'\{"path":"([^"\\]*)","content":"([A-Za-z0-9+/=]*)"\}(,|\]\}\}$)')


def _bundle_files(data: bytes) -> Optional[dict[str, bytes]]:
    """The files of the GetFiles answer `data` read from its JSON text with one pattern (paths
    without escapes, contents base64), not as a parsed object of ~15 MB of strings; None when
    it is not laid out that way (then it is parsed as JSON)."""
    opening = _FILES_OPENING.search(data, 0, 200)
    if opening is None:
        return None
    files: dict[str, bytes] = {}
    pos = opening.end()
    while True:
        m = _FILE.match(data, pos)
        if m is None:
            return None
        files[m.group(1).decode("utf-8").replace(os.sep, "/")] = binascii.a2b_base64(m.group(2))
        pos = m.end()
        if m.group(3) != b",":
            return files if pos == len(data) else None


def _answer(raw: bytes | bytearray, last: int, errors: list[str]) -> tuple[Optional[int], Optional[dict[str, bytes]]]:
    """(message id, the bundle's files if `raw` is the answer to GetFiles (message `last`)); an
    error it reports (or an unreadable answer) goes to `errors`."""
    try:
        data = base64.b64decode(raw)
        if data.startswith(_ID_OPENING) and b'"Error"' not in data:
            # an answer that reports no error: only its id matters, unless it is the bundle's
            # (~2,000 per part, each with the record's metas: not parsed as JSON)
            end = data.find(b",", len(_ID_OPENING))
            digits = data[len(_ID_OPENING):end] if end > 0 else b""
            if digits.isdigit() and int(digits) != last:
                return int(digits), None
            if digits.isdigit() and int(digits) == last:
                files = _bundle_files(data)
                if files is not None:
                    return last, files
        msg = json.loads(data)
    except ValueError:
        errors.append(f"unreadable answer {bytes(raw[:80])!r}")
        return None, None
    payload = msg.get("payload") or {}
    if payload.get("type") == "Error":
        errors.append(str(payload.get("message")))
    elif msg.get("message_id") == last and payload.get("type") == "GetFiles":
        return last, {f["path"].replace(os.sep, "/"): base64.b64decode(f["content"])
                      for f in payload.get("files", [])}
    return msg.get("message_id"), None


def _cpu_s(proc: subprocess.Popen) -> float:
    import psutil
    try:
        t = psutil.Process(proc.pid).cpu_times()
        return t.user + t.system
    except psutil.Error:
        return 0.0


def _read_answers(proc: subprocess.Popen, last: int, errors: list[str],
                  cpu: list[float]) -> Optional[dict[str, bytes]]:
    """Read Pagefind's answers until the bundle's files come (returned), an error is reported
    (in `errors`) or its output ends (None). `cpu` gets Pagefind's CPU seconds when the last
    record was added and when the bundle came."""
    files: Optional[dict[str, bytes]] = None
    buf = bytearray()
    while files is None and not errors:   # one answer per request, each ends in a comma
        chunk = proc.stdout.read1(1 << 20)
        if not chunk:
            break
        start = 0
        while (end := chunk.find(b",", start)) >= 0:
            buf += chunk[start:end]
            message_id, got = _answer(buf, last, errors)   # not copied: read, then cleared
            if message_id == last - 1:
                cpu[0] = _cpu_s(proc)
            if got is not None:
                files = got
                cpu[1] = _cpu_s(proc)
            buf.clear()
            start = end + 1
        buf += chunk[start:]
    return files
