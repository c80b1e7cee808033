"""Helpers shared by the core's fuzz tests."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import currently_in_test_context, event, settings

# Deterministic (CI runs the same cases every time), and each case must finish within a second.
FUZZ = settings(derandomize=True, database=None, deadline=1000, print_blob=True)
MAX_MESSAGE = 300


def counted(result: str) -> str:
    """The result, counted in hypothesis's statistics when a fuzz test runs."""
    if currently_in_test_context():
        event(result)
    return result


def check_message(exc: Exception) -> str:
    """An error's message must be one short, non-empty line; counted as "refused"."""
    message = str(exc)
    assert message.strip(), "an empty message"
    assert "\n" not in message and "\r" not in message, message
    assert len(message) <= MAX_MESSAGE, message[:MAX_MESSAGE]
    return counted("refused")


def read_in_a_thread(read: Callable[[], Any], fifos: list[Path]) -> Any:
    """What `read` returns or raises, waiting at most 2 s; if it hangs on a FIFO, the FIFO's other
    end is opened to free it, and the test fails."""
    result: list[Any] = []

    def run() -> None:
        try:
            result.append(read())
        except BaseException as exc:  # handed to the test to check
            result.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=2.0)
    hung = thread.is_alive()
    if hung:
        for fifo in fifos:  # the reader sees a writer, then the end of the file
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(timeout=2.0)
    assert not hung, "the read blocked"
    return result[0]
