"""The project's own probe catalogue: what `make record` sends to an instance.

Safe on a shared instance with hooks of its own: every hook it creates is named ``mhc-contract-<run>-…``, is
unpublished (one list probe needs a published one), points at the loopback discard port; it edits and deletes
only hooks it created in this run (``{id:x}`` names one of them), lists only its own hooks (``search=ids:…``),
and aims the not-found probes at ids far above any real one (the contract suite's ABSENT_ID_BASE). Read-only
mode keeps the GET probes that name no created hook.

Placeholders: ``{p}`` is the run's name prefix plus the group, ``{id:x}`` the id of the hook the group created as
``x`` (a JSON string that is exactly ``"{id:x}"`` becomes the number), ``{fill:N}`` pads its string with ``n`` to
N characters (the name-length probes, whatever the prefix's length). Identities: PRIMARY and LIMITED are the
configured identities, the rest are the recordings' fabricated labels (see recording/identities.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from contract_tests.api import SINK_URL
from contract_tests.run import ABSENT_ID_BASE

PRIMARY = "primary"
LIMITED = "limited"
ABSENT = ABSENT_ID_BASE + 1
JSON = "application/json"


@dataclass(frozen=True)
class Probe:
    note: str
    method: str
    path: str
    body: Any = None  # JSON value, or str sent as is (with content_type)
    identity: str = PRIMARY
    content_type: str | None = None
    creates: str | None = None  # remember the created hook(s) under this name (batch: name0, name1, ...)

    @property
    def reads_only(self) -> bool:
        return self.method == "GET" and "{id:" not in self.path and self.creates is None


@dataclass(frozen=True)
class Group:
    name: str
    probes: tuple[Probe, ...]
    needs_limited: bool = False


def _hook(name: str, **fields: Any) -> dict[str, Any]:
    return {"name": "{p}" + name, "webhookUrl": SINK_URL, "isPublished": False, **fields}


def _create(note: str, name: str, creates: str | None = None, **fields: Any) -> Probe:
    return Probe(note, "POST", "/api/hooks/new", _hook(name, **fields), creates=creates or name)


CATALOGUE = (
    Group(
        "catalogue",
        (
            Probe("trigger catalogue", "GET", "/api/hooks/triggers"),
            Probe("an own-scoped empty list", "GET", "/api/hooks?search=ids:0"),
        ),
    ),
    Group(
        "lifecycle",
        (
            _create(
                "create with every field",
                "a",
                description="d",
                eventsOrderbyDir="DESC",
                triggers=["mautic.lead_post_save_new", "mautic.lead_post_delete"],
            ),
            Probe("get it", "GET", "/api/hooks/{id:a}"),
            Probe("list it", "GET", "/api/hooks?search=ids:{id:a}"),
            Probe(
                "PATCH adds triggers", "PATCH", "/api/hooks/{id:a}/edit", {"triggers": ["mautic.page_on_hit"]}
            ),
            Probe(
                "PUT replaces",
                "PUT",
                "/api/hooks/{id:a}/edit",
                _hook("a-put", triggers=["mautic.email_on_open"]),
            ),
            Probe("get after PUT", "GET", "/api/hooks/{id:a}"),
            Probe("delete it", "DELETE", "/api/hooks/{id:a}/delete"),
            Probe("get after delete", "GET", "/api/hooks/{id:a}"),
        ),
    ),
    Group(
        "validation",
        (
            Probe("no name", "POST", "/api/hooks/new", {"webhookUrl": SINK_URL, "isPublished": False}),
            Probe("no URL scheme host", "POST", "/api/hooks/new", _hook("bad-url", webhookUrl="http://")),
            _create("a name of 191 characters", "{fill:191}", creates="long"),
            Probe("a name of 192 characters", "POST", "/api/hooks/new", _hook("{fill:192}")),
            _create("a name with tags", "tag", creates="tag", description="<b>b</b> <script>x</script>"),
            _create("an unterminated '<'", "lt<b", creates="lt"),
            _create("a trailing control character", "bell\u0007", creates="bell"),
            _create("a trigger that is a number", "num", triggers=[5]),
            _create("a trigger that is a list", "list", triggers=[["mautic.page_on_hit"]]),
            Probe("get the list trigger back", "GET", "/api/hooks/{id:list}"),
            Probe("a null trigger", "POST", "/api/hooks/new", _hook("null", triggers=[None])),
            Probe("malformed JSON", "POST", "/api/hooks/new", "{", content_type=JSON),
            Probe(
                "upper-case media type",
                "POST",
                "/api/hooks/new",
                '{"name": "x"}',
                content_type="APPLICATION/JSON",
            ),
            Probe(
                "form-encoded create",
                "POST",
                "/api/hooks/new",
                "name={p}form&webhookUrl=http%3A%2F%2F127.0.0.1%3A9%2Fx&isPublished=0&triggers[]=mautic.sms_on_send",
                content_type="application/x-www-form-urlencoded",
                creates="form",
            ),
        ),
    ),
    Group(
        "lists",
        (
            _create("list fixture", "l-c", creates="c", description="3"),
            _create("list fixture (published)", "l-a", creates="x", isPublished=True),
            _create("list fixture", "l-b", creates="b"),
            Probe("default order (name)", "GET", "/api/hooks?search=ids:{id:c},{id:x},{id:b}"),
            Probe(
                "orderBy name DESC",
                "GET",
                "/api/hooks?search=ids:{id:c},{id:x},{id:b}&orderBy=name&orderByDir=DESC",
            ),
            Probe(
                "orderByDir 0", "GET", "/api/hooks?search=ids:{id:c},{id:x},{id:b}&orderBy=name&orderByDir=0"
            ),
            Probe("a page", "GET", "/api/hooks?search=ids:{id:c},{id:x},{id:b}&orderBy=id&limit=2&start=1"),
            Probe("published only", "GET", "/api/hooks?search=ids:{id:c},{id:x},{id:b}&published=1"),
            Probe("select", "GET", "/api/hooks?search=ids:{id:c},{id:x},{id:b}&select[]=id&select[]=name"),
            Probe("minimal", "GET", "/api/hooks?search=ids:{id:c},{id:x},{id:b}&minimal=1"),
            Probe("unknown orderBy", "GET", "/api/hooks?search=ids:{id:c}&orderBy=nonexistent"),
            Probe("get one with select", "GET", "/api/hooks/{id:c}?select[]=id"),
        ),
    ),
    Group(
        "batch",
        (
            Probe(
                "batch create",
                "POST",
                "/api/hooks/batch/new",
                [_hook("b0"), _hook("b1", triggers=["mautic.form_on_submit"]), {"name": ""}],
                creates="b",
            ),
            Probe(
                "batch PATCH, one id missing",
                "PATCH",
                "/api/hooks/batch/edit",
                [{"id": "{id:b0}", "description": "x"}, {"id": ABSENT, "description": "y"}],
            ),
            Probe("batch PATCH of scalars", "PATCH", "/api/hooks/batch/edit", ["AAA"]),
            Probe("batch delete", "DELETE", "/api/hooks/batch/delete?ids={id:b0},{id:b1}," + str(ABSENT)),
        ),
    ),
    Group(
        "errors",
        (
            Probe("missing id", "GET", f"/api/hooks/{ABSENT}"),
            Probe("PATCH a missing id", "PATCH", f"/api/hooks/{ABSENT}/edit", {"name": "x"}),
            Probe("delete a missing id", "DELETE", f"/api/hooks/{ABSENT}/delete"),
            Probe("non-numeric id", "GET", "/api/hooks/abc"),
            Probe("unknown method", "FOO", "/api/hooks"),
            Probe("trailing slash", "GET", "/api/hooks/triggers/"),
            Probe("POST to the list", "POST", "/api/hooks", {"name": "x"}),
        ),
    ),
    Group(
        "auth",
        (
            Probe("no credentials", "GET", "/api/hooks/triggers", identity="none"),
            Probe("a token nobody issued", "GET", "/api/hooks/triggers", identity="bad-bearer"),
            Probe("an unknown user", "GET", "/api/hooks/triggers", identity="unknown-user"),
            Probe("Basic without a colon", "GET", "/api/hooks/triggers", identity="basic-no-colon"),
            Probe("another scheme", "GET", "/api/hooks/triggers", identity="other-scheme"),
            Probe("no credentials, a write", "POST", "/api/hooks/new", _hook("noauth"), identity="none"),
        ),
    ),
    Group(
        "limited",
        (
            _create("a hook of the primary identity", "theirs", creates="theirs"),
            Probe(
                "the limited identity creates its own",
                "POST",
                "/api/hooks/new",
                _hook("mine"),
                identity=LIMITED,
                creates="mine",
            ),
            Probe("it reads its own", "GET", "/api/hooks/{id:mine}", identity=LIMITED),
            Probe("it may not read the other", "GET", "/api/hooks/{id:theirs}", identity=LIMITED),
            Probe(
                "nor edit it", "PATCH", "/api/hooks/{id:theirs}/edit", {"description": "x"}, identity=LIMITED
            ),
            Probe("its list", "GET", "/api/hooks?search=ids:{id:mine},{id:theirs}", identity=LIMITED),
            Probe("it deletes its own", "DELETE", "/api/hooks/{id:mine}/delete", identity=LIMITED),
        ),
        needs_limited=True,
    ),
)
