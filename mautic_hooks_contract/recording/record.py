"""`make record`: run the probe catalogue against an instance and write a recording of it.

Configured like the contract suite (MAUTIC_URL, MAUTIC_USERNAME/PASSWORD or MAUTIC_CLIENT_ID/SECRET, the
optional MAUTIC_LIMITED_* identity, CONTRACT_MODE=readonly, MAUTIC_TLS_VERIFY), with its settings, token source
and preflight; without MAUTIC_URL it records an embedded sandbox seeded with hooks of its own.

Safety (see mautic_hooks_contract/recording/catalogue.py): only the run's own hooks are touched, each group deletes what it created,
and every exit (an error, Ctrl-C, SIGTERM) deletes what is left and sweeps the run's name prefix. The file is
written to a temporary name next to the target and renamed only when the run completed, so an interrupted
run leaves no half-written recording. Nothing printed holds a credential or a webhook secret; the recording
holds identity labels and placeholders instead of credentials, and generated webhook secrets as 64 zeros (the
comparison judges generated secrets by shape only).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mautic_hooks_contract.runner.api import HooksApi, new_run_prefix, sweep
from mautic_hooks_contract.runner.auth import TokenSource, httpx_auth
from mautic_hooks_contract.runner.settings import Identity, Settings

from . import catalogue
from .format import Exchange, dump_line
from .identities import Credentials
from .state import answer_ids, path_id
from .target import Target

_REF = re.compile(r"\{(p|id:[\w-]+|fill:\d+)\}")
_GENERATED_SECRET = re.compile(rb'"secret":"[0-9a-f]{64}"')
MASKED_SECRET = b'"secret":"' + b"0" * 64 + b'"'
# A token the token endpoint issued during the run (the token probes): recorded as the primary's placeholder.
_ISSUED_TOKEN = re.compile(rb'"(access_token|refresh_token)":"[^"]+"')


def labels(settings: Settings) -> dict[str, str]:
    """The recording's identity label for each configured identity."""
    found = {catalogue.PRIMARY: "oauth-admin" if settings.identity.uses_oauth2 else "admin-basic"}
    if settings.limited is not None:
        found[catalogue.LIMITED] = "oauth-limited" if settings.limited.uses_oauth2 else "limited-basic"
    return found


def credentials(settings: Settings) -> Credentials:
    users, clients, tokens = {}, {}, {}
    for role, label in labels(settings).items():
        identity: Identity = settings.identity if role == catalogue.PRIMARY else settings.limited
        if identity.uses_oauth2:
            clients[label] = (identity.client_id or "", identity.client_secret or "")
            tokens[label] = TokenSource(settings.site_url, identity, verify=settings.tls_verify).token()
        else:
            users[label] = (identity.username or "", identity.password or "")
    return Credentials(users, clients, tokens)


class Recorder:
    def __init__(self, settings: Settings, target: Target, prefix: str):
        self.settings = settings
        self.target = target
        self.prefix = prefix
        self.labels = labels(settings)
        self.owned: set[int] = set()  # every hook this run created and has not deleted
        self.exchanges: list[Exchange] = []

    # --- filling the catalogue's placeholders ---------------------------------------------------------------
    def _fill(self, text: str, group: str, ids: dict[str, int]) -> str:
        def value(match: re.Match) -> str:
            ref = match.group(1)
            if ref == "p":
                return f"{self.prefix}{group}-"
            if ref.startswith("id:"):
                return str(ids[ref[3:]])
            return "{" + ref + "}"  # fill: resolved below, once the rest of the string is known

        text = _REF.sub(value, text)
        fill = re.search(r"\{fill:(\d+)\}", text)
        if fill:
            rest = len(text) - len(fill.group(0))
            text = text.replace(fill.group(0), "n" * (int(fill.group(1)) - rest))
        return text

    def _fill_json(self, value: Any, group: str, ids: dict[str, int]) -> Any:
        if isinstance(value, dict):
            return {k: self._fill_json(v, group, ids) for k, v in value.items()}
        if isinstance(value, list):
            return [self._fill_json(v, group, ids) for v in value]
        if isinstance(value, str):
            whole = re.fullmatch(r"\{id:([\w-]+)\}", value)
            return ids[whole.group(1)] if whole else self._fill(value, group, ids)
        return value

    # --- one probe -------------------------------------------------------------------------------------------
    def send(self, group: str, probe: catalogue.Probe, ids: dict[str, int], note: str | None = None) -> Any:
        substitute = self.target.credentials.substitute  # {{client_id:…}}, {{token:…}}: masked again below
        path = substitute(self._fill(probe.path, group, ids))
        headers: dict[str, str] = dict(probe.headers)
        body = b""
        if probe.body is not None:
            if isinstance(probe.body, str):
                body = substitute(self._fill(probe.body, group, ids)).encode()
            else:
                body = json.dumps(self._fill_json(probe.body, group, ids)).encode()
            headers["Content-Type"] = probe.content_type or catalogue.JSON
        identity = self.labels.get(probe.identity, probe.identity)
        started = time.monotonic()
        answer = self.target.send(probe.method, path, identity=identity, headers=headers, body=body)
        elapsed = round((time.monotonic() - started) * 1000, 2)
        payload = answer.json()
        self._track(probe.method, path, answer.status, payload, probe.creates, ids)
        self.exchanges.append(
            self._exchange(group, identity, probe, path, headers, body, answer, elapsed, note)
        )
        return payload

    def _track(
        self, method: str, path: str, status: int, payload: Any, creates: str | None, ids: dict
    ) -> None:
        if status not in (200, 201) or not isinstance(payload, dict):
            return
        if method in ("POST", "PUT", "PATCH"):
            self.owned.update(answer_ids(payload))
            if creates and isinstance(payload.get("hook"), dict):
                ids[creates] = payload["hook"]["id"]
            elif creates:
                hooks = payload.get("hooks")
                for key, hook in hooks.items() if isinstance(hooks, dict) else enumerate(hooks or []):
                    if isinstance(hook, dict) and isinstance(hook.get("id"), int):
                        ids[f"{creates}{key}"] = hook["id"]
        elif method == "DELETE":
            gone = (
                answer_ids(payload) if path.partition("?")[0].endswith("/batch/delete") else [path_id(path)]
            )
            errors = payload.get("errors") or {}
            failed = set(errors) if isinstance(errors, dict) else {str(i) for i in range(len(errors))}
            if not failed:
                self.owned.difference_update(gone)

    def _exchange(self, group, identity, probe, path, headers, body, answer, elapsed, note) -> Exchange:
        mask = self.target.credentials.mask
        resp_body = answer.body
        try:
            resp_body = mask(resp_body.decode("utf-8")).encode("utf-8")
        except UnicodeDecodeError:
            pass
        resp_body = _GENERATED_SECRET.sub(MASKED_SECRET, resp_body)
        resp_body = _ISSUED_TOKEN.sub(
            rb'"\1":"{{token:' + self.labels[catalogue.PRIMARY].encode() + rb'}}"', resp_body
        )
        return Exchange(
            seq=len(self.exchanges) + 1,
            group=group,
            identity=identity,
            method=probe.method,
            path=mask(path),
            req_headers=headers,
            req_body=mask(body.decode("utf-8")).encode("utf-8"),
            status=answer.status,
            resp_headers=[(k, mask(v)) for k, v in answer.headers],
            resp_body=resp_body,
            origin=self.settings.site_url,
            note=note or probe.note,
            extra={"run": self.prefix, "http_version": answer.http_version, "elapsed_ms": elapsed},
        )

    # --- groups ----------------------------------------------------------------------------------------------
    def run_group(self, group: catalogue.Group) -> None:
        ids: dict[str, int] = {}
        for probe in group.probes:
            if self.settings.readonly and not probe.reads_only:
                continue
            self.send(group.name, probe, ids)
        self.cleanup(group.name, ids)

    def cleanup(self, group: str, ids: dict[str, int]) -> None:
        """Delete what the group left (recorded, so a replay sees the same state at the next group)."""
        if self.owned:
            ids = {f"left{i}": n for i, n in enumerate(sorted(self.owned))}
            refs = ",".join(f"{{id:{k}}}" for k in ids)
            probe = catalogue.Probe("cleanup", "DELETE", f"/api/hooks/batch/delete?ids={refs}")
            self.send(group, probe, ids, note="cleanup: the group's own hooks")

    def final_cleanup(self) -> None:
        """On every exit: delete what is still owned, then sweep the run's prefix (never anything else)."""
        api = HooksApi(self.settings.api_url, self.api_auth(), verify=self.settings.tls_verify)
        try:
            for hook_id in sorted(self.owned):
                api.delete(hook_id)
            self.owned.clear()
            sweep(api, self.prefix)
        finally:
            api.close()

    def api_auth(self):
        identity = self.settings.identity
        tokens = (
            TokenSource(self.settings.site_url, identity, verify=self.settings.tls_verify)
            if identity.uses_oauth2
            else None
        )
        return httpx_auth(identity, tokens)


def record(settings: Settings, out: Path, groups: list[str] | None = None) -> list[Exchange]:
    """Run the catalogue (or only ``groups`` of it) against ``settings``' instance and write ``out`` (atomically)."""
    from mautic_hooks_contract.runner import preflight
    from mautic_hooks_contract.runner.redact import remember

    remember(settings.identity.password, settings.identity.client_secret)
    if settings.limited:
        remember(settings.limited.password, settings.limited.client_secret)
    preflight.check(settings)
    parts = urlsplit(settings.site_url)
    creds = credentials(settings)
    remember(*creds.tokens.values())
    target = Target(
        f"{parts.scheme}://{parts.netloc}", creds, base_path=parts.path, verify=settings.tls_verify
    )
    recorder = Recorder(settings, target, new_run_prefix())
    try:
        for group in catalogue.select(groups):
            if group.needs_client and not settings.identity.uses_oauth2:
                print(f"  {group.name:<11} skipped (the primary identity is no OAuth2 client)")
                continue
            if group.needs_limited and settings.limited is None:
                print(f"  {group.name:<11} skipped (no MAUTIC_LIMITED_* identity)")
                continue
            before = len(recorder.exchanges)
            recorder.run_group(group)
            print(f"  {group.name:<11} {len(recorder.exchanges) - before:>3} exchanges", flush=True)
    finally:
        try:
            recorder.final_cleanup()
        finally:
            target.close()
    write_atomically(out, recorder.exchanges)
    return recorder.exchanges


def write_atomically(out: Path, exchanges: list[Exchange]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for exchange in exchanges:
                handle.write(dump_line(exchange))
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def instance_settings() -> Iterator[Settings]:
    """The configured instance, or an embedded sandbox seeded with hooks of its own when MAUTIC_URL is unset."""
    if os.environ.get("MAUTIC_URL", "").strip():
        yield Settings.from_env()
        return
    from mautic_hooks_contract.runner.local import sandbox_settings, seeded_sandbox

    with seeded_sandbox() as sandbox:
        print(f"No MAUTIC_URL: recording the embedded sandbox at {sandbox.url}.")
        yield Settings.from_env({**os.environ, **sandbox_settings(sandbox)})


def main(out: Path, groups: list[str] | None = None) -> int:
    from mautic_hooks_contract.runner.command import diagnosed

    return diagnosed(lambda: _record(out, groups))


def _record(out: Path, groups: list[str] | None) -> int:
    """Record, then rename into place; a bad setting or a refused instance is diagnosed by the caller."""
    from mautic_hooks_contract.runner.command import interrupts

    try:
        with interrupts() as interrupted, instance_settings() as settings:
            print(
                f"Recording {settings.site_url} ({settings.identity.describe()}, mode {settings.mode}) into {out}"
            )
            exchanges = record(settings, out, groups)
    except KeyboardInterrupt:
        interrupted = [True]
        exchanges = []
    if interrupted:
        print(
            "Interrupted: the hooks the run created were deleted; no recording was written.", file=sys.stderr
        )
        return 130
    print(f"Wrote {len(exchanges)} exchanges to {out}.")
    return 0
