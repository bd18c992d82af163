from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_hit import WebhookHit


T = TypeVar("T", bound="WebhookPageHitEvent")


@_attrs_define
class WebhookPageHitEvent:
    """`mautic.page_on_hit` (`app/bundles/PageBundle/EventListener/WebhookSubscriber.php:42-57`)."""

    hit: WebhookHit
    """ A page hit in the `hitDetails` group (`app/bundles/PageBundle/Entity/Hit.php:255-285`). `ipAddress` is
    always
    `[]` and `redirect` is `[]` for a click (the entities have no property in these groups).
     """
    timestamp: datetime.datetime
    """ ISO-8601 with offset, PHP `DATE_ATOM` (`2026-12-01T08:25:58+00:00`); the offset is the server's timezone.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hit = self.hit.to_dict()

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hit": hit,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_hit import WebhookHit  # noqa: PLC0415

        d = dict(src_dict)
        hit = WebhookHit.from_dict(d.pop("hit"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        webhook_page_hit_event = cls(
            hit=hit,
            timestamp=timestamp,
        )

        webhook_page_hit_event.additional_properties = d
        return webhook_page_hit_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
