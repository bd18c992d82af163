from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectedCategory")


@_attrs_define
class SelectedCategory:
    """The nested category with its null fields left out (no custom select reaches it)."""

    id: int
    title: str
    alias: str
    bundle: str
    created_by_user: str | Unset = UNSET
    modified_by_user: str | Unset = UNSET
    description: str | Unset = UNSET
    color: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        alias = self.alias

        bundle = self.bundle

        created_by_user = self.created_by_user

        modified_by_user = self.modified_by_user

        description = self.description

        color = self.color

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "title": title,
                "alias": alias,
                "bundle": bundle,
            }
        )
        if created_by_user is not UNSET:
            field_dict["createdByUser"] = created_by_user
        if modified_by_user is not UNSET:
            field_dict["modifiedByUser"] = modified_by_user
        if description is not UNSET:
            field_dict["description"] = description
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        alias = d.pop("alias")

        bundle = d.pop("bundle")

        created_by_user = d.pop("createdByUser", UNSET)

        modified_by_user = d.pop("modifiedByUser", UNSET)

        description = d.pop("description", UNSET)

        color = d.pop("color", UNSET)

        selected_category = cls(
            id=id,
            title=title,
            alias=alias,
            bundle=bundle,
            created_by_user=created_by_user,
            modified_by_user=modified_by_user,
            description=description,
            color=color,
        )

        return selected_category
