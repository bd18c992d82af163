from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_contact_all import WebhookContactAll


T = TypeVar("T", bound="WebhookSmsSendEvent")


@_attrs_define
class WebhookSmsSendEvent:
    """`mautic.sms_on_send` (`app/bundles/SmsBundle/EventListener/WebhookSubscriber.php:43-53`). Dispatched before the
    transport runs, so it does not mean the SMS was sent (`app/bundles/SmsBundle/Model/SmsModel.php:283-285`);
    `content` is the raw template text.

    """

    sms_id: int
    contact: WebhookContactAll
    """ ContactAll: `contact` in `lead_list_change`, `lead_company_change` and `sms_on_send` (no serializer groups):
    ContactDetails plus the flat core fields of group `leadBasic`.
     """
    content: None | str
    timestamp: datetime.datetime
    """ ISO-8601 with offset, PHP `DATE_ATOM` (`2026-12-01T08:25:58+00:00`); the offset is the server's timezone.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id = self.sms_id

        contact = self.contact.to_dict()

        content: None | str
        content = self.content

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smsId": sms_id,
                "contact": contact,
                "content": content,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_contact_all import WebhookContactAll  # noqa: PLC0415

        d = dict(src_dict)
        sms_id = d.pop("smsId")

        contact = WebhookContactAll.from_dict(d.pop("contact"))

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        webhook_sms_send_event = cls(
            sms_id=sms_id,
            contact=contact,
            content=content,
            timestamp=timestamp,
        )

        webhook_sms_send_event.additional_properties = d
        return webhook_sms_send_event

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
