from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.events_orderby_dir import EventsOrderbyDir, check_events_orderby_dir

if TYPE_CHECKING:
    from ..models.category import Category


T = TypeVar("T", bound="HookAttributes")


@_attrs_define
class HookAttributes:
    """The fields every serialized webhook carries, nulls included (`setSerializeNull(true)`,
    `FetchCommonApiController.php:712-715`), in this order: the publish details of `FormEntity`, then the
    webhook's own (`app/bundles/CoreBundle/Entity/FormEntity.php:134-154`,
    `app/bundles/WebhookBundle/Entity/Webhook.php:131-144`).
    `publishUp` and `publishDown` do not exist on webhooks.

    """

    is_published: bool
    date_added: datetime.datetime | None
    date_modified: datetime.datetime | None
    """ Null until an edit changes something (`app/bundles/CoreBundle/Model/FormModel.php:255-271`). """
    created_by: int | None
    """ User id of the creator; null when created by an OAuth2 client or the command line. """
    created_by_user: None | str
    modified_by: int | None
    modified_by_user: None | str
    description: None | str
    events_orderby_dir: EventsOrderbyDir | None
    category: Category | None
    triggers: list[Any]
    """ Trigger keys in the order they were added (`app/bundles/WebhookBundle/Entity/Webhook.php:328-333`).
    Not checked against the catalogue: any string up to 50 characters is stored. A stored key is a string,
    but the answer to the write that sent an item that is not a string echoes it raw (`5`, a list, an
    object); it is stored in PHP string form (`"5"`, `"Array"`)
    (`app/bundles/WebhookBundle/Controller/Api/WebhookApiController.php:66-84`, `Webhook.php:328-362`,
    `app/bundles/WebhookBundle/Entity/Event.php:113-121`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.category import Category  # noqa: PLC0415

        is_published = self.is_published

        date_added: None | str
        if isinstance(self.date_added, datetime.datetime):
            date_added = self.date_added.isoformat()
        else:
            date_added = self.date_added

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

        description: None | str
        description = self.description

        events_orderby_dir: None | str
        if isinstance(self.events_orderby_dir, str):
            events_orderby_dir = self.events_orderby_dir
        else:
            events_orderby_dir = self.events_orderby_dir

        category: dict[str, Any] | None
        if isinstance(self.category, Category):
            category = self.category.to_dict()
        else:
            category = self.category

        triggers = self.triggers

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
                "description": description,
                "eventsOrderbyDir": events_orderby_dir,
                "category": category,
                "triggers": triggers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category import Category  # noqa: PLC0415

        d = dict(src_dict)
        is_published = d.pop("isPublished")

        def _parse_date_added(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_added_type_0 = datetime.datetime.fromisoformat(data)

                return date_added_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_added = _parse_date_added(d.pop("dateAdded"))

        def _parse_date_modified(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_modified_type_0 = datetime.datetime.fromisoformat(data)

                return date_modified_type_0
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

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_events_orderby_dir(data: object) -> EventsOrderbyDir | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                events_orderby_dir_type_0 = check_events_orderby_dir(data)

                return events_orderby_dir_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventsOrderbyDir | None, data)

        events_orderby_dir = _parse_events_orderby_dir(d.pop("eventsOrderbyDir"))

        def _parse_category(data: object) -> Category | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_0 = Category.from_dict(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Category | None, data)

        category = _parse_category(d.pop("category"))

        triggers = cast(list[Any], d.pop("triggers"))

        hook_attributes = cls(
            is_published=is_published,
            date_added=date_added,
            date_modified=date_modified,
            created_by=created_by,
            created_by_user=created_by_user,
            modified_by=modified_by,
            modified_by_user=modified_by_user,
            description=description,
            events_orderby_dir=events_orderby_dir,
            category=category,
            triggers=triggers,
        )

        hook_attributes.additional_properties = d
        return hook_attributes

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
