"""Hook ids of the recorded server mapped to the target's (README "Hook ids are mapped").

The two servers number hooks differently (MariaDB spends an AUTO_INCREMENT value on a failed insert, SQLite
does not), so a recorded id N means whatever id the target gave the same hook. The map learns from create
and edit answers and rewrites every place a request names a hook id; other numbers are left alone.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, unquote, unquote_plus

_HOOK_SEGMENT = re.compile(r"(/hooks/)([^/?#]+)")
_IDS_COMMAND = re.compile(r"(ids:)([\d,\s]+)")
_WHERE_COL = re.compile(r"^where\[([^\]]*)\]\[col(?:umn)?\]$")
_WHERE_VAL = re.compile(r"^where\[([^\]]*)\]\[val(?:ue)?\]$")
_DIGITS = re.compile(r"(\s*)(\d+)(\s*)")


class IdMap:
    def __init__(self) -> None:
        self.to_target: dict[int, int] = {}
        self.to_recorded: dict[int, int] = {}

    def pair(self, recorded: int, target: int) -> None:
        old = self.to_target.pop(recorded, None)
        if old is not None:
            self.to_recorded.pop(old, None)
        self.to_recorded.pop(target, None)
        self.to_target = {k: v for k, v in self.to_target.items() if v != target}
        self.to_target[recorded] = target
        self.to_recorded[target] = recorded

    def target(self, recorded):
        """The target's id for a recorded id (an int); anything unmapped is itself."""
        return self.to_target.get(recorded, recorded) if isinstance(recorded, int) else recorded

    def recorded(self, target):
        return self.to_recorded.get(target, target) if isinstance(target, int) else target

    # --- learning ----------------------------------------------------------------------------------------
    def learn(self, recorded: object, actual: object) -> None:
        """Pair the ids a create/edit answer shows at the same place (``hook``, or an item of ``hooks``)."""
        if not (isinstance(recorded, dict) and isinstance(actual, dict)):
            return
        self._pair_hook(recorded.get("hook"), actual.get("hook"))
        rec, act = keyed_items(recorded.get("hooks")), keyed_items(actual.get("hooks"))
        for key, hook in rec.items():
            self._pair_hook(hook, act.get(key))

    def _pair_hook(self, recorded, actual) -> None:
        if isinstance(recorded, dict) and isinstance(actual, dict):
            n, m = recorded.get("id"), actual.get("id")
            if _is_id(n) and _is_id(m):
                self.pair(n, m)

    # --- rewriting requests --------------------------------------------------------------------------------
    def _number(self, text: str) -> str:
        """A decimal id token, mapped, keeping its surrounding spaces."""
        match = _DIGITS.fullmatch(text)
        if not match or int(match.group(2)) not in self.to_target:
            return text
        return match.group(1) + str(self.to_target[int(match.group(2))]) + match.group(3)

    def _raw_numbers(self, raw: str) -> str:
        """A percent-encoded, comma-separated list of ids, mapped; unchanged text stays byte-identical."""
        decoded = unquote_plus(raw)
        mapped = ",".join(self._number(token) for token in decoded.split(","))
        return raw if mapped == decoded else quote(mapped, safe=",")

    def path(self, target: str) -> str:
        """Rewrite ``/hooks/N`` (also percent-encoded or with leading zeros) and the id-bearing query keys."""
        path, sep, query = target.partition("?")
        path = _HOOK_SEGMENT.sub(self._segment, path)
        if not sep:
            return path
        return path + "?" + self.form(query, batch_delete=path.endswith("/batch/delete"))

    def _segment(self, match: re.Match) -> str:
        raw = match.group(2)
        decoded = unquote(raw)
        if not decoded.isdigit() or int(decoded) not in self.to_target:
            return match.group(0)
        new = str(self.to_target[int(decoded)])
        zeros = len(decoded) - len(decoded.lstrip("0"))
        if raw.startswith("%"):
            new = f"%{ord(new[0]):02X}" + new[1:]  # keep it percent-encoded, as it was sent
        return match.group(1) + "0" * zeros + new

    def form(self, text: str, batch_delete: bool = False) -> str:
        """A query string or url-encoded body: ``ids=``, ``ids[…]=``, ``id=``/``[id]=``, the ``ids:`` command of
        ``search``, ``where[i][val]`` whose ``where[i][col]`` is ``id``, and bare numeric keys of a batch delete."""
        pairs = [p.partition("=") for p in text.split("&")]
        names = [unquote_plus(k) for k, _, _ in pairs]
        id_wheres = {
            m.group(1)
            for name, (_, _, v) in zip(names, pairs, strict=True)
            if (m := _WHERE_COL.match(name)) and unquote_plus(v).strip() in ("id", "e.id")
        }
        out = []
        for name, (key, eq, value) in zip(names, pairs, strict=True):
            where_val = _WHERE_VAL.match(name)
            if (
                name == "ids"
                or name.startswith("ids[")
                or name == "id"
                or name.endswith("[id]")
                or (batch_delete and name.isdigit())
                or (where_val and where_val.group(1) in id_wheres)
            ):
                value = self._raw_numbers(value)
            elif name == "search" and "ids" in unquote_plus(value):
                decoded = unquote_plus(value)
                mapped = _IDS_COMMAND.sub(
                    lambda m: m.group(1) + ",".join(self._number(t) for t in m.group(2).split(",")), decoded
                )
                if mapped != decoded:
                    value = quote(mapped, safe=":,!")
            out.append(key + eq + value)
        return "&".join(out)

    def json_body(self, body: bytes, batch_edit: bool) -> bytes:
        """``"id": N`` anywhere in a JSON body, and the bare numbers of a batch-edit list; re-encoded only when
        something changed, so bodies the target must find malformed stay as they were."""
        if not self.to_target:
            return body
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return body
        try:
            mapped = self._json(data, batch_edit)
        except RecursionError:
            return body  # nesting deeper than any hook id can hide in
        return body if mapped == data else json.dumps(mapped).encode()

    def _json(self, value, batch_edit: bool = False):
        if isinstance(value, dict):
            return {
                k: (self.target(v) if k == "id" and _is_id(v) else self._json(v)) for k, v in value.items()
            }
        if isinstance(value, list):
            if batch_edit:
                return [self.target(v) if _is_id(v) else self._json(v) for v in value]
            return [self._json(v) for v in value]
        return value

    # --- answers -------------------------------------------------------------------------------------------
    def answer(self, payload, list_keys: bool):
        """A recorded answer with its hook ids mapped (``hook.id``, ``hooks.*.id``, the keys of a list)."""
        if not isinstance(payload, dict):
            return payload
        out = dict(payload)
        if isinstance(out.get("hook"), dict):
            out["hook"] = self._hook(out["hook"])
        hooks = out.get("hooks")
        if isinstance(hooks, dict):
            out["hooks"] = {
                (str(self.target(int(k))) if list_keys and k.isdigit() else k): self._hook(h)
                for k, h in hooks.items()
            }
        elif isinstance(hooks, list):
            out["hooks"] = [self._hook(h) for h in hooks]
        return out

    def _hook(self, hook):
        if isinstance(hook, dict) and _is_id(hook.get("id")):
            return {**hook, "id": self.target(hook["id"])}
        return hook


def _is_id(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def keyed_items(hooks) -> dict:
    """A `hooks`/`errors` member as a dict: lists are keyed by position, as Mautic keys batch answers."""
    if isinstance(hooks, dict):
        return hooks
    if isinstance(hooks, list):
        return {str(i): h for i, h in enumerate(hooks)}
    return {}
