"""Group commit: the stores of concurrent POSTs go to the inbox together, from one writer thread.

One store per POST would cost one transaction (and, with `synchronous=FULL`, one fsync) each, and SQLite admits
one writer at a time anyway. Here a POST queues its body and waits; the writer thread takes everything queued
since its last round in one `store_many` call, so under load a transaction carries many bodies and a POST waits
at most about two rounds. The event loop never blocks on storage. A POST is answered only after the round that
holds its body returned, i.e. after the body was committed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

MAX_BATCH = 256


class GroupCommit:
    def __init__(self, store_many: Callable[[list[bytes]], list[bool]], max_batch: int = MAX_BATCH) -> None:
        self._store_many = store_many
        self._max_batch = max_batch
        self._pending: list[tuple[bytes, asyncio.Future[bool]]] = []
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="inbox-writer")
        self._round: asyncio.Task | None = None

    async def store(self, body: bytes) -> bool:
        """True once `body` is stored, False if it was stored before; raises what the store raised."""
        future = asyncio.get_running_loop().create_future()
        self._pending.append((body, future))
        if self._round is None or self._round.done():
            self._round = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        while self._pending:
            batch, self._pending = self._pending[: self._max_batch], self._pending[self._max_batch :]
            try:
                results = await loop.run_in_executor(self._writer, self._store_many, [i for i, _ in batch])
            except Exception as error:  # noqa: BLE001 - each POST of the round gets the error (503 if InboxError)
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
                continue
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():  # a POST whose client went away is stored all the same
                    future.set_result(result)

    def close(self) -> None:
        self._writer.shutdown(wait=True)
