"""The contact and company routes the sandbox emulates, matched after the /api/hooks table.

Mautic's route requirements: ``{id}`` is ``\\d+`` for standard entities (CoreSubscriber.php:312-317); the points
route has no requirements (PointBundle/Config/config.php:61-65).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import actions

_ROUTES: tuple[tuple[str, re.Pattern, Callable], ...] = tuple(
    (method, re.compile(pattern), action)
    for method, pattern, action in (
        ("POST", r"^/api/contacts/new$", actions.create_contact),
        ("PATCH", r"^/api/contacts/(?P<id>\d+)/edit$", actions.edit_contact),
        ("DELETE", r"^/api/contacts/(?P<id>\d+)/delete$", actions.delete_contact),
        (
            "POST",
            r"^/api/contacts/(?P<id>[^/]+)/points/(?P<operator>[^/]+)/(?P<delta>[^/]+)$",
            actions.adjust_points,
        ),
        ("POST", r"^/api/companies/new$", actions.create_company),
        ("PATCH", r"^/api/companies/(?P<id>\d+)/edit$", actions.edit_company),
        ("DELETE", r"^/api/companies/(?P<id>\d+)/delete$", actions.delete_company),
    )
)
_PREFIXES = ("/api/contacts/", "/api/companies/")


def match(method: str, path: str) -> tuple[Callable, dict] | None:
    """The action and its path parameters (``id`` as int), or None. A prefix test first keeps the
    /api/hooks hot path at one string comparison."""
    if not path.startswith(_PREFIXES):
        return None
    for route_method, pattern, action in _ROUTES:
        found = pattern.match(path) if route_method == method else None
        if found:
            ids = found.groupdict()
            if "id" in ids:
                ids["id"] = actions.to_int(ids["id"])
            return action, ids
    return None
