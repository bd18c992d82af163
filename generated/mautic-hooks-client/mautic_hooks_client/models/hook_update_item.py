from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.events_orderby_dir import EventsOrderbyDir, check_events_orderby_dir
from ..types import UNSET, Unset

T = TypeVar("T", bound="HookUpdateItem")


@_attrs_define
class HookUpdateItem:
    """An update item; `id` names the webhook."""

    id: int
    """ Auto-increment id, never reused. """
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    secret: str | Unset = UNSET
    events_orderby_dir: EventsOrderbyDir | None | Unset = UNSET
    category: int | None | Unset = UNSET
    is_published: bool | Unset = UNSET
    triggers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        webhook_url = self.webhook_url

        secret = self.secret

        events_orderby_dir: None | str | Unset
        if isinstance(self.events_orderby_dir, Unset):
            events_orderby_dir = UNSET
        elif isinstance(self.events_orderby_dir, str):
            events_orderby_dir = self.events_orderby_dir
        else:
            events_orderby_dir = self.events_orderby_dir

        category: int | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        is_published = self.is_published

        triggers: list[str] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = self.triggers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if secret is not UNSET:
            field_dict["secret"] = secret
        if events_orderby_dir is not UNSET:
            field_dict["eventsOrderbyDir"] = events_orderby_dir
        if category is not UNSET:
            field_dict["category"] = category
        if is_published is not UNSET:
            field_dict["isPublished"] = is_published
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        webhook_url = d.pop("webhookUrl", UNSET)

        secret = d.pop("secret", UNSET)

        def _parse_events_orderby_dir(data: object) -> EventsOrderbyDir | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                events_orderby_dir_type_0 = check_events_orderby_dir(data)

                return events_orderby_dir_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventsOrderbyDir | None | Unset, data)

        events_orderby_dir = _parse_events_orderby_dir(d.pop("eventsOrderbyDir", UNSET))

        def _parse_category(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        is_published = d.pop("isPublished", UNSET)

        triggers = cast(list[str], d.pop("triggers", UNSET))

        hook_update_item = cls(
            id=id,
            name=name,
            description=description,
            webhook_url=webhook_url,
            secret=secret,
            events_orderby_dir=events_orderby_dir,
            category=category,
            is_published=is_published,
            triggers=triggers,
        )

        hook_update_item.additional_properties = d
        return hook_update_item

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
