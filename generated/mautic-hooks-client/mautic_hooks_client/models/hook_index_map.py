from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hook import Hook


T = TypeVar("T", bound="HookIndexMap")


@_attrs_define
class HookIndexMap:
    """Batch results keyed by request position when some positions are missing (PHP array with gaps), or by the
    request's own keys when the batch body is a JSON object or the ids a keyed PHP array (`ids[x]=3`).

    """

    additional_properties: dict[str, Hook] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hook import Hook  # noqa: PLC0415

        d = dict(src_dict)
        hook_index_map = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = Hook.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        hook_index_map.additional_properties = additional_properties
        return hook_index_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Hook:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Hook) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
