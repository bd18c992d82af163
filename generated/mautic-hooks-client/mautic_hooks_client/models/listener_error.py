from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ListenerError")


@_attrs_define
class ListenerError:
    """Built by Mautic's listeners and exception controller: `message`, `code`, `type` (string or null)
    (`ApiSubscriber.php:52-63, 161-175`, `ExceptionController.php:31-64`).

    """

    message: str
    code: int
    type_: None | str

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        type_: None | str
        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "code": code,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        code = d.pop("code")

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        listener_error = cls(
            message=message,
            code=code,
            type_=type_,
        )

        return listener_error
