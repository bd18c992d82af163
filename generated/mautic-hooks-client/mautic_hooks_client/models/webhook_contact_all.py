from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_do_not_contact import WebhookDoNotContact
    from ..models.webhook_fields import WebhookFields
    from ..models.webhook_ip_address import WebhookIpAddress
    from ..models.webhook_related_entity import WebhookRelatedEntity
    from ..models.webhook_tag import WebhookTag
    from ..models.webhook_utm_tag import WebhookUtmTag


T = TypeVar("T", bound="WebhookContactAll")


@_attrs_define
class WebhookContactAll:
    """ContactAll: `contact` in `lead_list_change`, `lead_company_change` and `sms_on_send` (no serializer groups):
    ContactDetails plus the flat core fields of group `leadBasic`.

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
    points: int
    """ After `POST /api/contacts/{id}/points/plus|minus/{n}` this is the **old** value (in this event and in
    the `lead_post_save_update` that follows); use `points.new_points` of `lead_points_change`.
     """
    color: None | str
    fields: WebhookFields
    """ `{group: {alias: value}}`: `core`, `social`, `personal`, `professional` for contacts; `core`,
    `professional` and `social`/`personal` or `other` for companies.
     """
    last_active: datetime.datetime | None
    owner: None | WebhookRelatedEntity
    ip_addresses: list[WebhookIpAddress]
    tags: list[list[Any] | WebhookTag]
    """ `[[]]` (an item with no property) for the contact removed by a merge. """
    utmtags: list[list[Any] | WebhookUtmTag] | None
    """ Null or a list whose items are `[]` in these groups (UtmTag has no property in them). """
    stage: None | WebhookRelatedEntity
    date_identified: datetime.datetime | None
    preferred_profile_image: None | str
    do_not_contact: list[WebhookDoNotContact]
    frequency_rules: list[WebhookRelatedEntity]
    title: None | str
    firstname: None | str
    lastname: None | str
    company: None | str
    """ The primary company's name; already null in the event that removes it. """
    position: None | str
    email: None | str
    phone: None | str
    mobile: None | str
    address1: None | str
    address2: None | str
    city: None | str
    state: None | str
    zipcode: None | str
    timezone: None | str
    country: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_related_entity import WebhookRelatedEntity  # noqa: PLC0415
        from ..models.webhook_tag import WebhookTag  # noqa: PLC0415
        from ..models.webhook_utm_tag import WebhookUtmTag  # noqa: PLC0415

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

        points = self.points

        color: None | str
        color = self.color

        fields = self.fields.to_dict()

        last_active: None | str
        if isinstance(self.last_active, datetime.datetime):
            last_active = self.last_active.isoformat()
        else:
            last_active = self.last_active

        owner: dict[str, Any] | None
        if isinstance(self.owner, WebhookRelatedEntity):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        ip_addresses = []
        for ip_addresses_item_data in self.ip_addresses:
            ip_addresses_item = ip_addresses_item_data.to_dict()
            ip_addresses.append(ip_addresses_item)

        tags = []
        for tags_item_data in self.tags:
            tags_item: dict[str, Any] | list[Any]
            if isinstance(tags_item_data, WebhookTag):
                tags_item = tags_item_data.to_dict()
            else:
                tags_item = tags_item_data

            tags.append(tags_item)

        utmtags: list[dict[str, Any] | list[Any]] | None
        if isinstance(self.utmtags, list):
            utmtags = []
            for utmtags_type_0_item_data in self.utmtags:
                utmtags_type_0_item: dict[str, Any] | list[Any]
                if isinstance(utmtags_type_0_item_data, WebhookUtmTag):
                    utmtags_type_0_item = utmtags_type_0_item_data.to_dict()
                else:
                    utmtags_type_0_item = utmtags_type_0_item_data

                utmtags.append(utmtags_type_0_item)

        else:
            utmtags = self.utmtags

        stage: dict[str, Any] | None
        if isinstance(self.stage, WebhookRelatedEntity):
            stage = self.stage.to_dict()
        else:
            stage = self.stage

        date_identified: None | str
        if isinstance(self.date_identified, datetime.datetime):
            date_identified = self.date_identified.isoformat()
        else:
            date_identified = self.date_identified

        preferred_profile_image: None | str
        preferred_profile_image = self.preferred_profile_image

        do_not_contact = []
        for do_not_contact_item_data in self.do_not_contact:
            do_not_contact_item = do_not_contact_item_data.to_dict()
            do_not_contact.append(do_not_contact_item)

        frequency_rules = []
        for frequency_rules_item_data in self.frequency_rules:
            frequency_rules_item = frequency_rules_item_data.to_dict()
            frequency_rules.append(frequency_rules_item)

        title: None | str
        title = self.title

        firstname: None | str
        firstname = self.firstname

        lastname: None | str
        lastname = self.lastname

        company: None | str
        company = self.company

        position: None | str
        position = self.position

        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        mobile: None | str
        mobile = self.mobile

        address1: None | str
        address1 = self.address1

        address2: None | str
        address2 = self.address2

        city: None | str
        city = self.city

        state: None | str
        state = self.state

        zipcode: None | str
        zipcode = self.zipcode

        timezone: None | str
        timezone = self.timezone

        country: None | str
        country = self.country

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
                "points": points,
                "color": color,
                "fields": fields,
                "lastActive": last_active,
                "owner": owner,
                "ipAddresses": ip_addresses,
                "tags": tags,
                "utmtags": utmtags,
                "stage": stage,
                "dateIdentified": date_identified,
                "preferredProfileImage": preferred_profile_image,
                "doNotContact": do_not_contact,
                "frequencyRules": frequency_rules,
                "title": title,
                "firstname": firstname,
                "lastname": lastname,
                "company": company,
                "position": position,
                "email": email,
                "phone": phone,
                "mobile": mobile,
                "address1": address1,
                "address2": address2,
                "city": city,
                "state": state,
                "zipcode": zipcode,
                "timezone": timezone,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_do_not_contact import WebhookDoNotContact  # noqa: PLC0415
        from ..models.webhook_fields import WebhookFields  # noqa: PLC0415
        from ..models.webhook_ip_address import WebhookIpAddress  # noqa: PLC0415
        from ..models.webhook_related_entity import WebhookRelatedEntity  # noqa: PLC0415
        from ..models.webhook_tag import WebhookTag  # noqa: PLC0415
        from ..models.webhook_utm_tag import WebhookUtmTag  # noqa: PLC0415

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

        points = d.pop("points")

        def _parse_color(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        color = _parse_color(d.pop("color"))

        fields = WebhookFields.from_dict(d.pop("fields"))

        def _parse_last_active(data: object) -> datetime.datetime | None:
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

        last_active = _parse_last_active(d.pop("lastActive"))

        def _parse_owner(data: object) -> None | WebhookRelatedEntity:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = WebhookRelatedEntity.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhookRelatedEntity, data)

        owner = _parse_owner(d.pop("owner"))

        ip_addresses = []
        _ip_addresses = d.pop("ipAddresses")
        for ip_addresses_item_data in _ip_addresses:
            ip_addresses_item = WebhookIpAddress.from_dict(ip_addresses_item_data)

            ip_addresses.append(ip_addresses_item)

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:

            def _parse_tags_item(data: object) -> list[Any] | WebhookTag:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tags_item_type_0 = WebhookTag.from_dict(data)

                    return tags_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                tags_item_type_1 = cast(list[Any], data)

                return tags_item_type_1

            tags_item = _parse_tags_item(tags_item_data)

            tags.append(tags_item)

        def _parse_utmtags(data: object) -> list[list[Any] | WebhookUtmTag] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                utmtags_type_0 = []
                _utmtags_type_0 = data
                for utmtags_type_0_item_data in _utmtags_type_0:

                    def _parse_utmtags_type_0_item(data: object) -> list[Any] | WebhookUtmTag:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            utmtags_type_0_item_type_0 = WebhookUtmTag.from_dict(data)

                            return utmtags_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, list):
                            raise TypeError()
                        utmtags_type_0_item_type_1 = cast(list[Any], data)

                        return utmtags_type_0_item_type_1

                    utmtags_type_0_item = _parse_utmtags_type_0_item(utmtags_type_0_item_data)

                    utmtags_type_0.append(utmtags_type_0_item)

                return utmtags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[Any] | WebhookUtmTag] | None, data)

        utmtags = _parse_utmtags(d.pop("utmtags"))

        def _parse_stage(data: object) -> None | WebhookRelatedEntity:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stage_type_0 = WebhookRelatedEntity.from_dict(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhookRelatedEntity, data)

        stage = _parse_stage(d.pop("stage"))

        def _parse_date_identified(data: object) -> datetime.datetime | None:
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

        date_identified = _parse_date_identified(d.pop("dateIdentified"))

        def _parse_preferred_profile_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preferred_profile_image = _parse_preferred_profile_image(d.pop("preferredProfileImage"))

        do_not_contact = []
        _do_not_contact = d.pop("doNotContact")
        for do_not_contact_item_data in _do_not_contact:
            do_not_contact_item = WebhookDoNotContact.from_dict(do_not_contact_item_data)

            do_not_contact.append(do_not_contact_item)

        frequency_rules = []
        _frequency_rules = d.pop("frequencyRules")
        for frequency_rules_item_data in _frequency_rules:
            frequency_rules_item = WebhookRelatedEntity.from_dict(frequency_rules_item_data)

            frequency_rules.append(frequency_rules_item)

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_firstname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        firstname = _parse_firstname(d.pop("firstname"))

        def _parse_lastname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lastname = _parse_lastname(d.pop("lastname"))

        def _parse_company(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company = _parse_company(d.pop("company"))

        def _parse_position(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        position = _parse_position(d.pop("position"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_mobile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mobile = _parse_mobile(d.pop("mobile"))

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

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        webhook_contact_all = cls(
            is_published=is_published,
            date_added=date_added,
            date_modified=date_modified,
            created_by=created_by,
            created_by_user=created_by_user,
            modified_by=modified_by,
            modified_by_user=modified_by_user,
            id=id,
            points=points,
            color=color,
            fields=fields,
            last_active=last_active,
            owner=owner,
            ip_addresses=ip_addresses,
            tags=tags,
            utmtags=utmtags,
            stage=stage,
            date_identified=date_identified,
            preferred_profile_image=preferred_profile_image,
            do_not_contact=do_not_contact,
            frequency_rules=frequency_rules,
            title=title,
            firstname=firstname,
            lastname=lastname,
            company=company,
            position=position,
            email=email,
            phone=phone,
            mobile=mobile,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            zipcode=zipcode,
            timezone=timezone,
            country=country,
        )

        webhook_contact_all.additional_properties = d
        return webhook_contact_all

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
