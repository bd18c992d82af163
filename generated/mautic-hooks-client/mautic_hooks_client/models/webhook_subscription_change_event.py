from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_status import WebhookSubscriptionStatus, check_webhook_subscription_status

if TYPE_CHECKING:
    from ..models.webhook_contact_details import WebhookContactDetails


T = TypeVar("T", bound="WebhookSubscriptionChangeEvent")


@_attrs_define
class WebhookSubscriptionChangeEvent:
    """`mautic.lead_channel_subscription_changed` (`app/bundles/LeadBundle/EventListener/WebhookSubscriber.php:201-220`)."""

    contact: WebhookContactDetails
    """ ContactDetails: `contact` in `lead_post_save_new`, `lead_post_save_update`, `lead_points_change`,
    `lead_channel_subscription_changed` and `lead_post_delete` (groups `leadDetails, userList, publishDetails,
    ipAddress, doNotContactList, tagList`; `app/bundles/LeadBundle/Entity/Lead.php:429-479`). No flat field
    keys: the values are in `fields` only. `id` is null in `lead_post_delete` (the real id is the event's `id`).
     """
    channel: str
    """ `email`, `sms`, or a plugin channel. """
    old_status: WebhookSubscriptionStatus
    """ The do-not-contact reason as a verb; any reason other than 0, 2, 3 is `unsubscribed`
    (`app/bundles/LeadBundle/Event/ChannelSubscriptionChange.php:58-66`). """
    new_status: WebhookSubscriptionStatus
    """ The do-not-contact reason as a verb; any reason other than 0, 2, 3 is `unsubscribed`
    (`app/bundles/LeadBundle/Event/ChannelSubscriptionChange.php:58-66`). """
    timestamp: datetime.datetime
    """ ISO-8601 with offset, PHP `DATE_ATOM` (`2026-12-01T08:25:58+00:00`); the offset is the server's timezone.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact.to_dict()

        channel = self.channel

        old_status: str = self.old_status

        new_status: str = self.new_status

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact": contact,
                "channel": channel,
                "old_status": old_status,
                "new_status": new_status,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_contact_details import WebhookContactDetails  # noqa: PLC0415

        d = dict(src_dict)
        contact = WebhookContactDetails.from_dict(d.pop("contact"))

        channel = d.pop("channel")

        old_status = check_webhook_subscription_status(d.pop("old_status"))

        new_status = check_webhook_subscription_status(d.pop("new_status"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        webhook_subscription_change_event = cls(
            contact=contact,
            channel=channel,
            old_status=old_status,
            new_status=new_status,
            timestamp=timestamp,
        )

        webhook_subscription_change_event.additional_properties = d
        return webhook_subscription_change_event

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
