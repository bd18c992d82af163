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
from urllib.parse import quote

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
# PCRE's JIT stack runs out on long repeats (sandbox/urlcheck.py): the last length that passes and the first that
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
