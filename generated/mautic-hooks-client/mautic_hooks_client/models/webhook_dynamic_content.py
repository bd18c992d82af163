from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_related_entity import WebhookRelatedEntity


T = TypeVar("T", bound="WebhookDynamicContent")


@_attrs_define
class WebhookDynamicContent:
    token_name: str
    content: None | str
    filters: list[WebhookRelatedEntity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_name = self.token_name

        content: None | str
        content = self.content

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenName": token_name,
                "content": content,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_related_entity import WebhookRelatedEntity  # noqa: PLC0415

        d = dict(src_dict)
        token_name = d.pop("tokenName")

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        _filters = d.pop("filters", UNSET)
        filters: list[WebhookRelatedEntity] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = WebhookRelatedEntity.from_dict(filters_item_data)

                filters.append(filters_item)

        webhook_dynamic_content = cls(
            token_name=token_name,
            content=content,
            filters=filters,
        )

        webhook_dynamic_content.additional_properties = d
        return webhook_dynamic_content

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
