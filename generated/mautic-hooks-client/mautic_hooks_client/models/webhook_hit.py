from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_contact_list import WebhookContactList
    from ..models.webhook_hit_query import WebhookHitQuery
    from ..models.webhook_nested_email import WebhookNestedEmail
    from ..models.webhook_nested_page import WebhookNestedPage


T = TypeVar("T", bound="WebhookHit")


@_attrs_define
class WebhookHit:
    """A page hit in the `hitDetails` group (`app/bundles/PageBundle/Entity/Hit.php:255-285`). `ipAddress` is always
    `[]` and `redirect` is `[]` for a click (the entities have no property in these groups).

    """

    id: int
    date_hit: datetime.datetime
    """ ISO-8601 with offset, PHP `DATE_ATOM` (`2026-12-01T08:25:58+00:00`); the offset is the server's timezone.
    """
    date_left: datetime.datetime | None
    page: None | WebhookNestedPage
    redirect: list[Any] | None
    email: None | WebhookNestedEmail
    lead: WebhookContactList
    """ ContactList: the contact nested in `submission.lead`, `hit.lead` and `stat.lead` (group `leadList`):
    `id, points, color, fields` only.
     """
    ip_address: list[Any]
    """ An empty PHP array. `json_encode` writes `[]` for it even where the same key holds an object when it is not
    empty (`app/bundles/WebhookBundle/Http/Client.php:34`), and JMS writes `[]` for a related entity that has
    no property in the requested serializer groups. Mautic never sends `{}`; a receiver must accept `[]`
    wherever an object can be empty.
     """
    country: None | str
    region: None | str
    city: None | str
    isp: None | str
    organization: None | str
    code: int
    referer: None | str
    url: None | str
    url_title: None | str
    user_agent: None | str
    remote_host: None | str
    page_language: None | str
    browser_languages: list[str] | None
    tracking_id: None | str
    source: None | str
    source_id: int | None
    query: list[Any] | WebhookHitQuery
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_hit_query import WebhookHitQuery  # noqa: PLC0415
        from ..models.webhook_nested_email import WebhookNestedEmail  # noqa: PLC0415
        from ..models.webhook_nested_page import WebhookNestedPage  # noqa: PLC0415

        id = self.id

        date_hit = self.date_hit.isoformat()

        date_left: None | str
        if isinstance(self.date_left, datetime.datetime):
            date_left = self.date_left.isoformat()
        else:
            date_left = self.date_left

        page: dict[str, Any] | None
        if isinstance(self.page, WebhookNestedPage):
            page = self.page.to_dict()
        else:
            page = self.page

        redirect: list[Any] | None
        if isinstance(self.redirect, list):
            redirect = self.redirect

        else:
            redirect = self.redirect

        email: dict[str, Any] | None
        if isinstance(self.email, WebhookNestedEmail):
            email = self.email.to_dict()
        else:
            email = self.email

        lead = self.lead.to_dict()

        ip_address = self.ip_address

        country: None | str
        country = self.country

        region: None | str
        region = self.region

        city: None | str
        city = self.city

        isp: None | str
        isp = self.isp

        organization: None | str
        organization = self.organization

        code = self.code

        referer: None | str
        referer = self.referer

        url: None | str
        url = self.url

        url_title: None | str
        url_title = self.url_title

        user_agent: None | str
        user_agent = self.user_agent

        remote_host: None | str
        remote_host = self.remote_host

        page_language: None | str
        page_language = self.page_language

        browser_languages: list[str] | None
        if isinstance(self.browser_languages, list):
            browser_languages = self.browser_languages

        else:
            browser_languages = self.browser_languages

        tracking_id: None | str
        tracking_id = self.tracking_id

        source: None | str
        source = self.source

        source_id: int | None
        source_id = self.source_id

        query: dict[str, Any] | list[Any]
        if isinstance(self.query, WebhookHitQuery):
            query = self.query.to_dict()
        else:
            query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dateHit": date_hit,
                "dateLeft": date_left,
                "page": page,
                "redirect": redirect,
                "email": email,
                "lead": lead,
                "ipAddress": ip_address,
                "country": country,
                "region": region,
                "city": city,
                "isp": isp,
                "organization": organization,
                "code": code,
                "referer": referer,
                "url": url,
                "urlTitle": url_title,
                "userAgent": user_agent,
                "remoteHost": remote_host,
                "pageLanguage": page_language,
                "browserLanguages": browser_languages,
                "trackingId": tracking_id,
                "source": source,
                "sourceId": source_id,
                "query": query,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_contact_list import WebhookContactList  # noqa: PLC0415
        from ..models.webhook_hit_query import WebhookHitQuery  # noqa: PLC0415
        from ..models.webhook_nested_email import WebhookNestedEmail  # noqa: PLC0415
        from ..models.webhook_nested_page import WebhookNestedPage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        date_hit = datetime.datetime.fromisoformat(d.pop("dateHit"))

        def _parse_date_left(data: object) -> datetime.datetime | None:
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

        date_left = _parse_date_left(d.pop("dateLeft"))

        def _parse_page(data: object) -> None | WebhookNestedPage:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                page_type_0 = WebhookNestedPage.from_dict(data)

                return page_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhookNestedPage, data)

        page = _parse_page(d.pop("page"))

        def _parse_redirect(data: object) -> list[Any] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                redirect_type_0 = cast(list[Any], data)

                return redirect_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None, data)

        redirect = _parse_redirect(d.pop("redirect"))

        def _parse_email(data: object) -> None | WebhookNestedEmail:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_type_0 = WebhookNestedEmail.from_dict(data)

                return email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhookNestedEmail, data)

        email = _parse_email(d.pop("email"))

        lead = WebhookContactList.from_dict(d.pop("lead"))

        ip_address = cast(list[Any], d.pop("ipAddress"))

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))

        def _parse_isp(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        isp = _parse_isp(d.pop("isp"))

        def _parse_organization(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization = _parse_organization(d.pop("organization"))

        code = d.pop("code")

        def _parse_referer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        referer = _parse_referer(d.pop("referer"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_url_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url_title = _parse_url_title(d.pop("urlTitle"))

        def _parse_user_agent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_agent = _parse_user_agent(d.pop("userAgent"))

        def _parse_remote_host(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        remote_host = _parse_remote_host(d.pop("remoteHost"))

        def _parse_page_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        page_language = _parse_page_language(d.pop("pageLanguage"))

        def _parse_browser_languages(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                browser_languages_type_0 = cast(list[str], data)

                return browser_languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        browser_languages = _parse_browser_languages(d.pop("browserLanguages"))

        def _parse_tracking_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tracking_id = _parse_tracking_id(d.pop("trackingId"))

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        def _parse_source_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        source_id = _parse_source_id(d.pop("sourceId"))

        def _parse_query(data: object) -> list[Any] | WebhookHitQuery:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_type_0 = WebhookHitQuery.from_dict(data)

                return query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            query_type_1 = cast(list[Any], data)

            return query_type_1

        query = _parse_query(d.pop("query"))

        webhook_hit = cls(
            id=id,
            date_hit=date_hit,
            date_left=date_left,
            page=page,
            redirect=redirect,
            email=email,
            lead=lead,
            ip_address=ip_address,
            country=country,
            region=region,
            city=city,
            isp=isp,
            organization=organization,
            code=code,
            referer=referer,
            url=url,
            url_title=url_title,
            user_agent=user_agent,
            remote_host=remote_host,
            page_language=page_language,
            browser_languages=browser_languages,
            tracking_id=tracking_id,
            source=source,
            source_id=source_id,
            query=query,
        )

        webhook_hit.additional_properties = d
        return webhook_hit

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
