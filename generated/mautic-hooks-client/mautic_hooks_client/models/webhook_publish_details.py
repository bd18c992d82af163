from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPublishDetails")


@_attrs_define
class WebhookPublishDetails:
    """The `publishDetails` group on a top-level entity. Nested entities lose these keys, except `createdByUser`
    and `modifiedByUser` (`app/bundles/ApiBundle/Serializer/Exclusion/PublishDetailsExclusionStrategy.php:10-23`).

    """

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        webhook_publish_details = cls(
            is_published=is_published,
            date_added=date_added,
            date_modified=date_modified,
            created_by=created_by,
            created_by_user=created_by_user,
            modified_by=modified_by,
            modified_by_user=modified_by_user,
        )

        webhook_publish_details.additional_properties = d
        return webhook_publish_details

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
