from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_contact_list import WebhookContactList
    from ..models.webhook_ip_address import WebhookIpAddress
    from ..models.webhook_nested_form import WebhookNestedForm
    from ..models.webhook_nested_page import WebhookNestedPage
    from ..models.webhook_string_map import WebhookStringMap


T = TypeVar("T", bound="WebhookSubmission")


@_attrs_define
class WebhookSubmission:
    """A form submission in the `submissionDetails` group; `results` has one entry per non-button field."""

    id: int
    ip_address: None | WebhookIpAddress
    form: WebhookNestedForm
    lead: WebhookContactList
    """ ContactList: the contact nested in `submission.lead`, `hit.lead` and `stat.lead` (group `leadList`):
    `id, points, color, fields` only.
     """
    tracking_id: None | str
    date_submitted: datetime.datetime
    """ ISO-8601 with offset, PHP `DATE_ATOM` (`2026-12-01T08:25:58+00:00`); the offset is the server's timezone.
    """
    referer: None | str
    page: None | WebhookNestedPage
    results: list[Any] | WebhookStringMap
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_ip_address import WebhookIpAddress  # noqa: PLC0415
        from ..models.webhook_nested_page import WebhookNestedPage  # noqa: PLC0415
        from ..models.webhook_string_map import WebhookStringMap  # noqa: PLC0415

        id = self.id

        ip_address: dict[str, Any] | None
        if isinstance(self.ip_address, WebhookIpAddress):
            ip_address = self.ip_address.to_dict()
        else:
            ip_address = self.ip_address

        form = self.form.to_dict()

        lead = self.lead.to_dict()

        tracking_id: None | str
        tracking_id = self.tracking_id

        date_submitted = self.date_submitted.isoformat()

        referer: None | str
        referer = self.referer

        page: dict[str, Any] | None
        if isinstance(self.page, WebhookNestedPage):
            page = self.page.to_dict()
        else:
            page = self.page

        results: dict[str, Any] | list[Any]
        if isinstance(self.results, WebhookStringMap):
            results = self.results.to_dict()
        else:
            results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ipAddress": ip_address,
                "form": form,
                "lead": lead,
                "trackingId": tracking_id,
                "dateSubmitted": date_submitted,
                "referer": referer,
                "page": page,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_contact_list import WebhookContactList  # noqa: PLC0415
        from ..models.webhook_ip_address import WebhookIpAddress  # noqa: PLC0415
        from ..models.webhook_nested_form import WebhookNestedForm  # noqa: PLC0415
        from ..models.webhook_nested_page import WebhookNestedPage  # noqa: PLC0415
        from ..models.webhook_string_map import WebhookStringMap  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_ip_address(data: object) -> None | WebhookIpAddress:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ip_address_type_0 = WebhookIpAddress.from_dict(data)

                return ip_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhookIpAddress, data)

        ip_address = _parse_ip_address(d.pop("ipAddress"))

        form = WebhookNestedForm.from_dict(d.pop("form"))

        lead = WebhookContactList.from_dict(d.pop("lead"))

        def _parse_tracking_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tracking_id = _parse_tracking_id(d.pop("trackingId"))

        date_submitted = datetime.datetime.fromisoformat(d.pop("dateSubmitted"))

        def _parse_referer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        referer = _parse_referer(d.pop("referer"))

        def _parse_page(data: object) -> None | WebhookNestedPage:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                page_type_0 = WebhookNestedPage.from_dict(data)

                return page_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhookNestedPage, data)

        page = _parse_page(d.pop("page"))

        def _parse_results(data: object) -> list[Any] | WebhookStringMap:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                results_type_0 = WebhookStringMap.from_dict(data)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            results_type_1 = cast(list[Any], data)

            return results_type_1

        results = _parse_results(d.pop("results"))

        webhook_submission = cls(
            id=id,
            ip_address=ip_address,
            form=form,
            lead=lead,
            tracking_id=tracking_id,
            date_submitted=date_submitted,
            referer=referer,
            page=page,
            results=results,
        )

        webhook_submission.additional_properties = d
        return webhook_submission

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
