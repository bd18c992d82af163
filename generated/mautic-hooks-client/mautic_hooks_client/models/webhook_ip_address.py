from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_ip_details import WebhookIpDetails


T = TypeVar("T", bound="WebhookIpAddress")


@_attrs_define
class WebhookIpAddress:
    """An IP address in the `ipAddress` group (`app/bundles/CoreBundle/Entity/IpAddress.php:52-68`)."""

    ip_address: str
    id: int
    ip_details: list[Any] | None | Unset | WebhookIpDetails = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_ip_details import WebhookIpDetails  # noqa: PLC0415

        ip_address = self.ip_address

        id = self.id

        ip_details: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.ip_details, Unset):
            ip_details = UNSET
        elif isinstance(self.ip_details, WebhookIpDetails):
            ip_details = self.ip_details.to_dict()
        elif isinstance(self.ip_details, list):
            ip_details = self.ip_details

        else:
            ip_details = self.ip_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ipAddress": ip_address,
                "id": id,
            }
        )
        if ip_details is not UNSET:
            field_dict["ipDetails"] = ip_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_ip_details import WebhookIpDetails  # noqa: PLC0415

        d = dict(src_dict)
        ip_address = d.pop("ipAddress")

        id = d.pop("id")

        def _parse_ip_details(data: object) -> list[Any] | None | Unset | WebhookIpDetails:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ip_details_type_0 = WebhookIpDetails.from_dict(data)

                return ip_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ip_details_type_1 = cast(list[Any], data)

                return ip_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset | WebhookIpDetails, data)

        ip_details = _parse_ip_details(d.pop("ipDetails", UNSET))

        webhook_ip_address = cls(
            ip_address=ip_address,
            id=id,
            ip_details=ip_details,
        )

        webhook_ip_address.additional_properties = d
        return webhook_ip_address

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
