from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_category import WebhookCategory
    from ..models.webhook_segment_filter import WebhookSegmentFilter


T = TypeVar("T", bound="WebhookSegment")


@_attrs_define
class WebhookSegment:
    """The segment of `lead_list_change` (no serializer groups)."""

    is_published: bool
    date_added: datetime.datetime
    """ ISO-8601 with offset, PHP `DATE_ATOM` (`2026-12-01T08:25:58+00:00`); the offset is the server's timezone.
    """
    date_modified: datetime.datetime | None
    created_by: int | None
    """ Null for entities a visitor created (form submit, tracking) and for API clients without a user. """
    created_by_user: None | str
    modified_by: int | None
    modified_by_user: None | str
    id: int
    name: str
    public_name: None | str
    alias: str
    description: None | str
    category: None | WebhookCategory
    filters: list[WebhookSegmentFilter]
    is_global: bool
    is_preference_center: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_category import WebhookCategory  # noqa: PLC0415

        is_published = self.is_published

        date_added = self.date_added.isoformat()

        date_modified: None | str
        if isinstance(self.date_modified, datetime.datetime):
            date_modified = self.date_modified.isoformat()
        else:
            date_modified = self.date_modified

        created_by: int | None
        created_by = self.created_by

        created_by_user: None | str
        created_by_user = self.created_by_user

        modified_by: int | None
        modified_by = self.modified_by

        modified_by_user: None | str
        modified_by_user = self.modified_by_user

        id = self.id

        name = self.name

        public_name: None | str
        public_name = self.public_name

        alias = self.alias

        description: None | str
        description = self.description

        category: dict[str, Any] | None
        if isinstance(self.category, WebhookCategory):
            category = self.category.to_dict()
        else:
            category = self.category

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
                "isPublished": is_published,
                "dateAdded": date_added,
                "dateModified": date_modified,
                "createdBy": created_by,
                "createdByUser": created_by_user,
                "modifiedBy": modified_by,
                "modifiedByUser": modified_by_user,
                "id": id,
                "name": name,
                "publicName": public_name,
                "alias": alias,
                "description": description,
                "category": category,
                "filters": filters,
                "isGlobal": is_global,
                "isPreferenceCenter": is_preference_center,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_category import WebhookCategory  # noqa: PLC0415
        from ..models.webhook_segment_filter import WebhookSegmentFilter  # noqa: PLC0415

        d = dict(src_dict)
        is_published = d.pop("isPublished")

        date_added = datetime.datetime.fromisoformat(d.pop("dateAdded"))

        def _parse_date_modified(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_webhook_nullable_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_webhook_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_modified = _parse_date_modified(d.pop("dateModified"))

        def _parse_created_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        created_by = _parse_created_by(d.pop("createdBy"))

        def _parse_created_by_user(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by_user = _parse_created_by_user(d.pop("createdByUser"))

        def _parse_modified_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        modified_by = _parse_modified_by(d.pop("modifiedBy"))

        def _parse_modified_by_user(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        modified_by_user = _parse_modified_by_user(d.pop("modifiedByUser"))

        id = d.pop("id")

        name = d.pop("name")

        def _parse_public_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        public_name = _parse_public_name(d.pop("publicName"))

        alias = d.pop("alias")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_category(data: object) -> None | WebhookCategory:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_0 = WebhookCategory.from_dict(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhookCategory, data)

        category = _parse_category(d.pop("category"))

        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:
            filters_item = WebhookSegmentFilter.from_dict(filters_item_data)

            filters.append(filters_item)

        is_global = d.pop("isGlobal")

        is_preference_center = d.pop("isPreferenceCenter")

        webhook_segment = cls(
            is_published=is_published,
            date_added=date_added,
            date_modified=date_modified,
            created_by=created_by,
            created_by_user=created_by_user,
            modified_by=modified_by,
            modified_by_user=modified_by_user,
            id=id,
            name=name,
            public_name=public_name,
            alias=alias,
            description=description,
            category=category,
            filters=filters,
            is_global=is_global,
            is_preference_center=is_preference_center,
        )

        webhook_segment.additional_properties = d
        return webhook_segment

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
