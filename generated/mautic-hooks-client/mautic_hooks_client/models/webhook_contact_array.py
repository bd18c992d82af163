from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_related_entity import WebhookRelatedEntity


T = TypeVar("T", bound="WebhookContactArray")


@_attrs_define
class WebhookContactArray:
    """ContactArray: `contact` in `email_on_send`, the contact's plain profile array, not the entity. Every field
    is a flat key by alias (custom fields included); `id` is a **string**, `points` an integer or a string, dates
    are `Y-m-d H:i:s` without offset. In a segment send the raw database row leaks too (`owner_id`,
    `is_published: "1"`, `date_added`, `internal`, `social_cache`, `generated_email_domain`, …). Required here
    are the fixed fields, which Mautic does not let anyone delete.

    """

    id: str
    points: int | str
    title: None | str
    firstname: None | str
    lastname: None | str
    company: None | str
    position: None | str
    email: None | str
    mobile: None | str
    phone: None | str
    address1: None | str
    address2: None | str
    city: None | str
    state: None | str
    zipcode: None | str
    country: None | str
    preferred_locale: None | str
    timezone: None | str
    last_active: None | str
    """ A database value `Y-m-d H:i:s`, without offset (in Mautic's default timezone, UTC unless configured). """
    attribution_date: None | str
    """ A database value `Y-m-d H:i:s`, without offset (in Mautic's default timezone, UTC unless configured). """
    attribution: float | None | str
    companies: list[WebhookRelatedEntity]
    fax: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    facebook: None | str | Unset = UNSET
    foursquare: None | str | Unset = UNSET
    instagram: None | str | Unset = UNSET
    linkedin: None | str | Unset = UNSET
    skype: None | str | Unset = UNSET
    twitter: None | str | Unset = UNSET
    date_added: None | str | Unset = UNSET
    """ A database value `Y-m-d H:i:s`, without offset (in Mautic's default timezone, UTC unless configured). """
    date_modified: None | str | Unset = UNSET
    """ A database value `Y-m-d H:i:s`, without offset (in Mautic's default timezone, UTC unless configured). """
    date_identified: None | str | Unset = UNSET
    """ A database value `Y-m-d H:i:s`, without offset (in Mautic's default timezone, UTC unless configured). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        points: int | str
        points = self.points

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

        mobile: None | str
        mobile = self.mobile

        phone: None | str
        phone = self.phone

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

        country: None | str
        country = self.country

        preferred_locale: None | str
        preferred_locale = self.preferred_locale

        timezone: None | str
        timezone = self.timezone

        last_active: None | str
        last_active = self.last_active

        attribution_date: None | str
        attribution_date = self.attribution_date

        attribution: float | None | str
        attribution = self.attribution

        companies = []
        for companies_item_data in self.companies:
            companies_item = companies_item_data.to_dict()
            companies.append(companies_item)

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        facebook: None | str | Unset
        if isinstance(self.facebook, Unset):
            facebook = UNSET
        else:
            facebook = self.facebook

        foursquare: None | str | Unset
        if isinstance(self.foursquare, Unset):
            foursquare = UNSET
        else:
            foursquare = self.foursquare

        instagram: None | str | Unset
        if isinstance(self.instagram, Unset):
            instagram = UNSET
        else:
            instagram = self.instagram

        linkedin: None | str | Unset
        if isinstance(self.linkedin, Unset):
            linkedin = UNSET
        else:
            linkedin = self.linkedin

        skype: None | str | Unset
        if isinstance(self.skype, Unset):
            skype = UNSET
        else:
            skype = self.skype

        twitter: None | str | Unset
        if isinstance(self.twitter, Unset):
            twitter = UNSET
        else:
            twitter = self.twitter

        date_added: None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = self.date_modified

        date_identified: None | str | Unset
        if isinstance(self.date_identified, Unset):
            date_identified = UNSET
        else:
            date_identified = self.date_identified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "points": points,
                "title": title,
                "firstname": firstname,
                "lastname": lastname,
                "company": company,
                "position": position,
                "email": email,
                "mobile": mobile,
                "phone": phone,
                "address1": address1,
                "address2": address2,
                "city": city,
                "state": state,
                "zipcode": zipcode,
                "country": country,
                "preferred_locale": preferred_locale,
                "timezone": timezone,
                "last_active": last_active,
                "attribution_date": attribution_date,
                "attribution": attribution,
                "companies": companies,
            }
        )
        if fax is not UNSET:
            field_dict["fax"] = fax
        if website is not UNSET:
            field_dict["website"] = website
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if foursquare is not UNSET:
            field_dict["foursquare"] = foursquare
        if instagram is not UNSET:
            field_dict["instagram"] = instagram
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if skype is not UNSET:
            field_dict["skype"] = skype
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if date_modified is not UNSET:
            field_dict["date_modified"] = date_modified
        if date_identified is not UNSET:
            field_dict["date_identified"] = date_identified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_related_entity import WebhookRelatedEntity  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_points(data: object) -> int | str:
            return cast(int | str, data)

        points = _parse_points(d.pop("points"))

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

        def _parse_mobile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mobile = _parse_mobile(d.pop("mobile"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

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

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        def _parse_preferred_locale(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preferred_locale = _parse_preferred_locale(d.pop("preferred_locale"))

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        def _parse_last_active(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_active = _parse_last_active(d.pop("last_active"))

        def _parse_attribution_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        attribution_date = _parse_attribution_date(d.pop("attribution_date"))

        def _parse_attribution(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        attribution = _parse_attribution(d.pop("attribution"))

        companies = []
        _companies = d.pop("companies")
        for companies_item_data in _companies:
            companies_item = WebhookRelatedEntity.from_dict(companies_item_data)

            companies.append(companies_item)

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_facebook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        facebook = _parse_facebook(d.pop("facebook", UNSET))

        def _parse_foursquare(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        foursquare = _parse_foursquare(d.pop("foursquare", UNSET))

        def _parse_instagram(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instagram = _parse_instagram(d.pop("instagram", UNSET))

        def _parse_linkedin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin = _parse_linkedin(d.pop("linkedin", UNSET))

        def _parse_skype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        skype = _parse_skype(d.pop("skype", UNSET))

        def _parse_twitter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twitter = _parse_twitter(d.pop("twitter", UNSET))

        def _parse_date_added(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_added = _parse_date_added(d.pop("date_added", UNSET))

        def _parse_date_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_modified = _parse_date_modified(d.pop("date_modified", UNSET))

        def _parse_date_identified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_identified = _parse_date_identified(d.pop("date_identified", UNSET))

        webhook_contact_array = cls(
            id=id,
            points=points,
            title=title,
            firstname=firstname,
            lastname=lastname,
            company=company,
            position=position,
            email=email,
            mobile=mobile,
            phone=phone,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            zipcode=zipcode,
            country=country,
            preferred_locale=preferred_locale,
            timezone=timezone,
            last_active=last_active,
            attribution_date=attribution_date,
            attribution=attribution,
            companies=companies,
            fax=fax,
            website=website,
            facebook=facebook,
            foursquare=foursquare,
            instagram=instagram,
            linkedin=linkedin,
            skype=skype,
            twitter=twitter,
            date_added=date_added,
            date_modified=date_modified,
            date_identified=date_identified,
        )

        webhook_contact_array.additional_properties = d
        return webhook_contact_array

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
