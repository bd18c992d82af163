from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_fields import WebhookFields


T = TypeVar("T", bound="WebhookContactList")


@_attrs_define
class WebhookContactList:
    """ContactList: the contact nested in `submission.lead`, `hit.lead` and `stat.lead` (group `leadList`):
    `id, points, color, fields` only.

    """

    id: int
    points: int
    color: None | str
    fields: WebhookFields
    """ `{group: {alias: value}}`: `core`, `social`, `personal`, `professional` for contacts; `core`,
    `professional` and `social`/`personal` or `other` for companies.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        points = self.points

        color: None | str
        color = self.color

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "points": points,
                "color": color,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_fields import WebhookFields  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        points = d.pop("points")

        def _parse_color(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        color = _parse_color(d.pop("color"))

        fields = WebhookFields.from_dict(d.pop("fields"))

        webhook_contact_list = cls(
            id=id,
            points=points,
            color=color,
            fields=fields,
        )

        webhook_contact_list.additional_properties = d
        return webhook_contact_list

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
