from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookDoNotContact")


@_attrs_define
class WebhookDoNotContact:
    """A do-not-contact entry; it already reflects the change that triggered the event."""

    id: int | None
    """ Null in `lead_post_delete`, where the entries were deleted with the contact. """
    reason: int
    """ 0 contactable, 1 unsubscribed, 2 bounced, 3 manual. """
    comments: None | str
    channel: str
    channel_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        reason = self.reason

        comments: None | str
        comments = self.comments

        channel = self.channel

        channel_id: int | None
        channel_id = self.channel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reason": reason,
                "comments": comments,
                "channel": channel,
                "channelId": channel_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id"))

        reason = d.pop("reason")

        def _parse_comments(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comments = _parse_comments(d.pop("comments"))

        channel = d.pop("channel")

        def _parse_channel_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        channel_id = _parse_channel_id(d.pop("channelId"))

        webhook_do_not_contact = cls(
            id=id,
            reason=reason,
            comments=comments,
            channel=channel,
            channel_id=channel_id,
        )

        webhook_do_not_contact.additional_properties = d
        return webhook_do_not_contact

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
