from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_errors import FieldErrors


T = TypeVar("T", bound="BatchItemError")


@_attrs_define
class BatchItemError:
    """One item's error in a batch response: `{message, code, type: "api"}` for not found, access denied and id
    missing, or the form error `{code, message, details, type: null}` (`FetchCommonApiController.php:627-629, 664-676`).

    """

    code: int
    message: str
    type_: None | str
    details: FieldErrors | list[Any] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_errors import FieldErrors  # noqa: PLC0415

        code = self.code

        message = self.message

        type_: None | str
        type_ = self.type_

        details: dict[str, Any] | list[Any] | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, FieldErrors):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "message": message,
                "type": type_,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_errors import FieldErrors  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_details(data: object) -> FieldErrors | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_details_type_0 = FieldErrors.from_dict(data)

                return componentsschemas_error_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_error_details_type_1 = cast(list[Any], data)

            return componentsschemas_error_details_type_1

        details = _parse_details(d.pop("details", UNSET))

        batch_item_error = cls(
            code=code,
            message=message,
            type_=type_,
            details=details,
        )

        return batch_item_error
