"""The project's own probe catalogue: what `make record` sends to an instance.

Safe on a shared instance with hooks of its own: every hook it creates is named ``mhc-contract-<run>-…``, is
unpublished (one list probe needs a published one), points at the loopback discard port; it edits and deletes
only hooks it created in this run (``{id:x}`` names one of them), lists only its own hooks (``search=ids:…``),
and aims the not-found probes at ids far above any real one (the contract suite's ABSENT_ID_BASE). Read-only
mode keeps the GET probes that name no created hook. A group marked ``s0_only`` (``categories``) reads the
instance's own data, so only an instance in the recordings' S0 gives comparable answers: it is recorded only
when ``--groups`` names it.

Placeholders: ``{p}`` is the run's name prefix plus the group, ``{id:x}`` the id of the hook the group created as
``x`` (a JSON string that is exactly ``"{id:x}"`` becomes the number), ``{fill:N}`` pads its string with ``n`` to
N characters (the name-length probes, whatever the prefix's length); ``{{client_id:oauth-admin}}``,
``{{client_secret:oauth-admin}}`` and ``{{token:oauth-admin}}`` are the primary OAuth2 client's credentials
(recorded as these placeholders, mautic_hooks_contract/recording/identities.py). Identities: PRIMARY and LIMITED are the
configured identities, the rest are the recordings' fabricated labels (see mautic_hooks_contract/recording/identities.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from mautic_hooks_contract.runner.api import SINK_URL
from mautic_hooks_contract.runner.run import ABSENT_ID_BASE

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
    headers: tuple[
        tuple[str, str], ...
    ] = ()  # more request headers, recorded (CORS: Origin, X-Requested-With …)

    @property
    def reads_only(self) -> bool:
        return self.method == "GET" and "{id:" not in self.path and self.creates is None


@dataclass(frozen=True)
class Group:
    name: str
    probes: tuple[Probe, ...]
    needs_limited: bool = False
    needs_client: bool = False  # quotes the primary's OAuth2 client ({{client_id:oauth-admin}}, {{token:…}})
    s0_only: bool = False  # answers depend on the instance's own data: recorded only when --groups names it


def _hook(name: str, **fields: Any) -> dict[str, Any]:
    return {"name": "{p}" + name, "webhookUrl": SINK_URL, "isPublished": False, **fields}


def _create(note: str, name: str, creates: str | None = None, **fields: Any) -> Probe:
    return Probe(note, "POST", "/api/hooks/new", _hook(name, **fields), creates=creates or name)


# --- OAuth2 token endpoint, bearer tokens, CORS (areas of tests/recordings/kit-5.1.0/api/auth.jsonl) ---------
FORM = "application/x-www-form-urlencoded"
TOKEN_URL = "/oauth/v2/token"
CLIENT = "client_id={{client_id:oauth-admin}}&client_secret={{client_secret:oauth-admin}}"
TOKEN = "{{token:oauth-admin}}"
XHR = ("X-Requested-With", "XMLHttpRequest")
ORIGIN = ("Origin", "http://127.0.0.1:8000")  # the recorded site's own origin
OTHER_ORIGIN = ("Origin", "https://elsewhere.example")


def _token(note: str, body: str, identity: str = "none", **kw: Any) -> Probe:
    return Probe(note, "POST", TOKEN_URL, body, identity=identity, content_type=FORM, **kw)


def _form_hook(name: str, extra: str = "") -> str:
    return f"{extra}name={{p}}{name}&webhookUrl=http%3A%2F%2F127.0.0.1%3A9%2Fx&isPublished=0"


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
    Group(
        "oauth-token",
        (
            _token("no grant_type", CLIENT),
            _token("an unknown grant type", "grant_type=foo&" + CLIENT),
            _token("an extension grant (urn:) the client is not allowed", "grant_type=urn:mhc:x&" + CLIENT),
            _token("the password grant, not allowed to the client", "grant_type=password&" + CLIENT),
            _token("authorization_code without a code", "grant_type=authorization_code&" + CLIENT),
            _token("refresh_token without a refresh token", "grant_type=refresh_token&" + CLIENT),
            _token(
                "authorization_code with an unknown code", "grant_type=authorization_code&code=x&" + CLIENT
            ),
            _token(
                "authorization_code with an unknown code and a redirect URI",
                "grant_type=authorization_code&code=x&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback&"
                + CLIENT,
            ),
            _token(
                "refresh_token with an unknown token", "grant_type=refresh_token&refresh_token=x&" + CLIENT
            ),
            _token("grant_type as an array", "grant_type[]=client_credentials&" + CLIENT),
            _token("no client_id", "grant_type=client_credentials"),
            _token("an empty client_id", "grant_type=client_credentials&client_id=&client_secret=x"),
            _token(
                "an unknown client id", "grant_type=client_credentials&client_id=999_mhcnope&client_secret=x"
            ),
            _token(
                "a client id without '_'", "grant_type=client_credentials&client_id=mhcnope&client_secret=x"
            ),
            _token(
                "a wrong secret",
                "grant_type=client_credentials&client_id={{client_id:oauth-admin}}&client_secret=mhc-wrong",
            ),
            _token("no secret", "grant_type=client_credentials&client_id={{client_id:oauth-admin}}"),
            _token("a scope", "grant_type=client_credentials&scope=read&" + CLIENT),
            _token("the grant (headers: Cache-Control, Pragma)", "grant_type=client_credentials&" + CLIENT),
            _token(
                "client credentials as HTTP Basic",
                "grant_type=client_credentials",
                "basic-client:oauth-admin",
            ),
            Probe(
                "GET with the grant in the query",
                "GET",
                TOKEN_URL + "?grant_type=client_credentials&" + CLIENT,
                identity="none",
            ),
            Probe("GET without a query", "GET", TOKEN_URL, identity="none"),
            Probe(
                "a JSON body",
                "POST",
                TOKEN_URL,
                '{"grant_type":"client_credentials","client_id":"{{client_id:oauth-admin}}",'
                '"client_secret":"{{client_secret:oauth-admin}}"}',
                identity="none",
                content_type=JSON,
            ),
            Probe("an empty body, no Content-Type", "POST", TOKEN_URL, identity="none"),
            Probe(
                "PUT",
                "PUT",
                TOKEN_URL,
                "grant_type=client_credentials&" + CLIENT,
                identity="none",
                content_type=FORM,
            ),
            _token(
                "an XHR with an Origin, wrong secret",
                "grant_type=client_credentials&client_id=x&client_secret=y",
                headers=(XHR, OTHER_ORIGIN),
            ),
        ),
        needs_client=True,
    ),
    Group(
        "bearer",
        (
            Probe("a token nobody issued", "GET", "/api/hooks/triggers", identity="bad-bearer"),
            Probe("a token of the issued shape", "GET", "/api/hooks/triggers", identity="bearer-lookalike"),
            Probe("'Bearer' and two spaces", "GET", "/api/hooks/triggers", identity="bearer-two-spaces"),
            Probe(
                "'bearer' in lower case",
                "GET",
                "/api/hooks/triggers",
                identity="lowercase-bearer:oauth-admin",
            ),
            Probe("'Bearer' alone", "GET", "/api/hooks/triggers", identity="bearer-empty"),
            Probe(
                "the token in the query", "GET", "/api/hooks/triggers?access_token=" + TOKEN, identity="none"
            ),
            Probe("an empty access_token", "GET", "/api/hooks/triggers?access_token=", identity="none"),
            Probe("access_token=0", "GET", "/api/hooks/triggers?access_token=0", identity="none"),
            Probe("access_token as an array", "GET", "/api/hooks/triggers?access_token[]=x", identity="none"),
            Probe("header and query, same token", "GET", "/api/hooks/triggers?access_token=" + TOKEN),
            Probe("header and query, another token", "GET", "/api/hooks/triggers?access_token=mhc-other"),
            Probe(
                "the token in a form body, create",
                "POST",
                "/api/hooks/new",
                _form_hook("fb", f"access_token={TOKEN}&"),
                identity="none",
                content_type=FORM,
                creates="fb",
            ),
            Probe(
                "the token in a form body, PATCH",
                "PATCH",
                "/api/hooks/{id:fb}/edit",
                f"access_token={TOKEN}&description=x",
                identity="none",
                content_type=FORM,
            ),
            Probe(
                "the token in a form body of a GET",
                "GET",
                "/api/hooks/{id:fb}",
                f"access_token={TOKEN}",
                identity="none",
                content_type=FORM,
            ),
            Probe(
                "an empty token in a form body",
                "PATCH",
                "/api/hooks/{id:fb}/edit",
                "access_token=&description=e",
                identity="none",
                content_type=FORM,
            ),
            Probe(
                "the token in a JSON body",
                "PATCH",
                "/api/hooks/{id:fb}/edit",
                {"access_token": TOKEN, "description": "y"},
                identity="none",
            ),
            Probe(
                "header and form body",
                "PATCH",
                "/api/hooks/{id:fb}/edit",
                f"access_token={TOKEN}&description=z",
                content_type=FORM,
            ),
            Probe(
                "the token in a form body, delete",
                "DELETE",
                "/api/hooks/{id:fb}/delete",
                f"access_token={TOKEN}",
                identity="none",
                content_type=FORM,
            ),
        ),
        needs_client=True,
    ),
    Group(
        "cors",
        (
            Probe("an Origin, no XHR", "GET", "/api/hooks/triggers", headers=(ORIGIN,)),
            Probe("XHR from the site's origin", "GET", "/api/hooks/triggers", headers=(ORIGIN, XHR)),
            Probe("XHR from another origin", "GET", "/api/hooks/triggers", headers=(OTHER_ORIGIN, XHR)),
            Probe("XHR from origin null", "GET", "/api/hooks/triggers", headers=(("Origin", "null"), XHR)),
            Probe("XHR without an Origin", "GET", "/api/hooks/triggers", headers=(XHR,)),
            Probe(
                "X-Requested-With in lower case",
                "GET",
                "/api/hooks/triggers",
                headers=(OTHER_ORIGIN, ("X-Requested-With", "xmlhttprequest")),
            ),
            Probe(
                "XHR, no credentials (401)",
                "GET",
                "/api/hooks/triggers",
                identity="none",
                headers=(OTHER_ORIGIN, XHR),
            ),
            Probe("XHR, a missing hook (404)", "GET", f"/api/hooks/{ABSENT}", headers=(OTHER_ORIGIN, XHR)),
            Probe("XHR, an unknown API URL (404)", "GET", "/api/nothing", headers=(OTHER_ORIGIN, XHR)),
            Probe(
                "XHR, malformed JSON (400)",
                "POST",
                "/api/hooks/new",
                "{",
                content_type=JSON,
                headers=(OTHER_ORIGIN, XHR),
            ),
            Probe(
                "XHR create (201)",
                "POST",
                "/api/hooks/new",
                _hook("x"),
                creates="x",
                headers=(OTHER_ORIGIN, XHR),
            ),
            Probe(
                "preflight",
                "OPTIONS",
                "/api/hooks/new",
                identity="none",
                headers=(
                    OTHER_ORIGIN,
                    ("Access-Control-Request-Method", "POST"),
                    ("Access-Control-Request-Headers", "authorization,content-type"),
                ),
            ),
            Probe(
                "preflight from the site's origin",
                "OPTIONS",
                "/api/hooks",
                identity="none",
                headers=(
                    ORIGIN,
                    ("Access-Control-Request-Method", "GET"),
                    ("Access-Control-Request-Headers", "authorization"),
                ),
            ),
            Probe(
                "preflight without request headers",
                "OPTIONS",
                "/api/hooks",
                identity="none",
                headers=(OTHER_ORIGIN, ("Access-Control-Request-Method", "GET")),
            ),
            Probe(
                "preflight without an Origin",
                "OPTIONS",
                "/api/hooks",
                identity="none",
                headers=(("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "x")),
            ),
            Probe(
                "preflight, XHR too",
                "OPTIONS",
                "/api/hooks",
                identity="none",
                headers=(
                    OTHER_ORIGIN,
                    XHR,
                    ("Access-Control-Request-Method", "GET"),
                    ("Access-Control-Request-Headers", "authorization"),
                ),
            ),
            Probe(
                "preflight of the token URL",
                "OPTIONS",
                TOKEN_URL,
                identity="none",
                headers=(
                    OTHER_ORIGIN,
                    ("Access-Control-Request-Method", "POST"),
                    ("Access-Control-Request-Headers", "content-type"),
                ),
            ),
        ),
    ),
    Group(
        "events",
        (
            _create(
                "events as an object",
                "obj",
                events={"a": "mautic.page_on_hit", "b": "mautic.lead_post_save_new"},
            ),
            _create("events as a list", "list", events=["mautic.page_on_hit", "mautic.email_on_open"]),
            _create("events as a string", "str", events="mautic.page_on_hit"),
            _create("events as a '|' string", "pipe", events="mautic.page_on_hit|mautic.email_on_open"),
            _create(
                "events and triggers",
                "mix",
                events=["mautic.page_on_hit"],
                triggers=["mautic.lead_post_save_new", "mautic.page_on_hit"],
            ),
            _create("duplicate events", "dup", events=["mautic.page_on_hit", "mautic.page_on_hit"]),
            Probe("an unknown event", "POST", "/api/hooks/new", _hook("unk", events=["mautic.nope"])),
            Probe("an event that is a number", "POST", "/api/hooks/new", _hook("num", events=[5])),
            _create("no events ([])", "none", events=[]),
            _create("events null", "null", events=None),
            Probe("get the object one", "GET", "/api/hooks/{id:obj}"),
            Probe("PATCH events", "PATCH", "/api/hooks/{id:obj}/edit", {"events": ["mautic.email_on_open"]}),
            Probe("get after PATCH", "GET", "/api/hooks/{id:obj}"),
            Probe(
                "PUT events, no triggers",
                "PUT",
                "/api/hooks/{id:list}/edit",
                _hook("list-put", events=["mautic.lead_post_delete", "mautic.page_on_hit"]),
            ),
            Probe("get after PUT", "GET", "/api/hooks/{id:list}"),
            Probe(
                "PUT events and triggers",
                "PUT",
                "/api/hooks/{id:mix}/edit",
                _hook(
                    "mix-put",
                    events=["mautic.email_on_open"],
                    triggers=["mautic.email_on_open", "mautic.page_on_hit"],
                ),
            ),
            Probe(
                "batch create with events",
                "POST",
                "/api/hooks/batch/new",
                [
                    _hook("b0", events=["mautic.page_on_hit", "mautic.lead_post_save_new"]),
                    _hook("b1", events={"x": "mautic.nope"}),
                ],
                creates="b",
            ),
            Probe(
                "batch PATCH with events",
                "PATCH",
                "/api/hooks/batch/edit",
                [{"id": "{id:b0}", "events": ["mautic.email_on_open"]}],
            ),
            Probe("get the batch one", "GET", "/api/hooks/{id:b0}"),
        ),
    ),
    Group(
        "categories",
        (
            Probe("all categories", "GET", "/api/categories"),
            Probe("webhook bundle", "GET", "/api/categories?bundle=webhook"),
            Probe("search", "GET", "/api/categories?search=category%202"),
            Probe("a search nothing matches (empty)", "GET", "/api/categories?search=mhc-nothing"),
            Probe("another bundle (no filter: both)", "GET", "/api/categories?bundle=email"),
            Probe("search is:unpublished (empty)", "GET", "/api/categories?search=is:unpublished"),
            Probe("limit", "GET", "/api/categories?limit=1"),
            Probe("start", "GET", "/api/categories?start=1"),
            Probe("orderBy id DESC", "GET", "/api/categories?orderBy=id&orderByDir=DESC"),
            Probe("minimal", "GET", "/api/categories?minimal=1"),
            Probe("published", "GET", "/api/categories?published=1"),
            Probe(
                "the suite's query",
                "GET",
                "/api/categories?bundle=webhook&where%5B0%5D%5Bcol%5D=bundle"
                "&where%5B0%5D%5Bexpr%5D=eq&where%5B0%5D%5Bval%5D=webhook&orderBy=id&limit=1",
            ),
            Probe("one category", "GET", "/api/categories/1"),
            Probe("a missing category", "GET", f"/api/categories/{ABSENT}"),
            Probe("a non-numeric id", "GET", "/api/categories/abc"),
            Probe("no credentials", "GET", "/api/categories", identity="none"),
            Probe("limited, no bundle", "GET", "/api/categories", identity=LIMITED),
            Probe("limited, webhook bundle", "GET", "/api/categories?bundle=webhook", identity=LIMITED),
            Probe("limited, one", "GET", "/api/categories/1", identity=LIMITED),
            Probe(
                "limited, one, webhook bundle", "GET", "/api/categories/1?bundle=webhook", identity=LIMITED
            ),
        ),
        needs_limited=True,
        s0_only=True,  # S0's two categories (tests/recordings/mautic-5.1.0/README.md)
    ),
)


# --- text: how values are converted, cleaned, validated, searched and sorted (recording text.jsonl) ---------
_FLOATS = [
    -5.5085027261044e16,
    1e15,
    0.1,
    1.5,
    -0.0,
    1e100,
    4.6e-133,
    7,
    -12,
    1e-05,
    123456789012345.0,
    1e14,
    99999999999999.0,
]
_BIG_INTS = [5359619885100305481728, 9223372036854775807, 9223372036854775808, -9223372036854775809]
# Every character StringUtil::trim removes ([\pZ\p{Cc}\p{Cf}]), a few of each kind.
_TRIMMED = (
    "\t\n\u000b\u0085\u00a0\u1680\u2000\u2028\u2029\u202f\u3000\u200b\u200e\u00ad\ufeff\u061c\U000e0001"
)
_URLS = (
    "http://exa mple.com/",
    "http://example.com/a b",
    "http://example.com/<x>",
    'http://example.com/"q"',
    "http://example.com/{x}",
    "http://example.com/a|b",
    "http://example.com/a\\b",
    "http://example.com/a^b",
    "http://example.com/a`b",
    "http://ex\u00e4mple.com/p\u00e4th",
    "http://\u4f8b\u3048.\u30c6\u30b9\u30c8/",
    "http://\U0001f600.com/",
    "http://example.com/\U0001f600",
    "http://xn--exmple-cua.com/",
    "http://xn--/",
    "http://ex\u00adample.com/",
    "http://example.com/%41",
    "http://example.com/%zz",
    "http://ex%41mple.com/",
    "javascript:alert(1)",
    "ftp://example.com/",
    "//example.com/x",
    "mailto:a@b.c",
    "a@b.c",
    "example.com",
    "localhost:8080",
    "\u00e9x://example.com",
    "HTTP://EXAMPLE.COM/",
    "http://user:pass@example.com/",
    "http://us%20er:p@ss@example.com/",
    "http://example.com:99999/",
    "http://example.com:/",
    "http://[::1]:8080/",
    "http://[::1/",
    "http://[fe80::1%25eth0]/",
    "http://[1:2:3:4:5:6:7:8:9]/",
    "http://example.com./",
    "http://exa_mple.com/",
    "http://_/",
    "http://-a-.com/",
    "http://256.256.256.256/",
    "http://example.com/?q=[x]",
    "http://example.com/p[x]",
    "http://example.com/#a#b",
    " http://example.com/\u200b",
    "0",
    0,
    1.5,
    True,
    False,
    [],
    {},
)
# PCRE's JIT stack runs out on long repeats (mautic_hooks_contract/sandbox/urlcheck.py): the last length that passes and the first that
# does not, for each part; a long host of symbols ($ is \\pS) passes at any length (webhook_url is LONGTEXT).
_LONG_URLS = (
    ("a path of 1000 characters", "http://example.com/" + "a" * 981),
    ("a path of 2000 characters", "http://example.com/" + "a" * 1981),
    ("a path of 5000 characters", "http://example.com/" + "a" * 4981),
    ("a path of 70000 characters", "http://example.com/" + "a" * 69981),
    ("path of 8186 units", "http://example.com/" + "a" * 8186),
    ("path of 8187 units", "http://example.com/" + "a" * 8187),
    ("path of 8186 %41 units", "http://example.com/" + "%41" * 8186),
    ("path of 8187 %41 units", "http://example.com/" + "%41" * 8187),
    ("query of 8185 units", "http://example.com/?" + "a" * 8185),
    ("query of 8186 units", "http://example.com/?" + "a" * 8186),
    ("fragment of 8186 units", "http://example.com/#" + "a" * 8186),
    ("4093 segments", "http://example.com" + "/a" * 4093),
    ("4094 segments", "http://example.com" + "/a" * 4094),
    ("a port and 8185 path units", "http://example.com:80/" + "a" * 8185),
    ("a port and 8186 path units", "http://example.com:80/" + "a" * 8186),
    ("nine labels and 8183 path units", "http://a.b.c.d.e.f.g.h.i/" + "a" * 8183),
    ("nine labels and 8184 path units", "http://a.b.c.d.e.f.g.h.i/" + "a" * 8184),
    ("a user of 8184 units", "http://" + "a" * 8184 + "@x.com/"),
    ("a user of 8185 units", "http://" + "a" * 8185 + "@x.com/"),
    ("a password of 8182 units", "http://u:" + "p" * 8182 + "@x.com/"),
    ("a password of 8183 units", "http://u:" + "p" * 8183 + "@x.com/"),
    ("a host label of 8184 characters", "http://" + "a" * 8184 + ".com/"),
    ("a host label of 8185 characters", "http://" + "a" * 8185 + ".com/"),
    ("4092 host labels", "http://" + "a." * 4092 + "com/"),
    ("4093 host labels", "http://" + "a." * 4093 + "com/"),
    ("a host of 9000 symbols", "http://" + "$" * 9000 + ".com/"),
)
_HTML = (
    '<a href="http://x/" onclick="evil()">l</a>',
    "<a href=\"javascript:alert(1)\" title='t'>j</a>",
    "<img src=x onerror=alert(1)>i",
    '<p style="color:red">p</p>',
    "<script>alert(1)</script>s",
    '<iframe src="x"></iframe>f',
    "a<!-- c -->b",
    "<![CDATA[x]]>y",
    "&lt;b&gt; &#60;i&#62; &nbsp; &amp;amp;",
    "<b><i>nested</b></i> <u>unclosed",
    "<B>UP</B> <STRONG>s</STRONG> <Span>x</Span>",
    "<a>x</a><a/> <b/>",
    '<b class="x">b</b> <em onmouseover="x" id=y>e</em> <span style="x:expression(1)">s</span>',
    '<a title="a>b">t</a> <a title=\'c"d\'>u</a>',
    "x < y > z, a<b, c>d",
    "<<b>>b</b>",
    "<o:p>o</o:p> <style>s</style> <object>o</object> <applet>x</applet>",
    "<a href='x' HREF=y data-x=1 checked>k</a>",
    '<span title="&quot;q&#39;">e</span>',
    "&apos; <b title='&#106;avascript&#58;x'>b</b>",
    '<a href="x" title="a\\\\b\\\'c">q</a> <b title=a\\b>r</b>',
)
_PERCENT = (
    "%41 %00 %2B + %zz %",
    "%41 %3Cb%3E \u00e9",
    "%41 %3Cb%3E \U0001f600",
    "%41 <i>x</i> \u20ac",
    "%41 <i>x</i> \u0101",
    "a+b%20c \u00e9 <u>u</u>",
    "%C3%A9 %e2%82%ac \u00e9 %3Cscript%3Ex%3C/script%3E",
)
# Names for the collation: accents, case, expansions, ligatures, full-width letters, emoji, LIKE wildcards.
_COLLATION_NAMES = (
    "e",
    "E",
    "\u00e9",
    "\u00c9",
    "\u00e8",
    "ea",
    "f",
    "ss",
    "\u00df",
    "st",
    "s",
    "ae",
    "\u00e6",
    "\u00c6",
    "af",
    "o",
    "\u00f8",
    "oe",
    "\u0153",
    "\ufb01",
    "fi",
    "\uff45",
    "\U0001f600",
    "\U0001f601",
    "a%b",
    "a_b",
    "axb",
    "a\\b",
    "z",
    "1",
    "-",
    " z",
    "\u00fc",
    "ue",
    "u",
    "i",
    "\u0131",
    "I",
    "\u0130",
)
_SEARCHES = (
    "e",
    "\u00e9",
    "\u00c9",
    "ss",
    "\u00df",
    "ae",
    "\u00e6",
    "o",
    "\u00f8",
    "oe",
    "fi",
    "\ufb01",
    "\uff45",
    "\U0001f600",
    "a%b",
    "a_b",
    "a\\b",
    "a\\\\b",
    "a\\%b",
    "a\\_b",
    "\\",
    "u",
    "\u00fc",
    "i",
    "\u0131",
)

TEXT = (
    Group(
        "text-floats",
        (
            _create("float triggers, echoed as json_encode writes them", "f", triggers=_FLOATS),
            Probe("the stored strings (precision 14)", "GET", "/api/hooks/{id:f}"),
            _create("integers beyond int64 (floats to PHP)", "big", triggers=_BIG_INTS),
            Probe("their stored strings", "GET", "/api/hooks/{id:big}"),
            Probe(
                "PATCH float 0.1 and string '0.1' onto stored '0.1'",
                "PATCH",
                "/api/hooks/{id:f}/edit",
                {"triggers": [0.1, "0.1", 2.5]},
            ),
            Probe(
                "PUT keeps loosely equal 1.5",
                "PUT",
                "/api/hooks/{id:f}/edit",
                _hook("f", triggers=[1.5, "1.0E+15"]),
            ),
            Probe("after PUT", "GET", "/api/hooks/{id:f}"),
            _create(
                "float and big-integer form fields",
                "fields",
                description=1e15,
                secret=-0.0,
                webhookUrl=1.5,
            ),
            Probe(
                "a float name",
                "POST",
                "/api/hooks/new",
                {"name": 1e100, "webhookUrl": SINK_URL, "isPublished": False},
                creates="fname",
            ),
            Probe(
                "a big-integer name",
                "POST",
                "/api/hooks/new",
                {"name": 5359619885100305481728, "webhookUrl": SINK_URL, "isPublished": False},
                creates="bname",
            ),
            Probe(
                "batch create with float and big-integer triggers",
                "POST",
                "/api/hooks/batch/new",
                [_hook("bf0", triggers=_FLOATS[:7]), _hook("bf1", triggers=_BIG_INTS)],
                creates="bf",
            ),
            Probe(
                "batch PATCH with float triggers",
                "PATCH",
                "/api/hooks/batch/edit",
                [{"id": "{id:bf0}", "triggers": [0.1, 3.25, 1e20]}],
            ),
            Probe("after batch PATCH", "GET", "/api/hooks/{id:bf0}"),
        ),
    ),
    Group(
        "text-trim",
        (
            _create(
                "single create: control and space characters at both ends",
                "t" + _TRIMMED,
                creates="t",
                description=_TRIMMED + "d" + _TRIMMED,
                secret=_TRIMMED + "s" + _TRIMMED,
                webhookUrl=_TRIMMED + SINK_URL + _TRIMMED,
                triggers=[" mautic.page_on_hit ", _TRIMMED + "mautic.email_on_open"],
            ),
            Probe(
                "batch create: the same values",
                "POST",
                "/api/hooks/batch/new",
                [
                    _hook(
                        "bt" + _TRIMMED,
                        description=_TRIMMED + "d" + _TRIMMED,
                        secret=_TRIMMED + "s" + _TRIMMED,
                        webhookUrl=_TRIMMED + SINK_URL + _TRIMMED,
                        triggers=[" mautic.page_on_hit "],
                    ),
                    _hook(
                        "bh",
                        description="<b onclick=x>b</b> &amp; <p>p</p>",
                        triggers=["<b>mautic.page_on_hit</b>"],
                    ),
                ],
                creates="b",
            ),
            Probe(
                "batch PATCH: trimmed too",
                "PATCH",
                "/api/hooks/batch/edit",
                [{"id": "{id:b0}", "name": "{p}bp\u3000\u200b", "description": "\u00a0x\u0085"}],
            ),
            Probe(
                "batch PUT: trimmed too",
                "PUT",
                "/api/hooks/batch/edit",
                [_hook("bu\u2029", id="{id:b1}", description="\u200by\t", secret="\u0007k\u0007")],
            ),
            Probe(
                "single PATCH: HTML entity and tags in the name",
                "PATCH",
                "/api/hooks/{id:t}/edit",
                {"name": "{p}&lt;b&gt;x &amp; <i>y</i>"},
            ),
            Probe(
                "single PATCH: only trimmable characters in the name",
                "PATCH",
                "/api/hooks/{id:t}/edit",
                {"name": "\u200b\u00a0"},
            ),
        ),
    ),
    Group(
        "text-url",
        tuple(
            Probe(
                f"webhookUrl {url!r}",
                "POST",
                "/api/hooks/new",
                _hook(f"u{i}", webhookUrl=url),
                creates=f"u{i}",
            )
            for i, url in enumerate(_URLS)
        ),
    ),
    Group(
        "text-url-long",
        tuple(
            Probe(
                f"webhookUrl: {note}",
                "POST",
                "/api/hooks/new",
                _hook(f"long{i}", webhookUrl=url),
                creates=f"l{i}",
            )
            for i, (note, url) in enumerate(_LONG_URLS)
        ),
    ),
    Group(
        "text-html",
        tuple(
            _create(f"description {text!r}", f"h{i}", creates=f"h{i}", description=text)
            for i, text in enumerate(_HTML)
        )
        + (
            _create(
                "tags and entities in name, secret and triggers",
                "n<b>b</b>&lt;i&gt;&amp;<!-- c -->",
                creates="n",
                secret="<b>s</b>&amp;<a href='x'>",
                triggers=["<b>mautic.page_on_hit</b>", "mautic.email_on_open&lt;"],
            ),
            _create(
                "form fields are cleaned twice (entities decoded twice), triggers once",
                "&amp;lt;b&amp;gt;x &amp;amp;",
                creates="twice",
                secret="&amp;lt;i&amp;gt;s",
                webhookUrl="http://127.0.0.1:9/x?a=&amp;amp;",
                triggers=["&amp;lt;b&amp;gt;mautic.page_on_hit"],
            ),
            _create(
                "HTML 4.01 entities only, a ';' required, disallowed code points kept",
                "e &apos;&colon;&amp x&#39;&#128;&#0;&#x41;&#65;&eacute;&Eacute;&hellip;&nbsp;|",
                creates="entities",
            ),
        ),
    ),
    Group(
        "text-percent",
        tuple(
            _create(f"description {text!r}", f"pc{i}", creates=f"pc{i}", description=text)
            for i, text in enumerate(_PERCENT)
        )
        + (
            _create("percent and plus in name and secret", "%41+%00", creates="n", secret="%41+%20"),
            _create("a NUL at the end of the name is trimmed", "nul\u0000", creates="nul"),
            _create(
                "rawurldecode makes invalid UTF-8: the database refuses it", "ff", description="%FF \u00e9"
            ),
        ),
    ),
    Group(
        "text-search",
        tuple(
            _create(f"name {name!r}", "s-" + name, creates=f"n{i}") for i, name in enumerate(_COLLATION_NAMES)
        )
        + tuple(
            Probe(f"search {text!r}", "GET", "/api/hooks?search={p}s-" + quote(text) + "&limit=100&minimal=1")
            for text in _SEARCHES
        )
        + (
            Probe("orderBy name", "GET", "/api/hooks?search={p}s-&orderBy=name&limit=100&minimal=1"),
            Probe(
                "orderBy name DESC",
                "GET",
                "/api/hooks?search={p}s-&orderBy=name&orderByDir=DESC&limit=100&minimal=1",
            ),
            Probe(
                "search the prefix with a trailing backslash",
                "GET",
                "/api/hooks?search={p}s-a%5C&limit=100&minimal=1",
            ),
        ),
    ),
)

CATALOGUE = CATALOGUE + TEXT

# --- defects: the real 500s a generated run meets (recording defects.jsonl) -------------------------------------
_OWN = "/api/hooks?search={p}&limit=100&orderBy=id"
X, Y = "mautic.lead_post_save_new", "mautic.lead_post_delete"
DEFECTS = (
    Group(
        "defects-nul",
        (
            Probe("a NUL inside the name: saved, then 500", "POST", "/api/hooks/new", _hook("n\u0000x")),
            Probe(
                "a NUL inside the description", "POST", "/api/hooks/new", _hook("d", description="d\u0000x")
            ),
            Probe("a NUL inside the secret", "POST", "/api/hooks/new", _hook("s", secret="s\u0000t")),
            Probe(
                "a NUL the description's rawurldecode makes",
                "POST",
                "/api/hooks/new",
                _hook("p", description="\u00e9%00x"),
            ),
            Probe(
                "the same, ASCII only: not decoded",
                "POST",
                "/api/hooks/new",
                _hook("q", description="e%00x"),
                creates="q",
            ),
            _create("a NUL in a trigger is stored", "t", triggers=["a\u0000b"]),
            _create("a trailing NUL is trimmed", "trim\u0000", creates="trim"),
            Probe("the stored hooks", "GET", _OWN),
            Probe(
                "a NUL given to the name of t: 500",
                "PATCH",
                "/api/hooks/{id:t}/edit",
                {"name": "{p}t\u0000z"},
            ),
            Probe(
                "renaming it again: 500 (the old value)",
                "PATCH",
                "/api/hooks/{id:t}/edit",
                {"name": "{p}t-clean"},
            ),
            Probe(
                "resending the same NUL description: 200",
                "PATCH",
                "/api/hooks/{id:q}/edit",
                {"description": "e%00x"},
            ),
            Probe("t after both", "GET", "/api/hooks/{id:t}"),
            Probe(
                "a NUL name again, then delete: 500",
                "PATCH",
                "/api/hooks/{id:trim}/edit",
                {"name": "{p}x\u0000y"},
            ),
            Probe("delete it: deleted, then 500", "DELETE", "/api/hooks/{id:trim}/delete"),
            Probe("gone", "GET", "/api/hooks/{id:trim}"),
            Probe(
                "a batch whose second item has a NUL",
                "POST",
                "/api/hooks/batch/new",
                [_hook("b1"), _hook("b2\u0000z"), _hook("b3")],
            ),
            Probe("what the batch stored", "GET", _OWN),
        ),
    ),
    Group(
        "defects-repeat",
        (
            _create("a hook with a trigger", "a", triggers=[X]),
            Probe(
                "PATCH batch naming it twice: a copy",
                "PATCH",
                "/api/hooks/batch/edit",
                [{"id": "{id:a}"}, {"id": "{id:a}"}],
            ),
            _create("another", "b", triggers=[X]),
            Probe(
                "PUT batch naming it twice",
                "PUT",
                "/api/hooks/batch/edit",
                [
                    {"id": "{id:b}", "name": "{p}b1", "webhookUrl": SINK_URL, "isPublished": False},
                    {"id": "{id:b}", "name": "{p}b2", "webhookUrl": SINK_URL, "isPublished": False},
                ],
            ),
            _create("one with a category", "c", category=1),
            Probe(
                "PATCH batch naming it twice: 500",
                "PATCH",
                "/api/hooks/batch/edit",
                [{"id": "{id:c}"}, {"id": "{id:c}"}],
            ),
            _create("one whose events a repeat removes", "e", triggers=[X]),
            Probe(
                "PUT batch naming it twice with triggers: 500",
                "PUT",
                "/api/hooks/batch/edit",
                [
                    {
                        "id": "{id:e}",
                        "name": "{p}e",
                        "webhookUrl": SINK_URL,
                        "isPublished": False,
                        "triggers": [X],
                    },
                    {
                        "id": "{id:e}",
                        "name": "{p}e",
                        "webhookUrl": SINK_URL,
                        "isPublished": False,
                        "triggers": [Y],
                    },
                ],
            ),
            Probe(
                "PATCH batch naming it twice, each with a description",
                "PATCH",
                "/api/hooks/batch/edit",
                [{"id": "{id:a}", "description": "one"}, {"id": "{id:a}", "description": "two"}],
            ),
            Probe("a PUT batch [null]: a form error, 200", "PUT", "/api/hooks/batch/edit", [None]),
            Probe("a PUT batch [5]: 500", "PUT", "/api/hooks/batch/edit", [5]),
            Probe("what is stored", "GET", _OWN),
        ),
        s0_only=True,  # a hook with category 1: S0's seed category (other instances may hold another)
    ),
)

CATALOGUE = CATALOGUE + DEFECTS


def select(names: list[str] | None) -> tuple[Group, ...]:
    """The catalogue's groups named in ``names`` (when None: all but the S0-only ones), in catalogue order;
    ValueError for a name the catalogue does not have."""
    if names is None:
        return tuple(g for g in CATALOGUE if not g.s0_only)
    unknown = sorted(set(names) - {g.name for g in CATALOGUE})
    if unknown:
        raise ValueError(
            f"no probe group {', '.join(unknown)} (groups: {', '.join(g.name for g in CATALOGUE)})"
        )
    return tuple(g for g in CATALOGUE if g.name in names)
