from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_segment_action import WebhookSegmentAction, check_webhook_segment_action

if TYPE_CHECKING:
    from ..models.webhook_contact_all import WebhookContactAll
    from ..models.webhook_segment import WebhookSegment


T = TypeVar("T", bound="WebhookSegmentChangeEvent")


@_attrs_define
class WebhookSegmentChangeEvent:
    """`mautic.lead_list_change` (`app/bundles/LeadBundle/EventListener/WebhookSubscriber.php:264-280`)."""

    contact: WebhookContactAll
    """ ContactAll: `contact` in `lead_list_change`, `lead_company_change` and `sms_on_send` (no serializer groups):
    ContactDetails plus the flat core fields of group `leadBasic`.
     """
    segment: WebhookSegment
    """ The segment of `lead_list_change` (no serializer groups). """
    action: WebhookSegmentAction
    timestamp: datetime.datetime
    """ ISO-8601 with offset, PHP `DATE_ATOM` (`2026-12-01T08:25:58+00:00`); the offset is the server's timezone.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact.to_dict()

        segment = self.segment.to_dict()

        action: str = self.action

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact": contact,
                "segment": segment,
                "action": action,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_contact_all import WebhookContactAll  # noqa: PLC0415
        from ..models.webhook_segment import WebhookSegment  # noqa: PLC0415

        d = dict(src_dict)
        contact = WebhookContactAll.from_dict(d.pop("contact"))

        segment = WebhookSegment.from_dict(d.pop("segment"))

        action = check_webhook_segment_action(d.pop("action"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        webhook_segment_change_event = cls(
            contact=contact,
            segment=segment,
            action=action,
            timestamp=timestamp,
        )

        webhook_segment_change_event.additional_properties = d
        return webhook_segment_change_event

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
