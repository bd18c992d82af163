"""Read and validate a recording (one JSON exchange per line), or say in one sentence where it is broken.

Only the keys a replay needs are required; the probe files' extra keys (``note``, ``phase``) are kept.
A broken file is refused whole, before anything is sent, so a replay never acts on half a recording.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

# key -> accepted Python types
REQUIRED = {
    "seq": (int,),
    "group": (str,),
    "identity": (str,),
    "method": (str,),
    "path": (str,),
    "req_headers": (dict,),
    "req_body": (str,),
    "status": (int,),
    "resp_headers": (list,),
    "resp_body": (str,),
}


class RecordingError(Exception):
    """A recording that cannot be used; ``str()`` is one sentence naming the file and the line."""


@dataclass
class Exchange:
    """One recorded request and the answer to it. ``path`` is the raw request target (path and query, exactly
    as sent); the accessors below read it, and the response, the way Mautic's router and a client do."""

    seq: int
    group: str
    identity: str
    method: str
    path: str
    req_headers: dict[str, str]
    req_body: bytes
    status: int
    resp_headers: list[tuple[str, str]]
    resp_body: bytes
    origin: str = ""
    note: str = ""
    line: int = 0
    file: str = ""  # the name of the file it was loaded from (set by ``load``, like ``line``)
    extra: dict = field(default_factory=dict)

    @property
    def label(self) -> str:
        """How a failure names the exchange: ``file:seq:group``, unique across the recordings."""
        return f"{self.file}:{self.seq}:{self.group}"

    @property
    def decoded_path(self) -> str:
        """The percent-decoded path, without the query: what Symfony's router matches."""
        return unquote(urlsplit(self.path).path)

    @property
    def query_pairs(self) -> list[tuple[str, str]]:
        """The query's ``(name, value)`` pairs, decoded, in order, repeats and blank values kept."""
        return parse_qsl(urlsplit(self.path).query, keep_blank_values=True)

    def header(self, name: str) -> str | None:
        """The last response header called ``name`` (case-insensitive), or None."""
        return _last(self.resp_headers, name)

    @property
    def media_type(self) -> str | None:
        """The response's Content-Type without its parameters (``; charset=...``), or None."""
        return _media_type(self.header("Content-Type"))

    @property
    def request_media_type(self) -> str | None:
        """The request's Content-Type without its parameters, or None when it sent none."""
        return _media_type(_last(self.req_headers.items(), "Content-Type"))

    def json(self) -> Any:
        """The response body decoded as JSON (ValueError when it is not JSON)."""
        return json.loads(self.resp_body)

    def to_json(self) -> dict:
        """The line this exchange is written as (inverse of ``parse_line``)."""
        out = {
            "seq": self.seq,
            "group": self.group,
            "identity": self.identity,
            "method": self.method,
            "path": self.path,
            "req_headers": self.req_headers,
            **_text_field("req_body", self.req_body),
            "status": self.status,
            "resp_headers": [list(h) for h in self.resp_headers],
            **_text_field("resp_body", self.resp_body),
            "origin": self.origin,
        }
        if self.note:
            out["note"] = self.note
        out.update(self.extra)
        return out


def _last(headers: Iterable[tuple[str, str]], name: str) -> str | None:
    found = None
    for key, value in headers:
        if key.lower() == name.lower():
            found = value
    return found


def _media_type(content_type: str | None) -> str | None:
    return content_type.split(";", 1)[0].strip() if content_type else None


def _text_field(name: str, data: bytes) -> dict:
    try:
        return {name: data.decode("utf-8"), f"{name}_b64": False}
    except UnicodeDecodeError:
        return {name: base64.b64encode(data).decode("ascii"), f"{name}_b64": True}


def _body(raw: dict, name: str, where: str) -> bytes:
    if not raw.get(f"{name}_b64"):
        return raw[name].encode("utf-8", "surrogatepass")
    try:
        return base64.b64decode(raw[name], validate=True)
    except binascii.Error:
        raise RecordingError(f"{where}: {name} is marked base64 but is not base64.") from None


def parse_line(text: str, where: str) -> Exchange:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordingError(f"{where}: not JSON ({exc.msg}); is this a recording?") from None
    if not isinstance(raw, dict):
        raise RecordingError(f"{where}: a JSON {type(raw).__name__}, not an exchange object.")
    missing = [k for k in REQUIRED if k not in raw]
    if missing:
        raise RecordingError(
            f"{where}: not an exchange of a recording (missing {', '.join(missing)});"
            " see tests/recordings/mautic-5.1.0/README.md for the format."
        )
    for key, types in REQUIRED.items():
        if not isinstance(raw[key], types) or isinstance(raw[key], bool):
            raise RecordingError(f"{where}: {key} should be a {types[0].__name__}, not {raw[key]!r:.40}.")
    try:
        headers = [(str(k), str(v)) for k, v in raw["resp_headers"]]
    except (TypeError, ValueError):
        raise RecordingError(f"{where}: resp_headers should be a list of [name, value] pairs.") from None
    known = {*REQUIRED, "req_body_b64", "resp_body_b64", "origin", "note"}
    return Exchange(
        seq=raw["seq"],
        group=raw["group"],
        identity=raw["identity"],
        method=raw["method"],
        path=raw["path"],
        req_headers={str(k): str(v) for k, v in raw["req_headers"].items()},
        req_body=_body(raw, "req_body", where),
        status=raw["status"],
        resp_headers=headers,
        resp_body=_body(raw, "resp_body", where),
        origin=str(raw.get("origin", "")),
        note=str(raw.get("note", "")),
        extra={k: v for k, v in raw.items() if k not in known},
    )


def load(path: Path | str) -> list[Exchange]:
    """All exchanges of the file, in ``seq`` order; RecordingError for anything unusable."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RecordingError(f"{path}: cannot be read ({exc.strerror}).") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RecordingError(f"{path}:{line}: not UTF-8 text; is this a recording?") from None
    lines = text.split("\n")
    exchanges = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        if number == len(lines) and not text.endswith("\n"):
            try:
                json.loads(line)
            except json.JSONDecodeError:
                raise RecordingError(f"{where}: the last line is cut off (truncated file).") from None
        exchange = parse_line(line, where)
        exchange.line, exchange.file = number, path.name
        exchanges.append(exchange)
    if not exchanges:
        raise RecordingError(f"{path}: holds no exchange (empty file).")
    seqs = [e.seq for e in exchanges]
    if len(set(seqs)) != len(seqs):
        dup = next(e for e in exchanges if seqs.count(e.seq) > 1)
        raise RecordingError(f"{path}:{dup.line}: seq {dup.seq} occurs twice.")
    return sorted(exchanges, key=lambda e: e.seq)


def dump_line(exchange: Exchange) -> str:
    return json.dumps(exchange.to_json(), ensure_ascii=False) + "\n"
