from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.field_errors import FieldErrors


T = TypeVar("T", bound="ControllerError")


@_attrs_define
class ControllerError:
    """Built by the API controllers' `returnError`: `code`, `message`, `details`; the null `type` is dropped
    by the serializer (`FetchCommonApiController.php:612-641`; asserted in
    `app/bundles/AssetBundle/Tests/Controller/Api/AssetApiControllerFunctionalTest.php:37`).

    """

    code: int
    message: str
    details: FieldErrors | list[Any]

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_errors import FieldErrors  # noqa: PLC0415

        code = self.code

        message = self.message

        details: dict[str, Any] | list[Any]
        if isinstance(self.details, FieldErrors):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "message": message,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_errors import FieldErrors  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        def _parse_details(data: object) -> FieldErrors | list[Any]:
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

        details = _parse_details(d.pop("details"))

        controller_error = cls(
            code=code,
            message=message,
            details=details,
        )

        return controller_error
