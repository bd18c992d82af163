from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.selected_hook import SelectedHook


T = TypeVar("T", bound="SelectedHookResponse")


@_attrs_define
class SelectedHookResponse:
    hook: SelectedHook
    """ A webhook loaded with a custom `select[]`: the fields of `Hook`, but the null ones are left out
    (`setSerializeNull` is off with a custom select, `FetchCommonApiController.php:216-218, 712-715`). In a
    list, unselected fields are missing too, except `isPublished` (the class default) and `triggers` (empty),
    and `category` is always there when the hook has one (`CommonRepository.php:350-357, 1386-1405`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hook = self.hook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hook": hook,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.selected_hook import SelectedHook  # noqa: PLC0415

        d = dict(src_dict)
        hook = SelectedHook.from_dict(d.pop("hook"))

        selected_hook_response = cls(
            hook=hook,
        )

        selected_hook_response.additional_properties = d
        return selected_hook_response

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
