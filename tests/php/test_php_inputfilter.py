"""Symfony's form trim, as Mautic's forms apply it to name, description and secret (StringUtil::trim:
`^[\\pZ\\p{Cc}\\p{Cf}]+|[\\pZ\\p{Cc}\\p{Cf}]+$`)."""

from __future__ import annotations

import pytest

from mautic_hooks_contract.php.inputfilter import form_trim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\t\n a b \r", "a b"),
        ("\x00 a\u200b\u00a0", "a"),  # NUL (Cc), zero-width space (Cf), no-break space (Zs)
        ("\ufeffname\u2028", "name"),  # BOM (Cf), line separator (Zl)
        ("a\x00b", "a\x00b"),  # inside, a NUL stays: the known defect text-with-nul
        ("\u3000", ""),
    ],
)
def test_form_trim(text: str, expected: str) -> None:
    assert form_trim(text) == expected
