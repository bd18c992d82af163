"""`record --suite` (`make record-suite`): run the contract suite through a recording proxy and write its
traffic as a recording (the format of tests/recordings/mautic-5.1.0/README.md).

A user runs it against staging; `make replay RECORDING=file` then shows where the sandbox answers otherwise
than their own Mautic, on exactly the requests the suite sends. Without MAUTIC_URL it records an embedded
sandbox started in S0 (no hooks, the seed's two categories), the state a replay starts from, so such a
recording replays with no difference.

The suite runs in this process, as `mautic-hooks-contract run` does, with MAUTIC_URL pointed at the proxy
(mautic_hooks_contract/recording/proxy.py). Settings are first read with the real URL, so whatever depends on the instance's
address (the delivery clauses need CONTRACT_RECEIVER_URL unless the instance is on loopback) is decided for
the instance, not for the proxy. One run at a time: CONTRACT_WORKERS above 1 is refused, since the
interleaved traffic of parallel workers could not be replayed in order.

Nothing written holds a credential (see `Labeler` and `Masker`): each request's Authorization becomes an
identity label, the configured client id and secret and every token the instance issued to it become
``{{placeholders}}``, and generated webhook secrets are written as 64 zeros (as `make record` does; the
comparison judges generated secrets by shape), as are the secrets of hooks the run did not write (on a
shared instance, other people's hooks show up in the listings).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import gc
import json
import os
import re
import sys
import zlib
from pathlib import Path
from urllib.parse import parse_qsl

from mautic_hooks_contract.runner.api import RESERVED_PREFIX
from mautic_hooks_contract.runner.settings import ConfigError, Settings

from . import catalogue
from .format import Exchange
from .identities import Credentials
from .proxy import Raw, RecordingProxy
from .record import labels, write_atomically

TOKEN_PATH = "/oauth/v2/token"
KEPT_REQUEST_HEADERS = ("Content-Type", "Accept")
# A 64-hex webhook secret, in JSON (request or answer, spaces allowed), or in a form body or query; any secret
# in JSON. Each starts with a literal the regex engine searches fast, and the string loop is unrolled: large
# lists are most of a run's bytes.
_ZERO_SECRET = "0" * 64
_HEX64_JSON = re.compile(r'("secret"\s*:\s*")[0-9a-f]{64}(?=")')
_HEX64_FORM = re.compile(r"(\bsecret=)[0-9a-f]{64}(?![0-9a-f])")
_SECRET_VALUE = re.compile(r'"secret"\s*:\s*"([^"\\]*(?:\\.[^"\\]*)*)"')
MIN_PASSWORD = 6  # shorter configured passwords are not searched for in bodies (too likely a false match)


class Labeler:
    """The identity label of an Authorization header (README "Identity labels"), from the configured
    credentials and the tokens the instance issued to the configured clients, in the order it did."""

    def __init__(self, settings: Settings):
        self.users: dict[str, tuple[str, str]] = {}  # username -> (password, label)
        self.clients: dict[str, tuple[str, str]] = {}  # client id -> (secret, label)
        self.tokens: dict[str, str] = {}  # access token -> label
        for role, label in labels(settings).items():
            identity = settings.identity if role == catalogue.PRIMARY else settings.limited
            assert identity is not None
            if identity.uses_oauth2:
                self.clients[identity.client_id or ""] = (identity.client_secret or "", label)
            else:
                self.users[identity.username or ""] = (identity.password or "", label)

    def label(self, authorization: str | None) -> str:
        if authorization is None:
            return "none"
        if not authorization.strip():
            return "unrecognized"
        scheme, _, rest = authorization.strip().partition(" ")
        if scheme.lower() == "bearer":
            token = rest.strip()
            return self.tokens.get(token, "bad-bearer") if token else "bearer-empty"
        if scheme.lower() != "basic":
            return "other-scheme"
        try:
            decoded = base64.b64decode(rest.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return "basic-malformed"
        if ":" not in decoded:
            return "basic-no-colon"
        user, _, password = decoded.partition(":")
        if user in self.users:
            known, label = self.users[user]
            return label if password == known else f"wrong-password:{label}"
        if user in self.clients and password == self.clients[user][0]:
            return f"basic-client:{self.clients[user][1]}"
        return "unknown-user"

    def learn(self, raw: Raw, path: str, identity: str) -> None:
        """A token answer to a request that carried a configured client id: its token is that client's."""
        if path.partition("?")[0] != TOKEN_PATH or raw.status != 200:
            return
        if identity.startswith("basic-client:"):
            label = identity.partition(":")[2]
        else:
            form = dict(parse_qsl(raw.req_body.decode("utf-8", "replace"), keep_blank_values=True))
            found = self.clients.get(form.get("client_id", ""))
            if found is None:
                return
            label = found[1]
        try:
            token = json.loads(raw.resp_body).get("access_token")
        except (ValueError, AttributeError):
            return
        if isinstance(token, str) and token:
            self.tokens[token] = label


class Masker:
    """Replaces every credential of the run by its placeholder: the client ids and secrets
    (recording.identities.Credentials.mask), each token issued (a run may fetch several), the passwords (no
    placeholder a replay fills: `{{password:label}}`), and 64-hex webhook secrets by zeros.

    On a shared instance the suite's listings show other people's hooks, whose secret may be one a user
    chose (not 64 hex): a secret no answer to the run's own writes showed is written as zeros too
    (``answer``). Made once every token is known; each text is searched for the values it may hold first,
    so that the common case (nothing to mask) costs a few substring searches."""

    def __init__(self, labeler: Labeler):
        clients = {label: (cid, secret) for cid, (secret, label) in labeler.clients.items()}
        self.clients = Credentials({}, clients, {})
        self.client_values = [v for pair in clients.values() for v in pair if v]
        others = [(token, f"{{{{token:{label}}}}}") for token, label in labeler.tokens.items()]
        others += [
            (pw, f"{{{{password:{label}}}}}")
            for pw, label in labeler.users.values()
            if len(pw) >= MIN_PASSWORD
        ]
        self.others = sorted(others, key=lambda pair: -len(pair[0]))
        self.own_secrets: set[str] = set()  # secrets (as JSON text) in answers to the run's own writes

    def text(self, text: str, *, json_secrets: bool = True) -> str:
        for value, placeholder in self.others:
            if value in text:
                text = text.replace(value, placeholder)
        if any(value in text for value in self.client_values):
            text = self.clients.mask(text)
        if json_secrets and '"secret"' in text:
            text = _HEX64_JSON.sub(_zeros, text)
        return _HEX64_FORM.sub(_zeros, text) if "secret=" in text else text

    def headers(self, headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
        joined = "\n".join(value for _, value in headers)
        if self.text(joined) == joined:
            return headers  # the common case, in one search
        return [(name, self.text(value)) for name, value in headers]

    def body(self, data: bytes) -> bytes:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return data  # written as base64; a credential is text
        return self.text(text).encode("utf-8", "surrogatepass")

    def answer(self, method: str, status: int, data: bytes) -> bytes:
        """A response body: generated secrets zeroed; the secrets the run's own writes show noted, any other
        secret zeroed. Lists of the whole instance are large: the common case is done by the regex engine,
        a Python call per secret only where there are other people's secrets to zero."""
        if b'"secret"' not in data:
            return self.body(data)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return data
        own = method in ("POST", "PUT", "PATCH") and status in (200, 201)
        if own:
            self.own_secrets.update(_SECRET_VALUE.findall(text))
        text = _HEX64_JSON.sub(_zeros, text)
        if not own:
            foreign = set(_SECRET_VALUE.findall(text)) - self.own_secrets - {_ZERO_SECRET}
            if foreign:
                # A hook under the reserved prefix is the suite's own even when no answer showed it: Mautic
                # stores a hook and then answers 500 for a NUL in its text (known defect text-with-nul).
                self.own_secrets.update(_reserved_secrets(text))
                foreign -= self.own_secrets
            if foreign:
                text = _SECRET_VALUE.sub(lambda m: _zeroed(m) if m.group(1) in foreign else m.group(0), text)
        return self.text(text, json_secrets=False).encode("utf-8", "surrogatepass")


def _reserved_secrets(text: str) -> set[str]:
    """The secrets (as JSON text) of the hooks in an answer whose names carry the suite's reserved prefix."""
    try:
        payload = json.loads(text)
    except ValueError:
        return set()
    hooks = [payload.get("hook")] if isinstance(payload, dict) else []
    listed = payload.get("hooks") if isinstance(payload, dict) else None
    hooks += list(listed.values()) if isinstance(listed, dict) else listed if isinstance(listed, list) else []
    reserved = {
        hook["secret"]
        for hook in hooks
        if isinstance(hook, dict)
        and isinstance(hook.get("secret"), str)
        and str(hook.get("name") or "").startswith(RESERVED_PREFIX)
    }
    return {raw for raw in _SECRET_VALUE.findall(text) if json.loads(f'"{raw}"') in reserved}


def _zeros(match: re.Match) -> str:
    return match.group(1) + _ZERO_SECRET  # a function: a replacement template is expanded in Python per match


def _zeroed(match: re.Match) -> str:
    return match.group(0)[: match.start(1) - match.start(0)] + _ZERO_SECRET + '"'


def _decoded(headers: list[tuple[str, str]], body: bytes) -> tuple[list[tuple[str, str]], bytes]:
    """The entity: a gzip/deflate answer decoded (and its Content-Encoding left out), as a replay gets it."""
    encoding = next((v.strip().lower() for k, v in headers if k.lower() == "content-encoding"), "")
    if encoding not in ("gzip", "deflate", "x-gzip") or not body:
        return headers, body
    try:
        wbits = zlib.MAX_WBITS | 16 if "gzip" in encoding else zlib.MAX_WBITS
        body = zlib.decompress(body, wbits)
    except zlib.error:
        try:
            body = zlib.decompress(body, -zlib.MAX_WBITS)  # raw deflate, as some servers send it
        except zlib.error:
            return headers, body
    return [(k, v) for k, v in headers if k.lower() != "content-encoding"], body


def to_exchanges(raws: list[Raw], settings: Settings, group: str) -> list[Exchange]:
    """The proxy's raw exchanges as a recording: labels, placeholders, masked secrets, paths from the root."""
    labeler = Labeler(settings)
    base = RecordingProxy(settings.site_url).base_path
    rows = []
    for raw in raws:
        path = raw.target[len(base) :] if base and raw.target.startswith(base + "/") else raw.target
        authorization = next((v for k, v in raw.req_headers if k.lower() == "authorization"), None)
        identity = labeler.label(authorization)
        labeler.learn(raw, path, identity)
        rows.append((raw, path, identity))
    masker = Masker(labeler)  # once every token is known
    exchanges = []
    for seq, (raw, path, identity) in enumerate(rows, 1):
        kept = {name: _header(raw.req_headers, name) for name in KEPT_REQUEST_HEADERS}
        resp_headers, resp_body = _decoded(raw.resp_headers, raw.resp_body)
        exchanges.append(
            Exchange(
                seq=seq,
                group=group,
                identity=identity,
                method=raw.method,
                path=masker.text(path),
                req_headers={k: v for k, v in kept.items() if v is not None},
                req_body=masker.body(raw.req_body),
                status=raw.status,
                resp_headers=masker.headers(resp_headers),
                resp_body=masker.answer(raw.method, raw.status, resp_body),
                origin=settings.site_url,
                extra={"reason": raw.reason, "http_version": raw.http_version, "elapsed_ms": raw.elapsed_ms},
            )
        )
    return exchanges


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    return next((v for k, v in headers if k.lower() == name.lower()), None)


# --- the command ------------------------------------------------------------------------------------------
# The delivery clauses are off unless CONTRACT_DELIVERY=1 is given: a replay has no receiver, so the sandbox's
# deliveries to the recorded receiver URL fail and its kill rule unpublishes the hook, and their contact
# requests (/api/contacts) are outside what a recording compares.
NOT_REPLAYABLE = {"CONTRACT_DELIVERY": "0"}
# The suite's exit statuses after which the traffic is worth keeping: it conforms, a clause failed, the instance
# became unavailable. Not after a bad setting (2), a refusing preflight (3) or an interruption (130).
WRITTEN_ON = (0, 1, 4)


def _suite_settings() -> Settings:
    settings = Settings.from_env()  # the real MAUTIC_URL: the same verdict on every setting as `run`
    if settings.workers > 1:
        raise ConfigError(
            "record --suite needs CONTRACT_WORKERS=1: parallel workers interleave their traffic, and a replay "
            "sends one exchange after another."
        )
    return settings


def record_suite(out: Path, pytest_args: list[str]) -> int:
    """Run the suite through the proxy against MAUTIC_URL (or an embedded sandbox in S0); write ``out``."""
    from mautic_hooks_contract.runner.command import diagnosed
    from mautic_hooks_contract.runner.local import sandbox_settings, seeded_sandbox, settings_defaults

    with contextlib.ExitStack() as stack:
        defaults = dict(NOT_REPLAYABLE)
        if not os.environ.get("MAUTIC_URL", "").strip():
            from .target import S0_SEED

            sandbox = stack.enter_context(seeded_sandbox(**S0_SEED))
            print(
                f"No MAUTIC_URL: recording the suite against the embedded sandbox at {sandbox.url} (in S0)."
            )
            defaults = {**sandbox_settings(sandbox), **defaults}
        stack.enter_context(settings_defaults(defaults))  # a setting the user gave wins, as for `run`
        return diagnosed(lambda: _through_proxy(out, pytest_args))


def _restore(values: dict[str, str | None]) -> None:
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def _through_proxy(out: Path, pytest_args: list[str]) -> int:
    from mautic_hooks_contract.runner.command import run
    from mautic_hooks_contract.runner.preflight import PreflightError

    settings = _suite_settings()
    group = f"suite-seed{settings.seed}" if settings.seed is not None else "suite"
    if settings.delivery:
        print(
            "CONTRACT_DELIVERY=1: the delivery clauses' exchanges are recorded too, but a replay has no receiver "
            "(the sandbox's deliveries fail and unpublish their hook) and compares no contact request.",
            file=sys.stderr,
        )
    with RecordingProxy(settings.site_url, verify=settings.tls_verify) as proxy:
        try:
            proxy.connect().close()  # a TCP (and TLS) handshake, no request: said like the preflight
        except OSError as exc:
            raise PreflightError(
                f"Cannot reach {settings.site_url} ({exc}): check MAUTIC_URL and that the site is up."
            ) from None
        print(f"Recording the suite's traffic with {settings.site_url} through {proxy.url}.", flush=True)
        original = os.environ["MAUTIC_URL"]
        os.environ["MAUTIC_URL"] = proxy.url
        try:
            code = run(pytest_args)
        except (ConfigError, PreflightError) as exc:  # said of the instance, not of the proxy
            raise type(exc)(str(exc).replace(proxy.url, settings.site_url)) from None
        finally:
            _restore({"MAUTIC_URL": original})
        raws = list(proxy.exchanges)
    if code not in WRITTEN_ON:
        print(f"No recording written (the suite's exit status {code}).", file=sys.stderr)
        return code
    gc.disable()  # after a run the heap is large: collecting it while the file is built costs more than building
    try:
        exchanges = to_exchanges(raws, settings, group)
        write_atomically(out, exchanges)
    finally:
        gc.enable()
    print(f"Recorded {len(exchanges)} exchanges of the suite into {out}.")
    return code
