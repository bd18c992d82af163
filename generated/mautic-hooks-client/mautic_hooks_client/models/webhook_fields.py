from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_field_map import WebhookFieldMap
    from ..models.webhook_flat_field_values import WebhookFlatFieldValues


T = TypeVar("T", bound="WebhookFields")


@_attrs_define
class WebhookFields:
    """`{group: {alias: value}}`: `core`, `social`, `personal`, `professional` for contacts; `core`,
    `professional` and `social`/`personal` or `other` for companies.

    """

    all_: WebhookFlatFieldValues | Unset = UNSET
    """ Alias → value, without definitions: the extra `all` group a contact carries after a batch delete. """
    additional_properties: dict[str, list[Any] | WebhookFieldMap] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_field_map import WebhookFieldMap  # noqa: PLC0415

        all_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.all_, Unset):
            all_ = self.all_.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, WebhookFieldMap):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all"] = all_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_field_map import WebhookFieldMap  # noqa: PLC0415
        from ..models.webhook_flat_field_values import WebhookFlatFieldValues  # noqa: PLC0415

        d = dict(src_dict)
        _all_ = d.pop("all", UNSET)
        all_: WebhookFlatFieldValues | Unset
        if isinstance(_all_, Unset):
            all_ = UNSET
        else:
            all_ = WebhookFlatFieldValues.from_dict(_all_)

        webhook_fields = cls(
            all_=all_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> list[Any] | WebhookFieldMap:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_field_group_type_0 = WebhookFieldMap.from_dict(data)

                    return componentsschemas_webhook_field_group_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_webhook_field_group_type_1 = cast(list[Any], data)

                return componentsschemas_webhook_field_group_type_1

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        webhook_fields.additional_properties = additional_properties
        return webhook_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[Any] | WebhookFieldMap:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[Any] | WebhookFieldMap) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
