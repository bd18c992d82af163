from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_contact_array import WebhookContactArray
    from ..models.webhook_email import WebhookEmail
    from ..models.webhook_string_map import WebhookStringMap


T = TypeVar("T", bound="WebhookEmailSendEvent")


@_attrs_define
class WebhookEmailSendEvent:
    """`mautic.email_on_send` (`app/bundles/EmailBundle/EventListener/WebhookSubscriber.php:52-75`). `subject` and
    `content` are the unrendered template. `content` and `tokens` are absent when `webhook_email_details` is off
    (`:92-120`).

    """

    email: WebhookEmail
    """ The e-mail of `email_on_send`, every property (no serializer groups), publish details included. """
    contact: WebhookContactArray
    """ ContactArray: `contact` in `email_on_send`, the contact's plain profile array, not the entity. Every field
    is a flat key by alias (custom fields included); `id` is a **string**, `points` an integer or a string, dates
    are `Y-m-d H:i:s` without offset. In a segment send the raw database row leaks too (`owner_id`,
    `is_published: "1"`, `date_added`, `internal`, `social_cache`, `generated_email_domain`, …). Required here
    are the fixed fields, which Mautic does not let anyone delete.
     """
    content_hash: str
    id_hash: str
    """ The stat's tracking hash (also in the open pixel's URL). """
    subject: str
    source: list[int | str]
    """ `["api", 0]`, `["email", segmentEmailId]`, `["campaign.event", eventId]`, … """
    headers: list[Any] | WebhookStringMap
    timestamp: datetime.datetime
    """ ISO-8601 with offset, PHP `DATE_ATOM` (`2026-12-01T08:25:58+00:00`); the offset is the server's timezone.
    """
    content: str | Unset = UNSET
    tokens: list[Any] | Unset | WebhookStringMap = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_string_map import WebhookStringMap  # noqa: PLC0415

        email = self.email.to_dict()

        contact = self.contact.to_dict()

        content_hash = self.content_hash

        id_hash = self.id_hash

        subject = self.subject

        source = []
        for source_item_data in self.source:
            source_item: int | str
            source_item = source_item_data
            source.append(source_item)

        headers: dict[str, Any] | list[Any]
        if isinstance(self.headers, WebhookStringMap):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        timestamp = self.timestamp.isoformat()

        content = self.content

        tokens: dict[str, Any] | list[Any] | Unset
        if isinstance(self.tokens, Unset):
            tokens = UNSET
        elif isinstance(self.tokens, WebhookStringMap):
            tokens = self.tokens.to_dict()
        else:
            tokens = self.tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "contact": contact,
                "contentHash": content_hash,
                "idHash": id_hash,
                "subject": subject,
                "source": source,
                "headers": headers,
                "timestamp": timestamp,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_contact_array import WebhookContactArray  # noqa: PLC0415
        from ..models.webhook_email import WebhookEmail  # noqa: PLC0415
        from ..models.webhook_string_map import WebhookStringMap  # noqa: PLC0415

        d = dict(src_dict)
        email = WebhookEmail.from_dict(d.pop("email"))

        contact = WebhookContactArray.from_dict(d.pop("contact"))

        content_hash = d.pop("contentHash")

        id_hash = d.pop("idHash")

        subject = d.pop("subject")

        source = []
        _source = d.pop("source")
        for source_item_data in _source:

            def _parse_source_item(data: object) -> int | str:
                return cast(int | str, data)

            source_item = _parse_source_item(source_item_data)

            source.append(source_item)

        def _parse_headers(data: object) -> list[Any] | WebhookStringMap:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = WebhookStringMap.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            headers_type_1 = cast(list[Any], data)

            return headers_type_1

        headers = _parse_headers(d.pop("headers"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        content = d.pop("content", UNSET)

        def _parse_tokens(data: object) -> list[Any] | Unset | WebhookStringMap:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tokens_type_0 = WebhookStringMap.from_dict(data)

                return tokens_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            tokens_type_1 = cast(list[Any], data)

            return tokens_type_1

        tokens = _parse_tokens(d.pop("tokens", UNSET))

        webhook_email_send_event = cls(
            email=email,
            contact=contact,
            content_hash=content_hash,
            id_hash=id_hash,
            subject=subject,
            source=source,
            headers=headers,
            timestamp=timestamp,
            content=content,
            tokens=tokens,
        )

        webhook_email_send_event.additional_properties = d
        return webhook_email_send_event

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
