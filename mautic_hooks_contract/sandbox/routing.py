"""The /api/hooks route table and Symfony's matching rules for it.

Routes: CoreSubscriber expands the ``standard_entity`` entry into one route per action
(app/bundles/CoreBundle/EventListener/CoreSubscriber.php:147-225); ``{id}`` must be ``\\d+``
(:312-317) and each route has exactly one method (:284-289), HEAD riding along with GET (vendor).
Nothing here answers 405: an unmatched method falls through to the public-page catch-all, which
404s (app/bundles/PageBundle/Config/config.php:64-71).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import categories_api, handlers

_ID = r"(?P<id>\d+)"


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern
    action: Callable


def _route(method: str, path: str, action: Callable) -> Route:
    return Route(method, re.compile("^/api/hooks" + path + "$"), action)


ROUTES = (
    _route("GET", "", handlers.get_list),
    _route("GET", "/triggers", handlers.get_triggers),
    _route("GET", "/" + _ID, handlers.get_one),
    _route("POST", "/new", handlers.create),
    _route("POST", "/batch/new", handlers.batch_create),
    _route("PUT", "/batch/edit", handlers.batch_edit),
    _route("PATCH", "/batch/edit", handlers.batch_edit),
    _route("PUT", f"/{_ID}/edit", handlers.edit),
    _route("PATCH", f"/{_ID}/edit", handlers.edit),
    _route("DELETE", "/batch/delete", handlers.batch_delete),
    _route("DELETE", f"/{_ID}/delete", handlers.delete),
    Route("GET", re.compile(r"^/api/categories$"), categories_api.get_list),  # read by the suite only
    Route("GET", re.compile(r"^/api/categories/" + _ID + "$"), categories_api.get_one),
)
_BY_METHOD = {m: tuple(r for r in ROUTES if r.method == m) for m in ("GET", "POST", "PUT", "PATCH", "DELETE")}


@dataclass(frozen=True)
class Match:
    action: Callable | None
    hook_id: int | None
    redirect_to: str | None = None  # set for the trailing-slash redirect


def match(method: str, path: str) -> Match | None:
    """Find the action for ``method path``, or a trailing-slash redirect for GET/HEAD.

    Symfony's redirectable matcher redirects ``GET /api/hooks/`` and ``/api/hooks/triggers/``
    (vendor CompiledUrlMatcherTrait.php:64-68, 109-114). For ``/api/hooks/5/`` the notes leave the
    answer open; the compiled regex of every dynamic route ends in ``/?$`` and the trait then returns
    a redirect match for a variable last segment too (vendor CompiledUrlMatcherDumper: ``")/?$"``,
    CompiledUrlMatcherTrait dynamic-route loop), so the sandbox redirects it as well. Other methods
    get no redirect and fall through to the 404 catch-all.
    """
    lookup = "GET" if method == "HEAD" else method
    for route in _BY_METHOD.get(lookup, ()):
        found = route.pattern.match(path)
        if found:
            hook_id = found.groupdict().get("id")
            return Match(route.action, int(hook_id) if hook_id is not None else None)
    if lookup == "GET" and len(path) > 1 and path.endswith("/"):
        trimmed = path.rstrip("/")
        if any(r.pattern.match(trimmed) for r in _BY_METHOD["GET"]):
            return Match(None, None, trimmed)
    return None
