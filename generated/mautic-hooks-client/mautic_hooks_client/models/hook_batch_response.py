from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_error_map import BatchErrorMap
    from ..models.batch_item_error import BatchItemError
    from ..models.hook import Hook
    from ..models.hook_index_map import HookIndexMap
    from ..models.status_code_map import StatusCodeMap


T = TypeVar("T", bound="HookBatchResponse")


@_attrs_define
class HookBatchResponse:
    hooks: HookIndexMap | list[Hook]
    status_codes: list[int] | StatusCodeMap
    errors: BatchErrorMap | list[BatchItemError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_error_map import BatchErrorMap  # noqa: PLC0415

        hooks: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.hooks, list):
            hooks = []
            for componentsschemas_hook_array_item_data in self.hooks:
                componentsschemas_hook_array_item = componentsschemas_hook_array_item_data.to_dict()
                hooks.append(componentsschemas_hook_array_item)

        else:
            hooks = self.hooks.to_dict()

        status_codes: dict[str, Any] | list[int]
        if isinstance(self.status_codes, list):
            status_codes = self.status_codes

        else:
            status_codes = self.status_codes.to_dict()

        errors: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, BatchErrorMap):
            errors = self.errors.to_dict()
        else:
            errors = []
            for componentsschemas_batch_error_array_item_data in self.errors:
                componentsschemas_batch_error_array_item = componentsschemas_batch_error_array_item_data.to_dict()
                errors.append(componentsschemas_batch_error_array_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hooks": hooks,
                "statusCodes": status_codes,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_error_map import BatchErrorMap  # noqa: PLC0415
        from ..models.batch_item_error import BatchItemError  # noqa: PLC0415
        from ..models.hook import Hook  # noqa: PLC0415
        from ..models.hook_index_map import HookIndexMap  # noqa: PLC0415
        from ..models.status_code_map import StatusCodeMap  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_hooks(data: object) -> HookIndexMap | list[Hook]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hooks_type_0 = []
                _hooks_type_0 = data
                for componentsschemas_hook_array_item_data in _hooks_type_0:
                    componentsschemas_hook_array_item = Hook.from_dict(componentsschemas_hook_array_item_data)

                    hooks_type_0.append(componentsschemas_hook_array_item)

                return hooks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            hooks_type_1 = HookIndexMap.from_dict(data)

            return hooks_type_1

        hooks = _parse_hooks(d.pop("hooks"))

        def _parse_status_codes(data: object) -> list[int] | StatusCodeMap:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_status_codes_type_0 = cast(list[int], data)

                return componentsschemas_status_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_status_codes_type_1 = StatusCodeMap.from_dict(data)

            return componentsschemas_status_codes_type_1

        status_codes = _parse_status_codes(d.pop("statusCodes"))

        def _parse_errors(data: object) -> BatchErrorMap | list[BatchItemError] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_batch_errors_type_0 = BatchErrorMap.from_dict(data)

                return componentsschemas_batch_errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_batch_errors_type_1 = []
            _componentsschemas_batch_errors_type_1 = data
            for componentsschemas_batch_error_array_item_data in _componentsschemas_batch_errors_type_1:
                componentsschemas_batch_error_array_item = BatchItemError.from_dict(
                    componentsschemas_batch_error_array_item_data
                )

                componentsschemas_batch_errors_type_1.append(componentsschemas_batch_error_array_item)

            return componentsschemas_batch_errors_type_1

        errors = _parse_errors(d.pop("errors", UNSET))

        hook_batch_response = cls(
            hooks=hooks,
            status_codes=status_codes,
            errors=errors,
        )

        hook_batch_response.additional_properties = d
        return hook_batch_response

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
