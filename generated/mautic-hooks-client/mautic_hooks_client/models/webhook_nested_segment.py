from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_category import WebhookCategory
    from ..models.webhook_segment_filter import WebhookSegmentFilter


T = TypeVar("T", bound="WebhookNestedSegment")


@_attrs_define
class WebhookNestedSegment:
    """A segment nested in an e-mail (`email.lists[]`), without publish details but with the user names."""

    id: int
    name: str
    alias: str
    created_by_user: None | str | Unset = UNSET
    modified_by_user: None | str | Unset = UNSET
    public_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    category: None | Unset | WebhookCategory = UNSET
    filters: list[WebhookSegmentFilter] | Unset = UNSET
    is_global: bool | Unset = UNSET
    is_preference_center: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_category import WebhookCategory  # noqa: PLC0415

        id = self.id

        name = self.name

        alias = self.alias

        created_by_user: None | str | Unset
        if isinstance(self.created_by_user, Unset):
            created_by_user = UNSET
        else:
            created_by_user = self.created_by_user

        modified_by_user: None | str | Unset
        if isinstance(self.modified_by_user, Unset):
            modified_by_user = UNSET
        else:
            modified_by_user = self.modified_by_user

        public_name: None | str | Unset
        if isinstance(self.public_name, Unset):
            public_name = UNSET
        else:
            public_name = self.public_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, WebhookCategory):
            category = self.category.to_dict()
        else:
            category = self.category

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        is_global = self.is_global

        is_preference_center = self.is_preference_center

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "alias": alias,
            }
        )
        if created_by_user is not UNSET:
            field_dict["createdByUser"] = created_by_user
        if modified_by_user is not UNSET:
            field_dict["modifiedByUser"] = modified_by_user
        if public_name is not UNSET:
            field_dict["publicName"] = public_name
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if filters is not UNSET:
            field_dict["filters"] = filters
        if is_global is not UNSET:
            field_dict["isGlobal"] = is_global
        if is_preference_center is not UNSET:
            field_dict["isPreferenceCenter"] = is_preference_center

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_category import WebhookCategory  # noqa: PLC0415
        from ..models.webhook_segment_filter import WebhookSegmentFilter  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        alias = d.pop("alias")

        def _parse_created_by_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_user = _parse_created_by_user(d.pop("createdByUser", UNSET))

        def _parse_modified_by_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified_by_user = _parse_modified_by_user(d.pop("modifiedByUser", UNSET))

        def _parse_public_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_name = _parse_public_name(d.pop("publicName", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_category(data: object) -> None | Unset | WebhookCategory:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_0 = WebhookCategory.from_dict(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookCategory, data)

        category = _parse_category(d.pop("category", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[WebhookSegmentFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = WebhookSegmentFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        is_global = d.pop("isGlobal", UNSET)

        is_preference_center = d.pop("isPreferenceCenter", UNSET)

        webhook_nested_segment = cls(
            id=id,
            name=name,
            alias=alias,
            created_by_user=created_by_user,
            modified_by_user=modified_by_user,
            public_name=public_name,
            description=description,
            category=category,
            filters=filters,
            is_global=is_global,
            is_preference_center=is_preference_center,
        )

        webhook_nested_segment.additional_properties = d
        return webhook_nested_segment

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
