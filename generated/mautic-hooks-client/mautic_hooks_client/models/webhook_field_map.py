from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_created_field_value import WebhookCreatedFieldValue
    from ..models.webhook_stored_field_value import WebhookStoredFieldValue


T = TypeVar("T", bound="WebhookFieldMap")


@_attrs_define
class WebhookFieldMap:
    """The fields of one group, keyed by alias."""

    additional_properties: dict[str, WebhookCreatedFieldValue | WebhookStoredFieldValue] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_stored_field_value import WebhookStoredFieldValue  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, WebhookStoredFieldValue):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_created_field_value import WebhookCreatedFieldValue  # noqa: PLC0415
        from ..models.webhook_stored_field_value import WebhookStoredFieldValue  # noqa: PLC0415

        d = dict(src_dict)
        webhook_field_map = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> WebhookCreatedFieldValue | WebhookStoredFieldValue:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_field_value_type_0 = WebhookStoredFieldValue.from_dict(data)

                    return componentsschemas_webhook_field_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_field_value_type_1 = WebhookCreatedFieldValue.from_dict(data)

                return componentsschemas_webhook_field_value_type_1

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        webhook_field_map.additional_properties = additional_properties
        return webhook_field_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> WebhookCreatedFieldValue | WebhookStoredFieldValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: WebhookCreatedFieldValue | WebhookStoredFieldValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
