from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_company import WebhookCompany
    from ..models.webhook_contact_all import WebhookContactAll


T = TypeVar("T", bound="WebhookCompanyChangeEvent")


@_attrs_define
class WebhookCompanyChangeEvent:
    """`mautic.lead_company_change` (`app/bundles/LeadBundle/EventListener/WebhookSubscriber.php:222-240`)."""

    added: bool
    contact: WebhookContactAll
    """ ContactAll: `contact` in `lead_list_change`, `lead_company_change` and `sms_on_send` (no serializer groups):
    ContactDetails plus the flat core fields of group `leadBasic`.
     """
    company: WebhookCompany
    """ A company with no serializer groups (`company_post_save`, `company_post_delete`, `lead_company_change`).
    `id` is null in `company_post_delete` (the real id is the event's `id`).
     """
    timestamp: datetime.datetime
    """ ISO-8601 with offset, PHP `DATE_ATOM` (`2026-12-01T08:25:58+00:00`); the offset is the server's timezone.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added = self.added

        contact = self.contact.to_dict()

        company = self.company.to_dict()

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added": added,
                "contact": contact,
                "company": company,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_company import WebhookCompany  # noqa: PLC0415
        from ..models.webhook_contact_all import WebhookContactAll  # noqa: PLC0415

        d = dict(src_dict)
        added = d.pop("added")

        contact = WebhookContactAll.from_dict(d.pop("contact"))

        company = WebhookCompany.from_dict(d.pop("company"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        webhook_company_change_event = cls(
            added=added,
            contact=contact,
            company=company,
            timestamp=timestamp,
        )

        webhook_company_change_event.additional_properties = d
        return webhook_company_change_event

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
