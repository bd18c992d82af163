from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.events_orderby_dir import EventsOrderbyDir, check_events_orderby_dir
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.selected_category import SelectedCategory


T = TypeVar("T", bound="SelectedHook")


@_attrs_define
class SelectedHook:
    """A webhook loaded with a custom `select[]`: the fields of `Hook`, but the null ones are left out
    (`setSerializeNull` is off with a custom select, `FetchCommonApiController.php:216-218, 712-715`). In a
    list, unselected fields are missing too, except `isPublished` (the class default) and `triggers` (empty),
    and `category` is always there when the hook has one (`CommonRepository.php:350-357, 1386-1405`).

    """

    id: int
    """ Auto-increment id, never reused. """
    is_published: bool | Unset = UNSET
    date_added: datetime.datetime | Unset = UNSET
    """ PHP's `c` format: seconds precision and a numeric offset, `+00:00` in practice (never `Z`, no fraction)
    (`app/config/config.php:247-251`, `app/bundles/CoreBundle/Doctrine/Type/UTCDateTimeType.php:48-71`).
     """
    date_modified: datetime.datetime | Unset = UNSET
    """ PHP's `c` format: seconds precision and a numeric offset, `+00:00` in practice (never `Z`, no fraction)
    (`app/config/config.php:247-251`, `app/bundles/CoreBundle/Doctrine/Type/UTCDateTimeType.php:48-71`).
     """
    created_by: int | Unset = UNSET
    created_by_user: str | Unset = UNSET
    modified_by: int | Unset = UNSET
    modified_by_user: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    secret: str | Unset = UNSET
    events_orderby_dir: EventsOrderbyDir | Unset = UNSET
    """ Order in which queued events are sent to this webhook; null uses the global setting. """
    category: SelectedCategory | Unset = UNSET
    """ The nested category with its null fields left out (no custom select reaches it). """
    triggers: list[Any] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_published = self.is_published

        date_added: str | Unset = UNSET
        if not isinstance(self.date_added, Unset):
            date_added = self.date_added.isoformat()

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()

        created_by = self.created_by

        created_by_user = self.created_by_user

        modified_by = self.modified_by

        modified_by_user = self.modified_by_user

        name = self.name

        description = self.description

        webhook_url = self.webhook_url

        secret = self.secret

        events_orderby_dir: str | Unset = UNSET
        if not isinstance(self.events_orderby_dir, Unset):
            events_orderby_dir = self.events_orderby_dir

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        triggers: list[Any] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = self.triggers

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if is_published is not UNSET:
            field_dict["isPublished"] = is_published
        if date_added is not UNSET:
            field_dict["dateAdded"] = date_added
        if date_modified is not UNSET:
            field_dict["dateModified"] = date_modified
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_by_user is not UNSET:
            field_dict["createdByUser"] = created_by_user
        if modified_by is not UNSET:
            field_dict["modifiedBy"] = modified_by
        if modified_by_user is not UNSET:
            field_dict["modifiedByUser"] = modified_by_user
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if secret is not UNSET:
            field_dict["secret"] = secret
        if events_orderby_dir is not UNSET:
            field_dict["eventsOrderbyDir"] = events_orderby_dir
        if category is not UNSET:
            field_dict["category"] = category
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.selected_category import SelectedCategory  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        is_published = d.pop("isPublished", UNSET)

        _date_added = d.pop("dateAdded", UNSET)
        date_added: datetime.datetime | Unset
        if isinstance(_date_added, Unset):
            date_added = UNSET
        else:
            date_added = datetime.datetime.fromisoformat(_date_added)

        _date_modified = d.pop("dateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        created_by = d.pop("createdBy", UNSET)

        created_by_user = d.pop("createdByUser", UNSET)

        modified_by = d.pop("modifiedBy", UNSET)

        modified_by_user = d.pop("modifiedByUser", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        secret = d.pop("secret", UNSET)

        _events_orderby_dir = d.pop("eventsOrderbyDir", UNSET)
        events_orderby_dir: EventsOrderbyDir | Unset
        if isinstance(_events_orderby_dir, Unset):
            events_orderby_dir = UNSET
        else:
            events_orderby_dir = check_events_orderby_dir(_events_orderby_dir)

        _category = d.pop("category", UNSET)
        category: SelectedCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = SelectedCategory.from_dict(_category)

        triggers = cast(list[Any], d.pop("triggers", UNSET))

        selected_hook = cls(
            id=id,
            is_published=is_published,
            date_added=date_added,
            date_modified=date_modified,
            created_by=created_by,
            created_by_user=created_by_user,
            modified_by=modified_by,
            modified_by_user=modified_by_user,
            name=name,
            description=description,
            webhook_url=webhook_url,
            secret=secret,
            events_orderby_dir=events_orderby_dir,
            category=category,
            triggers=triggers,
        )

        return selected_hook
