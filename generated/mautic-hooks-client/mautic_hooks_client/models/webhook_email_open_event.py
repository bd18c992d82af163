from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_stat import WebhookStat


T = TypeVar("T", bound="WebhookEmailOpenEvent")


@_attrs_define
class WebhookEmailOpenEvent:
    """`mautic.email_on_open` (`app/bundles/EmailBundle/EventListener/WebhookSubscriber.php:77-90`)."""

    stat: WebhookStat
    """ An e-mail stat in the `statDetails` group. `ipAddress` is `[]` (IpAddress has no property in these groups).
    Every open fires the event again: `openCount` grows, `dateRead` keeps the first open.
     """
    timestamp: datetime.datetime
    """ ISO-8601 with offset, PHP `DATE_ATOM` (`2026-12-01T08:25:58+00:00`); the offset is the server's timezone.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat = self.stat.to_dict()

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat": stat,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_stat import WebhookStat  # noqa: PLC0415

        d = dict(src_dict)
        stat = WebhookStat.from_dict(d.pop("stat"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        webhook_email_open_event = cls(
            stat=stat,
            timestamp=timestamp,
        )

        webhook_email_open_event.additional_properties = d
        return webhook_email_open_event

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
