"""The distributed inbox: a Redis stream read by a consumer group, so many receivers and workers share it.

Why Redis Streams: a consumer group hands each entry to one consumer and keeps it in a pending list until it is
acknowledged, and `XAUTOCLAIM` gives a pending entry whose consumer went quiet for `visibility` seconds to
another: the at-least-once hand-out with a visibility timeout that the inbox needs, done by Redis itself. Each
write that must not be split runs as one Lua script (atomic in Redis): the de-duplication key (`SET NX` on the
body's digest) and the `XADD` of the body are taken together, so a crash between them cannot lose a body or store
it twice. Retries wait in a sorted set scored by their due time and go back to the stream when due; dead letters
are a second stream. Every key shares one hash tag, `{prefix}`, so a Redis Cluster keeps them on one node.

Durability is the Redis server's: run it with `appendonly yes` (and `appendfsync always` to survive a power cut,
not only a crash); acknowledged deliveries are only as durable as that.
"""

from __future__ import annotations

import time
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis

from mautic_hooks_receiver.inbox.base import Claimed, DeadLetter, InboxError, Status, digest

GROUP = "workers"

STORE = """
if not redis.call('SET', KEYS[1], '1', 'NX') then return 0 end
redis.call('XADD', KEYS[2], '*', 'body', ARGV[1], 'attempts', '0')
return 1
"""
PROMOTE = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, member in ipairs(due) do
  local bar = string.find(member, '|', 1, true)
  redis.call('XADD', KEYS[2], '*', 'body', string.sub(member, bar + 1), 'attempts', string.sub(member, 1, bar - 1))
  redis.call('ZREM', KEYS[1], member)
end
return #due
"""
# Each of these takes the entry out of the group's pending list and the stream, and puts it where it goes next.
RETRY = """
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4] .. '|' .. ARGV[5])
"""
BURY = """
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
redis.call('XADD', KEYS[2], '*', 'body', ARGV[3], 'attempts', ARGV[4], 'error', ARGV[5])
"""
REQUEUE = """
local moved = 0
for i = 1, #ARGV do
  local entry = redis.call('XRANGE', KEYS[1], ARGV[i], ARGV[i])
  if #entry == 1 then
    local fields = entry[1][2]
    for j = 1, #fields, 2 do
      if fields[j] == 'body' then redis.call('XADD', KEYS[2], '*', 'body', fields[j + 1], 'attempts', '0') end
    end
    redis.call('XDEL', KEYS[1], ARGV[i])
    moved = moved + 1
  end
end
return moved
"""


class RedisInbox:
    def __init__(self, url: str, *, prefix: str = "mautic-hooks") -> None:
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        prefix = query.pop("prefix", prefix)
        self._redis = redis.Redis.from_url(
            urlunsplit(parts._replace(query=urlencode(query))), socket_connect_timeout=5, socket_timeout=30
        )
        host = parts.hostname or "localhost"
        self.url = f"{parts.scheme}://{host}:{parts.port or 6379}{parts.path}"  # no password: printable
        tag = "{" + prefix + "}"
        self._queue, self._dead, self._retry = f"{tag}:queue", f"{tag}:dead", f"{tag}:retry"
        self._seen = f"{tag}:seen:"
        self._store = self._redis.register_script(STORE)
        self._promote = self._redis.register_script(PROMOTE)
        self._retry_script = self._redis.register_script(RETRY)
        self._bury = self._redis.register_script(BURY)
        self._requeue = self._redis.register_script(REQUEUE)
        self._group_ready = False

    def _ensure_group(self) -> None:
        if self._group_ready:
            return
        try:
            self._redis.xgroup_create(self._queue, GROUP, id="0", mkstream=True)
        except redis.ResponseError as error:
            if "BUSYGROUP" not in str(error):
                raise
        self._group_ready = True

    def store_many(self, bodies: list[bytes]) -> list[bool]:
        with _errors("store in"):
            pipe = self._redis.pipeline(transaction=False)
            for body in bodies:
                self._store(keys=[self._seen + digest(body).hex(), self._queue], args=[body], client=pipe)
            return [result == 1 for result in pipe.execute()]

    def claim(self, consumer: str, visibility: float, block: float, count: int = 1) -> list[Claimed]:
        with _errors("claim from"):
            self._ensure_group()
            self._promote(keys=[self._retry, self._queue], args=[time.time(), 100])
            _, entries, _ = self._redis.xautoclaim(
                self._queue, GROUP, consumer, min_idle_time=int(visibility * 1000), count=count
            )
            entries = [
                (entry_id, fields) for entry_id, fields in entries if fields
            ]  # deleted ones come back empty
            claimed = []
            if entries:  # taken over from a silent consumer: count its deliveries as attempts
                first, last, wide = entries[0][0], entries[-1][0], 10 * len(entries) + 100
                pending = self._redis.xpending_range(
                    self._queue, GROUP, first, last, wide, consumername=consumer
                )
                delivered = {p["message_id"]: p["times_delivered"] for p in pending}
                claimed = [
                    _claimed(entry_id, fields, delivered.get(entry_id, 1)) for entry_id, fields in entries
                ]
            if len(claimed) < count:
                answer = self._redis.xreadgroup(
                    GROUP,
                    consumer,
                    {self._queue: ">"},
                    count=count - len(claimed),
                    block=None if claimed else max(1, int(block * 1000)),
                )
                for _, stream_entries in answer or []:
                    claimed += [_claimed(entry_id, fields, 1) for entry_id, fields in stream_entries]
        return claimed

    def extend(self, claimed: list[Claimed], consumer: str, visibility: float) -> None:
        with _errors("extend claims in"):  # XCLAIM by the owner resets the entries' idle time
            self._redis.xclaim(self._queue, GROUP, consumer, 0, [c.id for c in claimed], justid=True)

    def done(self, claimed: list[Claimed]) -> None:
        with _errors("acknowledge in"):
            ids = [c.id for c in claimed]
            self._redis.pipeline(transaction=True).xack(self._queue, GROUP, *ids).xdel(
                self._queue, *ids
            ).execute()

    def retry(self, claimed: Claimed, error: str, delay: float) -> None:
        with _errors("re-queue in"):
            args = [GROUP, claimed.id, time.time() + delay, claimed.attempts, claimed.body]
            self._retry_script(keys=[self._queue, self._retry], args=args)

    def bury(self, claimed: Claimed, error: str) -> None:
        with _errors("bury in"):
            args = [GROUP, claimed.id, claimed.body, claimed.attempts, error]
            self._bury(keys=[self._queue, self._dead], args=args)

    def release(self, claimed: Claimed) -> None:
        # Due at once, with the attempt not counted: another worker takes it on its next claim.
        self.retry(Claimed(claimed.id, claimed.body, claimed.attempts - 1), "", 0)

    def dead(self, limit: int = 100) -> list[DeadLetter]:
        with _errors("read"):
            entries = self._redis.xrange(self._dead, count=limit)
        return [
            DeadLetter(
                id=entry_id.decode(),
                body=fields[b"body"],
                attempts=int(fields.get(b"attempts", 0)),
                error=fields.get(b"error", b"").decode("utf-8", "replace"),
            )
            for entry_id, fields in entries
        ]

    def requeue(self, ids: list[str] | None = None) -> int:
        with _errors("re-queue in"):
            if ids is None:
                ids = [entry_id.decode() for entry_id, _ in self._redis.xrange(self._dead)]
            return self._requeue(keys=[self._dead, self._queue], args=ids) if ids else 0

    def status(self) -> Status:
        with _errors("read"):
            self._ensure_group()
            pipe = self._redis.pipeline(transaction=True)
            pipe.xlen(self._queue).xpending(self._queue, GROUP).zcard(self._retry).xlen(self._dead)
            length, pending, retrying, dead = pipe.execute()
        in_flight = pending["pending"]
        return Status(queued=length - in_flight + retrying, in_flight=in_flight, dead=dead)

    def close(self) -> None:
        self._redis.close()


def _claimed(entry_id: bytes, fields: dict[bytes, bytes], delivered: int) -> Claimed:
    return Claimed(id=entry_id.decode(), body=fields[b"body"], attempts=int(fields[b"attempts"]) + delivered)


class _errors:
    """Redis's errors (connection refused, timeout, out of memory) become InboxError, saying what failed."""

    def __init__(self, doing: str) -> None:
        self.doing = doing

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, traceback) -> None:
        if kind is not None and issubclass(kind, redis.RedisError):
            raise InboxError(f"could not {self.doing} the Redis inbox: {type(error).__name__}") from None
