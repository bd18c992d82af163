"""The fair comparison of a recorded answer with the target's (README "Comparing a replay fairly").

Each rule removes one kind of difference that is no behaviour (clock, generated values, id numbering, tie
order of equal timestamps) and nothing else: whatever survives is reported. ``compare`` returns one short
sentence per differing part, empty when the answers agree.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import unquote_plus

from .ids import IdMap

DATE_KEYS = frozenset(
    {"dateAdded", "dateModified", "checkedOut", "publishUp", "publishDown", "dateTriggered"}
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}")
_SECRET = re.compile(r"[0-9a-f]{64}")
_URL_NOT_FOUND = "Requested URL not found: "
# What a resync's corrective request changed on a hook (README "Resync").
RESYNC_FIELDS = ("dateModified", "modifiedBy", "modifiedByUser")
_SORT_KEYS = re.compile(r"^order\[[^\]]*\]\[col\]$")


@dataclass
class Answer:
    """One side of a comparison: status, headers (lower-case names) and raw body."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    http_version: str = ""  # the status line's version (recorded, never compared)

    def header(self, name: str) -> str | None:
        found = None
        for key, value in self.headers:
            if key.lower() == name:
                found = value
        return found

    def json(self):
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return _NOT_JSON


_NOT_JSON = object()


@dataclass
class Context:
    """What a comparison needs to know beyond the two answers."""

    ids: IdMap
    recorded_path: str  # as recorded
    sent_path: str  # as sent to the target (ids mapped, placeholders filled)
    request_body: bytes = b""
    recorded_origin: str = ""
    target_origin: str = ""
    resynced: set[int] = field(default_factory=set)  # target ids whose modification stamps are not compared

    @property
    def is_list(self) -> bool:
        path = self.recorded_path.partition("?")[0]
        return path.rstrip("/").endswith("/api/hooks") and not path.endswith("/")


def compare(recorded: Answer, actual: Answer, ctx: Context) -> list[str]:
    diffs = []
    if recorded.status != actual.status:
        diffs.append(f"status {actual.status}, recorded {recorded.status}")
    rec_ct, act_ct = (_media(a.header("content-type")) for a in (recorded, actual))
    if rec_ct != act_ct:
        diffs.append(f"Content-Type {act_ct or '(none)'}, recorded {rec_ct or '(none)'}")
    rec_loc = _relative(recorded.header("location"), ctx.recorded_origin)
    if rec_loc is not None:
        rec_loc = ctx.ids.path(rec_loc)
    act_loc = _relative(actual.header("location"), ctx.target_origin)
    if rec_loc != act_loc:
        diffs.append(f"Location {act_loc}, recorded {rec_loc}")
    rec_mv, act_mv = (a.header("mautic-version") is not None for a in (recorded, actual))
    if rec_mv != act_mv:
        diffs.append("Mautic-Version header " + ("missing" if rec_mv else "present, recorded none"))
    if recorded.header("allow") != actual.header("allow"):
        diffs.append(f"Allow {actual.header('allow')!r}, recorded {recorded.header('allow')!r}")
    rec_auth, act_auth = _cors_and_auth_headers(recorded), _cors_and_auth_headers(actual)
    if rec_auth != act_auth:
        diffs.append(f"CORS/auth headers {act_auth}, recorded {rec_auth}")
    expected = recorded.json()
    if expected is _NOT_JSON:
        return diffs  # HTML pages, HEAD, 204: status and Content-Type only
    got = actual.json()
    if got is _NOT_JSON:
        diffs.append(f"body is not JSON: {actual.body[:80]!r}")
        return diffs
    expected, got = normalized_pair(expected, got, ctx)
    where = first_difference(expected, got)
    if where is not None:
        diffs.append(where)
    return diffs


def normalized_pair(expected, got, ctx: Context):
    """Both bodies with the rules applied: ids mapped, dates/secrets/tokens by shape, URIs put back."""
    if ctx.is_list:
        _pair_by_name(expected, got, ctx)
    expected = ctx.ids.answer(expected, list_keys=ctx.is_list)
    sent_secrets = ctx.request_body.decode("utf-8", "replace") + unquote_plus(ctx.recorded_path)
    # A deleted hook is answered with id null: the path names it.
    match = re.search(r"/hooks/0*(\d+)/delete$", ctx.sent_path.partition("?")[0])
    resynced = ctx.resynced | ({None} if match and int(match.group(1)) in ctx.resynced else set())
    expected, got = _shapes(expected, got, sent_secrets, resynced)
    got = _put_back_uri(got, ctx)
    if ctx.is_list and _sorted_by_timestamp(ctx.recorded_path):
        expected, got = _unordered(expected), _unordered(got)
    return expected, got


def _pair_by_name(expected: dict, got, ctx: Context) -> None:
    """A hook that first shows up in a list (a write that failed half-way) is paired by its unique name."""
    if not (isinstance(expected, dict) and isinstance(got, dict)):
        return
    rec, act = expected.get("hooks"), got.get("hooks")
    if not (isinstance(rec, dict) and isinstance(act, dict)):
        return
    names = {}
    for key, hook in act.items():
        if isinstance(hook, dict) and key.isdigit() and int(key) not in ctx.ids.to_recorded:
            names.setdefault(hook.get("name"), []).append(int(key))
    for key, hook in list(rec.items()):
        if not (isinstance(hook, dict) and key.isdigit()) or int(key) in ctx.ids.to_target:
            continue
        found = names.get(hook.get("name"), [])
        if len(found) == 1 and found[0] != int(key):
            ctx.ids.pair(int(key), found[0])


def _shapes(expected, got, sent: str, resynced: set[int]):
    """Walk both bodies together, replacing values that may differ by nature with a marker of their shape."""
    if isinstance(expected, dict) and isinstance(got, dict):
        exp, act = dict(expected), dict(got)
        if _resynced_hook(exp, resynced) or _resynced_hook(act, resynced):
            for key in RESYNC_FIELDS:
                if key in exp and key in act:
                    exp[key] = act[key] = "<not compared after resync>"
        for key, e in list(exp.items()):
            if key not in act:
                continue
            a = act[key]
            if key in DATE_KEYS:
                exp[key], act[key] = _date(e), _date(a)
            elif key == "secret" and isinstance(e, str) and isinstance(a, str) and not _was_sent(e, sent):
                if _SECRET.fullmatch(e) and _SECRET.fullmatch(a):
                    exp[key] = act[key] = "<generated secret>"
            elif key in ("access_token", "refresh_token") and isinstance(e, str) and isinstance(a, str):
                if e and a:
                    exp[key] = act[key] = "<token>"
            else:
                exp[key], act[key] = _shapes(e, a, sent, resynced)
        return exp, act
    if isinstance(expected, list) and isinstance(got, list):
        pairs = [_shapes(e, a, sent, resynced) for e, a in zip(expected, got, strict=False)]
        return (
            [p[0] for p in pairs] + expected[len(pairs) :],
            [p[1] for p in pairs] + got[len(pairs) :],
        )
    return expected, got


def _was_sent(secret: str, sent: str) -> bool:
    """Whether the request carried this secret as a value of its own, not inside a longer run of hex digits
    (a name of 160 zeros holds no masked secret)."""
    return re.search(f"(?<![0-9a-fA-F]){re.escape(secret)}(?![0-9a-fA-F])", sent) is not None


def _resynced_hook(value: dict, resynced: set) -> bool:
    hook_id = value.get("id")
    return "webhookUrl" in value and (hook_id is None or isinstance(hook_id, int)) and hook_id in resynced


def _date(value):
    if value is None:
        return None
    if isinstance(value, str) and _DATE.fullmatch(value):
        return "<date>"
    return value


def _put_back_uri(got, ctx: Context):
    """ "Requested URL not found: <uri>" quotes the URI the target was sent; put the recorded one back."""
    if not (isinstance(got, dict) and isinstance(got.get("errors"), list)):
        return got
    errors = []
    for error in got["errors"]:
        if isinstance(error, dict) and error.get("message") == _URL_NOT_FOUND + ctx.sent_path:
            error = {**error, "message": _URL_NOT_FOUND + ctx.recorded_path}
        errors.append(error)
    return {**got, "errors": errors}


def _sorted_by_timestamp(path: str) -> bool:
    """``orderBy`` or an ``order[i][col]`` names a date column: equal stamps come back in any order."""
    query = path.partition("?")[2]
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        key, value = unquote_plus(key), unquote_plus(value)
        if key == "orderBy" or _SORT_KEYS.match(key):
            columns = [c.strip().rpartition(".")[2] for c in value.split(",")]
            if any(c in DATE_KEYS for c in columns):
                return True
    return False


def _unordered(payload):
    if isinstance(payload, dict) and isinstance(payload.get("hooks"), dict):
        return {**payload, "hooks": dict(sorted(payload["hooks"].items()))}
    return payload


def _cors_and_auth_headers(answer: Answer) -> list[tuple[str, str]]:
    """What a browser's CORS check and an OAuth2 client read: every ``Access-Control-*`` header,
    ``WWW-Authenticate``, ``Pragma``, a ``Cache-Control`` that forbids storing (a token answer), and whether
    ``Vary`` names ``Origin``; names lower-cased, sorted. (Mautic's usual ``no-cache, private`` is not compared.)"""
    found = []
    for name, value in answer.headers:
        name = name.lower()
        if (
            name.startswith("access-control-")
            or name in ("www-authenticate", "pragma")
            or name == "cache-control"
            and "no-store" in value
        ):
            found.append((name, value))
        elif name == "vary" and "origin" in {v.strip().lower() for v in value.split(",")}:
            found.append(("vary", "Origin"))
    return sorted(found)


def _media(value: str | None) -> str | None:
    return None if value is None else re.sub(r"\s+", "", value).lower()


def _relative(location: str | None, origin: str) -> str | None:
    if location is None:
        return None
    if origin and location.startswith(origin):
        return location[len(origin) :] or "/"
    return location  # a path already, or another origin: compared as is


def first_difference(expected, got, where: str = "body") -> str | None:
    """The first place two JSON values differ, object key order included; None when they are equal."""
    if isinstance(expected, dict) and isinstance(got, dict):
        if list(expected) != list(got):
            missing = [k for k in expected if k not in got]
            extra = [k for k in got if k not in expected]
            if missing or extra:
                parts = []
                if missing:
                    parts.append(f"lacks {', '.join(map(repr, missing[:5]))}")
                if extra:
                    parts.append(f"has extra {', '.join(map(repr, extra[:5]))}")
                return f"{where} {' and '.join(parts)}"
            return f"{where} keys in order {list(got)[:8]}, recorded {list(expected)[:8]}"
        for key in expected:
            found = first_difference(expected[key], got[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(got, list):
        if len(expected) != len(got):
            return f"{where} has {len(got)} items, recorded {len(expected)}"
        for i, (e, a) in enumerate(zip(expected, got, strict=True)):
            found = first_difference(e, a, f"{where}[{i}]")
            if found:
                return found
        return None
    if type(expected) is not type(got) or expected != got:
        return f"{where} = {_short(got)}, recorded {_short(expected)}"
    return None


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."
