from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_contact_list import WebhookContactList
    from ..models.webhook_nested_email import WebhookNestedEmail


T = TypeVar("T", bound="WebhookStat")


@_attrs_define
class WebhookStat:
    """An e-mail stat in the `statDetails` group. `ipAddress` is `[]` (IpAddress has no property in these groups).
    Every open fires the event again: `openCount` grows, `dateRead` keeps the first open.

    """

    id: int
    email_address: None | str
    ip_address: list[Any] | None
    date_sent: datetime.datetime | None
    is_read: bool
    is_failed: bool
    date_read: datetime.datetime | None
    retry_count: int | None
    source: None | str
    open_count: int | None
    last_opened: datetime.datetime | None
    source_id: int | None
    tracking_hash: None | str
    viewed_in_browser: bool
    lead: WebhookContactList
    """ ContactList: the contact nested in `submission.lead`, `hit.lead` and `stat.lead` (group `leadList`):
    `id, points, color, fields` only.
     """
    email: WebhookNestedEmail
    """ An e-mail in the `emailDetails` group (`stat.email`, `hit.email`): no publish details. `customHtml` and
    `plainText` are removed when `webhook_email_details` is off
    (`app/bundles/EmailBundle/EventListener/WebhookSubscriber.php:92-120`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email_address: None | str
        email_address = self.email_address

        ip_address: list[Any] | None
        if isinstance(self.ip_address, list):
            ip_address = self.ip_address

        else:
            ip_address = self.ip_address

        date_sent: None | str
        if isinstance(self.date_sent, datetime.datetime):
            date_sent = self.date_sent.isoformat()
        else:
            date_sent = self.date_sent

        is_read = self.is_read

        is_failed = self.is_failed

        date_read: None | str
        if isinstance(self.date_read, datetime.datetime):
            date_read = self.date_read.isoformat()
        else:
            date_read = self.date_read

        retry_count: int | None
        retry_count = self.retry_count

        source: None | str
        source = self.source

        open_count: int | None
        open_count = self.open_count

        last_opened: None | str
        if isinstance(self.last_opened, datetime.datetime):
            last_opened = self.last_opened.isoformat()
        else:
            last_opened = self.last_opened

        source_id: int | None
        source_id = self.source_id

        tracking_hash: None | str
        tracking_hash = self.tracking_hash

        viewed_in_browser = self.viewed_in_browser

        lead = self.lead.to_dict()

        email = self.email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "emailAddress": email_address,
                "ipAddress": ip_address,
                "dateSent": date_sent,
                "isRead": is_read,
                "isFailed": is_failed,
                "dateRead": date_read,
                "retryCount": retry_count,
                "source": source,
                "openCount": open_count,
                "lastOpened": last_opened,
                "sourceId": source_id,
                "trackingHash": tracking_hash,
                "viewedInBrowser": viewed_in_browser,
                "lead": lead,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_contact_list import WebhookContactList  # noqa: PLC0415
        from ..models.webhook_nested_email import WebhookNestedEmail  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_email_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email_address = _parse_email_address(d.pop("emailAddress"))

        def _parse_ip_address(data: object) -> list[Any] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ip_address_type_0 = cast(list[Any], data)

                return ip_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None, data)

        ip_address = _parse_ip_address(d.pop("ipAddress"))

        def _parse_date_sent(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_webhook_nullable_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_webhook_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_sent = _parse_date_sent(d.pop("dateSent"))

        is_read = d.pop("isRead")

        is_failed = d.pop("isFailed")

        def _parse_date_read(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_webhook_nullable_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_webhook_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_read = _parse_date_read(d.pop("dateRead"))

        def _parse_retry_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        retry_count = _parse_retry_count(d.pop("retryCount"))

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        def _parse_open_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        open_count = _parse_open_count(d.pop("openCount"))

        def _parse_last_opened(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_webhook_nullable_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_webhook_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_opened = _parse_last_opened(d.pop("lastOpened"))

        def _parse_source_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        source_id = _parse_source_id(d.pop("sourceId"))

        def _parse_tracking_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tracking_hash = _parse_tracking_hash(d.pop("trackingHash"))

        viewed_in_browser = d.pop("viewedInBrowser")

        lead = WebhookContactList.from_dict(d.pop("lead"))

        email = WebhookNestedEmail.from_dict(d.pop("email"))

        webhook_stat = cls(
            id=id,
            email_address=email_address,
            ip_address=ip_address,
            date_sent=date_sent,
            is_read=is_read,
            is_failed=is_failed,
            date_read=date_read,
            retry_count=retry_count,
            source=source,
            open_count=open_count,
            last_opened=last_opened,
            source_id=source_id,
            tracking_hash=tracking_hash,
            viewed_in_browser=viewed_in_browser,
            lead=lead,
            email=email,
        )

        webhook_stat.additional_properties = d
        return webhook_stat

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
