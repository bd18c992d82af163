from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_field_properties import WebhookFieldProperties


T = TypeVar("T", bound="WebhookSegmentFilter")


@_attrs_define
class WebhookSegmentFilter:
    glue: str
    field: str
    object_: str
    type_: str
    operator: str
    properties: list[Any] | Unset | WebhookFieldProperties = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_field_properties import WebhookFieldProperties  # noqa: PLC0415

        glue = self.glue

        field = self.field

        object_ = self.object_

        type_ = self.type_

        operator = self.operator

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
                "glue": glue,
                "field": field,
                "object": object_,
                "type": type_,
                "operator": operator,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_field_properties import WebhookFieldProperties  # noqa: PLC0415

        d = dict(src_dict)
        glue = d.pop("glue")

        field = d.pop("field")

        object_ = d.pop("object")

        type_ = d.pop("type")

        operator = d.pop("operator")

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

        webhook_segment_filter = cls(
            glue=glue,
            field=field,
            object_=object_,
            type_=type_,
            operator=operator,
            properties=properties,
        )

        webhook_segment_filter.additional_properties = d
        return webhook_segment_filter

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
