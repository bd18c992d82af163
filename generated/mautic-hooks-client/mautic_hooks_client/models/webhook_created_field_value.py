from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_field_properties import WebhookFieldProperties


T = TypeVar("T", bound="WebhookCreatedFieldValue")


@_attrs_define
class WebhookCreatedFieldValue:
    """Field value shape A: sent when the entity was created in the same request (a contact in
    `lead_post_save_new` after `POST /api/contacts/new`, a company in `company_post_save` on create).
    `id` is an **integer** here, and `properties` is an object or `[]` (absent on company fields).

    """

    id: int
    group: str
    label: str
    alias: str
    type_: str
    value: bool | float | None | str
    """ A custom-field value as stored; integers come as numbers or strings depending on the field type. """
    normalized_value: bool | float | None | str
    """ A custom-field value as stored; integers come as numbers or strings depending on the field type. """
    properties: list[Any] | Unset | WebhookFieldProperties = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_field_properties import WebhookFieldProperties  # noqa: PLC0415

        id = self.id

        group = self.group

        label = self.label

        alias = self.alias

        type_ = self.type_

        value: bool | float | None | str
        value = self.value

        normalized_value: bool | float | None | str
        normalized_value = self.normalized_value

        properties: dict[str, Any] | list[Any] | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, WebhookFieldProperties):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "group": group,
                "label": label,
                "alias": alias,
                "type": type_,
                "value": value,
                "normalizedValue": normalized_value,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_field_properties import WebhookFieldProperties  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        group = d.pop("group")

        label = d.pop("label")

        alias = d.pop("alias")

        type_ = d.pop("type")

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

        def _parse_properties(data: object) -> list[Any] | Unset | WebhookFieldProperties:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = WebhookFieldProperties.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            properties_type_1 = cast(list[Any], data)

            return properties_type_1

        properties = _parse_properties(d.pop("properties", UNSET))

        webhook_created_field_value = cls(
            id=id,
            group=group,
            label=label,
            alias=alias,
            type_=type_,
            value=value,
            normalized_value=normalized_value,
            properties=properties,
        )

        webhook_created_field_value.additional_properties = d
        return webhook_created_field_value

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
