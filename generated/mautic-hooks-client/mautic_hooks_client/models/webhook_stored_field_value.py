from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_stored_field_value_is_fixed import (
    WebhookStoredFieldValueIsFixed,
    check_webhook_stored_field_value_is_fixed,
)

T = TypeVar("T", bound="WebhookStoredFieldValue")


@_attrs_define
class WebhookStoredFieldValue:
    """Field value shape B: the field definition as a database row (every id and flag a **string**,
    `properties` PHP-serialized) plus the value. Sent whenever the entity was loaded from the database.

    """

    id: str
    label: str
    alias: str
    type_: str
    group: str
    object_: str
    """ `lead` or `company`. """
    is_fixed: WebhookStoredFieldValueIsFixed
    properties: str
    """ PHP `serialize()` output, e.g. `a:0:{}`. """
    default_value: None | str
    value: bool | float | None | str
    """ A custom-field value as stored; integers come as numbers or strings depending on the field type. """
    normalized_value: bool | float | None | str
    """ A custom-field value as stored; integers come as numbers or strings depending on the field type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        alias = self.alias

        type_ = self.type_

        group = self.group

        object_ = self.object_

        is_fixed: str = self.is_fixed

        properties = self.properties

        default_value: None | str
        default_value = self.default_value

        value: bool | float | None | str
        value = self.value

        normalized_value: bool | float | None | str
        normalized_value = self.normalized_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "alias": alias,
                "type": type_,
                "group": group,
                "object": object_,
                "is_fixed": is_fixed,
                "properties": properties,
                "default_value": default_value,
                "value": value,
                "normalizedValue": normalized_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        alias = d.pop("alias")

        type_ = d.pop("type")

        group = d.pop("group")

        object_ = d.pop("object")

        is_fixed = check_webhook_stored_field_value_is_fixed(d.pop("is_fixed"))

        properties = d.pop("properties")

        def _parse_default_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_value = _parse_default_value(d.pop("default_value"))

        def _parse_value(data: object) -> bool | float | None | str:
            if data is None:
                return data
            return cast(bool | float | None | str, data)

        value = _parse_value(d.pop("value"))

        def _parse_normalized_value(data: object) -> bool | float | None | str:
            if data is None:
                return data
            return cast(bool | float | None | str, data)

        normalized_value = _parse_normalized_value(d.pop("normalizedValue"))

        webhook_stored_field_value = cls(
            id=id,
            label=label,
            alias=alias,
            type_=type_,
            group=group,
            object_=object_,
            is_fixed=is_fixed,
            properties=properties,
            default_value=default_value,
            value=value,
            normalized_value=normalized_value,
        )

        webhook_stored_field_value.additional_properties = d
        return webhook_stored_field_value

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
