"""The generated README's examples run, top to bottom, against the sandbox, so the documentation cannot rot."""

from __future__ import annotations

import re

from client_support import DISTRIBUTION, SINK_URL

README = DISTRIBUTION / "README.md"
CODE_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def readme_examples(sandbox) -> list[str]:
    """The README's Python blocks, with its placeholder site, credentials and webhook URL swapped for the sandbox's."""
    (username, password), (client_id, client_secret) = sandbox.admin, sandbox.client
    placeholders = {
        "https://mautic.example.org": sandbox.url,
        '"api-user", "api-password"': f"{username!r}, {password!r}",
        '"public-key"': repr(client_id),
        '"secret-key"': repr(client_secret),
        "https://crm.example.org/hook": SINK_URL,
    }
    text = README.read_text()
    for placeholder, value in placeholders.items():
        assert placeholder in text, f"README no longer uses {placeholder!r}: update this test"
        text = text.replace(placeholder, value)
    return CODE_BLOCK.findall(text)


def test_readme_examples_run(sandbox, capsys):
    blocks = readme_examples(sandbox)
    assert len(blocks) == 6  # Basic auth, OAuth2, paging, PUT 200/201, errors, async
    namespace: dict = {}
    for number, block in enumerate(blocks, 1):  # a failure's traceback names the block
        exec(compile(block, f"README.md python block {number}", "exec"), namespace)  # noqa: S102
    output = capsys.readouterr().out
    assert re.search(r"^(created as \d+ at /api/hooks/\d+|replaced 7)$", output, re.MULTILINE), output
    assert "400 " in output and "  name: ['A name is required.']" in output
    assert "'mautic.lead_points_change'" in output  # the async block's trigger keys
