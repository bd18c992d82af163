"""The handler the inbox tests run in `work` subprocesses (`--handler inbox_handler:record`).

For each delivery it appends a `start` line, sleeps $INBOX_TEST_SLEEP seconds (a slow database write, an API
call) and appends one `done` line per event to $INBOX_TEST_HANDLED, so a test sees what was begun and what
finished, by which process. Lines are short single writes in append mode: whole even with several processes.
$INBOX_TEST_FAIL_TRIGGER makes it raise for events of that trigger.
"""

from __future__ import annotations

import json
import os
import time


def record(events) -> None:
    _write({"phase": "start", "pid": os.getpid(), "timestamps": [e.timestamp.isoformat() for e in events]})
    time.sleep(float(os.environ.get("INBOX_TEST_SLEEP", "0")))
    if any(event.trigger == os.environ.get("INBOX_TEST_FAIL_TRIGGER") for event in events):
        raise RuntimeError("the handler failed on purpose")
    for event in events:
        _write(
            {
                "phase": "done",
                "pid": os.getpid(),
                "trigger": event.trigger,
                "timestamp": event.timestamp.isoformat(),
            }
        )


def _write(line: dict) -> None:
    with open(os.environ["INBOX_TEST_HANDLED"], "a", encoding="utf-8") as file:
        file.write(json.dumps(line) + "\n")
