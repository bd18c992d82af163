from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.selected_hook_map import SelectedHookMap


T = TypeVar("T", bound="SelectedHookList")


@_attrs_define
class SelectedHookList:
    total: int
    hooks: list[Any] | SelectedHookMap
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.selected_hook_map import SelectedHookMap  # noqa: PLC0415

        total = self.total

        hooks: dict[str, Any] | list[Any]
        if isinstance(self.hooks, SelectedHookMap):
            hooks = self.hooks.to_dict()
        else:
            hooks = self.hooks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "hooks": hooks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.selected_hook_map import SelectedHookMap  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        def _parse_hooks(data: object) -> list[Any] | SelectedHookMap:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hooks_type_0 = SelectedHookMap.from_dict(data)

                return hooks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            hooks_type_1 = cast(list[Any], data)

            return hooks_type_1

        hooks = _parse_hooks(d.pop("hooks"))

        selected_hook_list = cls(
            total=total,
            hooks=hooks,
        )

        selected_hook_list.additional_properties = d
        return selected_hook_list

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
