from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_fields import WebhookFields


T = TypeVar("T", bound="WebhookCompany")


@_attrs_define
class WebhookCompany:
    """A company with no serializer groups (`company_post_save`, `company_post_delete`, `lead_company_change`).
    `id` is null in `company_post_delete` (the real id is the event's `id`).

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
    id: int | None
    name: str
    email: None | str
    address1: None | str
    address2: None | str
    phone: None | str
    city: None | str
    state: None | str
    zipcode: None | str
    country: None | str
    website: None | str
    industry: None | str
    description: None | str
    score: int
    fields: WebhookFields
    """ `{group: {alias: value}}`: `core`, `social`, `personal`, `professional` for contacts; `core`,
    `professional` and `social`/`personal` or `other` for companies.
     """
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

        id: int | None
        id = self.id

        name = self.name

        email: None | str
        email = self.email

        address1: None | str
        address1 = self.address1

        address2: None | str
        address2 = self.address2

        phone: None | str
        phone = self.phone

        city: None | str
        city = self.city

        state: None | str
        state = self.state

        zipcode: None | str
        zipcode = self.zipcode

        country: None | str
        country = self.country

        website: None | str
        website = self.website

        industry: None | str
        industry = self.industry

        description: None | str
        description = self.description

        score = self.score

        fields = self.fields.to_dict()

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
                "email": email,
                "address1": address1,
                "address2": address2,
                "phone": phone,
                "city": city,
                "state": state,
                "zipcode": zipcode,
                "country": country,
                "website": website,
                "industry": industry,
                "description": description,
                "score": score,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_fields import WebhookFields  # noqa: PLC0415

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

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_address1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address1 = _parse_address1(d.pop("address1"))

        def _parse_address2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address2 = _parse_address2(d.pop("address2"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))

        def _parse_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        state = _parse_state(d.pop("state"))

        def _parse_zipcode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        zipcode = _parse_zipcode(d.pop("zipcode"))

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        def _parse_website(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))

        def _parse_industry(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        industry = _parse_industry(d.pop("industry"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        score = d.pop("score")

        fields = WebhookFields.from_dict(d.pop("fields"))

        webhook_company = cls(
            is_published=is_published,
            date_added=date_added,
            date_modified=date_modified,
            created_by=created_by,
            created_by_user=created_by_user,
            modified_by=modified_by,
            modified_by_user=modified_by_user,
            id=id,
            name=name,
            email=email,
            address1=address1,
            address2=address2,
            phone=phone,
            city=city,
            state=state,
            zipcode=zipcode,
            country=country,
            website=website,
            industry=industry,
            description=description,
            score=score,
            fields=fields,
        )

        webhook_company.additional_properties = d
        return webhook_company

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
