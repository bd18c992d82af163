from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    """The category as nested in a hook. Its publish details are stripped at this depth, except
    `createdByUser` and `modifiedByUser`, which come first
    (`app/bundles/ApiBundle/Serializer/Exclusion/PublishDetailsExclusionStrategy.php:12-23`,
    `app/bundles/CategoryBundle/Entity/Category.php:90-104`). A category of any bundle can be attached.

    """

    created_by_user: None | str
    modified_by_user: None | str
    id: int
    title: str
    alias: str
    description: None | str
    color: None | str
    bundle: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_by_user: None | str
        created_by_user = self.created_by_user

        modified_by_user: None | str
        modified_by_user = self.modified_by_user

        id = self.id

        title = self.title

        alias = self.alias

        description: None | str
        description = self.description

        color: None | str
        color = self.color

        bundle = self.bundle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdByUser": created_by_user,
                "modifiedByUser": modified_by_user,
                "id": id,
                "title": title,
                "alias": alias,
                "description": description,
                "color": color,
                "bundle": bundle,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_created_by_user(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by_user = _parse_created_by_user(d.pop("createdByUser"))

        def _parse_modified_by_user(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        modified_by_user = _parse_modified_by_user(d.pop("modifiedByUser"))

        id = d.pop("id")

        title = d.pop("title")

        alias = d.pop("alias")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_color(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        color = _parse_color(d.pop("color"))

        bundle = d.pop("bundle")

        category = cls(
            created_by_user=created_by_user,
            modified_by_user=modified_by_user,
            id=id,
            title=title,
            alias=alias,
            description=description,
            color=color,
            bundle=bundle,
        )

        category.additional_properties = d
        return category

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
