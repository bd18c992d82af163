from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_contact_details import WebhookContactDetails


T = TypeVar("T", bound="WebhookContactDeletedEvent")


@_attrs_define
class WebhookContactDeletedEvent:
    """`mautic.lead_post_delete` (`app/bundles/LeadBundle/EventListener/WebhookSubscriber.php:182-199`): `id` is the
    deleted contact's id, `contact.id` is null.

    """

    id: int
    contact: WebhookContactDetails
    """ ContactDetails: `contact` in `lead_post_save_new`, `lead_post_save_update`, `lead_points_change`,
    `lead_channel_subscription_changed` and `lead_post_delete` (groups `leadDetails, userList, publishDetails,
    ipAddress, doNotContactList, tagList`; `app/bundles/LeadBundle/Entity/Lead.php:429-479`). No flat field
    keys: the values are in `fields` only. `id` is null in `lead_post_delete` (the real id is the event's `id`).
     """
    timestamp: datetime.datetime
    """ ISO-8601 with offset, PHP `DATE_ATOM` (`2026-12-01T08:25:58+00:00`); the offset is the server's timezone.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact = self.contact.to_dict()

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contact": contact,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_contact_details import WebhookContactDetails  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        contact = WebhookContactDetails.from_dict(d.pop("contact"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        webhook_contact_deleted_event = cls(
            id=id,
            contact=contact,
            timestamp=timestamp,
        )

        webhook_contact_deleted_event.additional_properties = d
        return webhook_contact_deleted_event

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
