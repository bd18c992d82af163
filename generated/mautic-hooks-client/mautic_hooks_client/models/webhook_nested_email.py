from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_category import WebhookCategory
    from ..models.webhook_dynamic_content import WebhookDynamicContent
    from ..models.webhook_nested_segment import WebhookNestedSegment
    from ..models.webhook_related_entity import WebhookRelatedEntity
    from ..models.webhook_string_map import WebhookStringMap
    from ..models.webhook_utm_tags import WebhookUtmTags


T = TypeVar("T", bound="WebhookNestedEmail")


@_attrs_define
class WebhookNestedEmail:
    """An e-mail in the `emailDetails` group (`stat.email`, `hit.email`): no publish details. `customHtml` and
    `plainText` are removed when `webhook_email_details` is off
    (`app/bundles/EmailBundle/EventListener/WebhookSubscriber.php:92-120`).

    """

    id: int
    name: str
    subject: None | str
    language: None | str
    category: None | WebhookCategory
    from_address: None | str
    from_name: None | str
    reply_to_address: None | str
    bcc_address: None | str
    use_owner_as_mailer: bool | None
    utm_tags: WebhookUtmTags
    preheader_text: None | str
    template: None | str
    email_type: None | str
    publish_up: datetime.datetime | None
    publish_down: datetime.datetime | None
    public_preview: bool | None
    read_count: int
    sent_count: int
    revision: int
    asset_attachments: list[WebhookRelatedEntity]
    variant_start_date: datetime.datetime | None
    variant_sent_count: int
    variant_read_count: int
    variant_parent: None | WebhookRelatedEntity
    variant_children: list[WebhookRelatedEntity]
    translation_parent: None | WebhookRelatedEntity
    translation_children: list[WebhookRelatedEntity]
    unsubscribe_form: None | WebhookRelatedEntity
    dynamic_content: list[WebhookDynamicContent]
    lists: list[WebhookNestedSegment]
    headers: list[Any] | WebhookStringMap
    custom_html: None | str | Unset = UNSET
    plain_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_category import WebhookCategory  # noqa: PLC0415
        from ..models.webhook_related_entity import WebhookRelatedEntity  # noqa: PLC0415
        from ..models.webhook_string_map import WebhookStringMap  # noqa: PLC0415

        id = self.id

        name = self.name

        subject: None | str
        subject = self.subject

        language: None | str
        language = self.language

        category: dict[str, Any] | None
        if isinstance(self.category, WebhookCategory):
            category = self.category.to_dict()
        else:
            category = self.category

        from_address: None | str
        from_address = self.from_address

        from_name: None | str
        from_name = self.from_name

        reply_to_address: None | str
        reply_to_address = self.reply_to_address

        bcc_address: None | str
        bcc_address = self.bcc_address

        use_owner_as_mailer: bool | None
        use_owner_as_mailer = self.use_owner_as_mailer

        utm_tags = self.utm_tags.to_dict()

        preheader_text: None | str
        preheader_text = self.preheader_text

        template: None | str
        template = self.template

        email_type: None | str
        email_type = self.email_type

        publish_up: None | str
        if isinstance(self.publish_up, datetime.datetime):
            publish_up = self.publish_up.isoformat()
        else:
            publish_up = self.publish_up

        publish_down: None | str
        if isinstance(self.publish_down, datetime.datetime):
            publish_down = self.publish_down.isoformat()
        else:
            publish_down = self.publish_down

        public_preview: bool | None
        public_preview = self.public_preview

        read_count = self.read_count

        sent_count = self.sent_count

        revision = self.revision

        asset_attachments = []
        for asset_attachments_item_data in self.asset_attachments:
            asset_attachments_item = asset_attachments_item_data.to_dict()
            asset_attachments.append(asset_attachments_item)

        variant_start_date: None | str
        if isinstance(self.variant_start_date, datetime.datetime):
            variant_start_date = self.variant_start_date.isoformat()
        else:
            variant_start_date = self.variant_start_date

        variant_sent_count = self.variant_sent_count

        variant_read_count = self.variant_read_count

        variant_parent: dict[str, Any] | None
        if isinstance(self.variant_parent, WebhookRelatedEntity):
            variant_parent = self.variant_parent.to_dict()
        else:
            variant_parent = self.variant_parent

        variant_children = []
        for variant_children_item_data in self.variant_children:
            variant_children_item = variant_children_item_data.to_dict()
            variant_children.append(variant_children_item)

        translation_parent: dict[str, Any] | None
        if isinstance(self.translation_parent, WebhookRelatedEntity):
            translation_parent = self.translation_parent.to_dict()
        else:
            translation_parent = self.translation_parent

        translation_children = []
        for translation_children_item_data in self.translation_children:
            translation_children_item = translation_children_item_data.to_dict()
            translation_children.append(translation_children_item)

        unsubscribe_form: dict[str, Any] | None
        if isinstance(self.unsubscribe_form, WebhookRelatedEntity):
            unsubscribe_form = self.unsubscribe_form.to_dict()
        else:
            unsubscribe_form = self.unsubscribe_form

        dynamic_content = []
        for dynamic_content_item_data in self.dynamic_content:
            dynamic_content_item = dynamic_content_item_data.to_dict()
            dynamic_content.append(dynamic_content_item)

        lists = []
        for lists_item_data in self.lists:
            lists_item = lists_item_data.to_dict()
            lists.append(lists_item)

        headers: dict[str, Any] | list[Any]
        if isinstance(self.headers, WebhookStringMap):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        custom_html: None | str | Unset
        if isinstance(self.custom_html, Unset):
            custom_html = UNSET
        else:
            custom_html = self.custom_html

        plain_text: None | str | Unset
        if isinstance(self.plain_text, Unset):
            plain_text = UNSET
        else:
            plain_text = self.plain_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "subject": subject,
                "language": language,
                "category": category,
                "fromAddress": from_address,
                "fromName": from_name,
                "replyToAddress": reply_to_address,
                "bccAddress": bcc_address,
                "useOwnerAsMailer": use_owner_as_mailer,
                "utmTags": utm_tags,
                "preheaderText": preheader_text,
                "template": template,
                "emailType": email_type,
                "publishUp": publish_up,
                "publishDown": publish_down,
                "publicPreview": public_preview,
                "readCount": read_count,
                "sentCount": sent_count,
                "revision": revision,
                "assetAttachments": asset_attachments,
                "variantStartDate": variant_start_date,
                "variantSentCount": variant_sent_count,
                "variantReadCount": variant_read_count,
                "variantParent": variant_parent,
                "variantChildren": variant_children,
                "translationParent": translation_parent,
                "translationChildren": translation_children,
                "unsubscribeForm": unsubscribe_form,
                "dynamicContent": dynamic_content,
                "lists": lists,
                "headers": headers,
            }
        )
        if custom_html is not UNSET:
            field_dict["customHtml"] = custom_html
        if plain_text is not UNSET:
            field_dict["plainText"] = plain_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_category import WebhookCategory  # noqa: PLC0415
        from ..models.webhook_dynamic_content import WebhookDynamicContent  # noqa: PLC0415
        from ..models.webhook_nested_segment import WebhookNestedSegment  # noqa: PLC0415
        from ..models.webhook_related_entity import WebhookRelatedEntity  # noqa: PLC0415
        from ..models.webhook_string_map import WebhookStringMap  # noqa: PLC0415
        from ..models.webhook_utm_tags import WebhookUtmTags  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject = _parse_subject(d.pop("subject"))

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

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

        def _parse_from_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_address = _parse_from_address(d.pop("fromAddress"))

        def _parse_from_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_name = _parse_from_name(d.pop("fromName"))

        def _parse_reply_to_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reply_to_address = _parse_reply_to_address(d.pop("replyToAddress"))

        def _parse_bcc_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bcc_address = _parse_bcc_address(d.pop("bccAddress"))

        def _parse_use_owner_as_mailer(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        use_owner_as_mailer = _parse_use_owner_as_mailer(d.pop("useOwnerAsMailer"))

        utm_tags = WebhookUtmTags.from_dict(d.pop("utmTags"))

        def _parse_preheader_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preheader_text = _parse_preheader_text(d.pop("preheaderText"))

        def _parse_template(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        template = _parse_template(d.pop("template"))

        def _parse_email_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email_type = _parse_email_type(d.pop("emailType"))

        def _parse_publish_up(data: object) -> datetime.datetime | None:
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

        publish_up = _parse_publish_up(d.pop("publishUp"))

        def _parse_publish_down(data: object) -> datetime.datetime | None:
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

        publish_down = _parse_publish_down(d.pop("publishDown"))

        def _parse_public_preview(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        public_preview = _parse_public_preview(d.pop("publicPreview"))

        read_count = d.pop("readCount")

        sent_count = d.pop("sentCount")

        revision = d.pop("revision")

        asset_attachments = []
        _asset_attachments = d.pop("assetAttachments")
        for asset_attachments_item_data in _asset_attachments:
            asset_attachments_item = WebhookRelatedEntity.from_dict(asset_attachments_item_data)

            asset_attachments.append(asset_attachments_item)

        def _parse_variant_start_date(data: object) -> datetime.datetime | None:
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

        variant_start_date = _parse_variant_start_date(d.pop("variantStartDate"))

        variant_sent_count = d.pop("variantSentCount")

        variant_read_count = d.pop("variantReadCount")

        def _parse_variant_parent(data: object) -> None | WebhookRelatedEntity:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variant_parent_type_0 = WebhookRelatedEntity.from_dict(data)

                return variant_parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhookRelatedEntity, data)

        variant_parent = _parse_variant_parent(d.pop("variantParent"))

        variant_children = []
        _variant_children = d.pop("variantChildren")
        for variant_children_item_data in _variant_children:
            variant_children_item = WebhookRelatedEntity.from_dict(variant_children_item_data)

            variant_children.append(variant_children_item)

        def _parse_translation_parent(data: object) -> None | WebhookRelatedEntity:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                translation_parent_type_0 = WebhookRelatedEntity.from_dict(data)

                return translation_parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhookRelatedEntity, data)

        translation_parent = _parse_translation_parent(d.pop("translationParent"))

        translation_children = []
        _translation_children = d.pop("translationChildren")
        for translation_children_item_data in _translation_children:
            translation_children_item = WebhookRelatedEntity.from_dict(translation_children_item_data)

            translation_children.append(translation_children_item)

        def _parse_unsubscribe_form(data: object) -> None | WebhookRelatedEntity:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unsubscribe_form_type_0 = WebhookRelatedEntity.from_dict(data)

                return unsubscribe_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhookRelatedEntity, data)

        unsubscribe_form = _parse_unsubscribe_form(d.pop("unsubscribeForm"))

        dynamic_content = []
        _dynamic_content = d.pop("dynamicContent")
        for dynamic_content_item_data in _dynamic_content:
            dynamic_content_item = WebhookDynamicContent.from_dict(dynamic_content_item_data)

            dynamic_content.append(dynamic_content_item)

        lists = []
        _lists = d.pop("lists")
        for lists_item_data in _lists:
            lists_item = WebhookNestedSegment.from_dict(lists_item_data)

            lists.append(lists_item)

        def _parse_headers(data: object) -> list[Any] | WebhookStringMap:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = WebhookStringMap.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            headers_type_1 = cast(list[Any], data)

            return headers_type_1

        headers = _parse_headers(d.pop("headers"))

        def _parse_custom_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_html = _parse_custom_html(d.pop("customHtml", UNSET))

        def _parse_plain_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plain_text = _parse_plain_text(d.pop("plainText", UNSET))

        webhook_nested_email = cls(
            id=id,
            name=name,
            subject=subject,
            language=language,
            category=category,
            from_address=from_address,
            from_name=from_name,
            reply_to_address=reply_to_address,
            bcc_address=bcc_address,
            use_owner_as_mailer=use_owner_as_mailer,
            utm_tags=utm_tags,
            preheader_text=preheader_text,
            template=template,
            email_type=email_type,
            publish_up=publish_up,
            publish_down=publish_down,
            public_preview=public_preview,
            read_count=read_count,
            sent_count=sent_count,
            revision=revision,
            asset_attachments=asset_attachments,
            variant_start_date=variant_start_date,
            variant_sent_count=variant_sent_count,
            variant_read_count=variant_read_count,
            variant_parent=variant_parent,
            variant_children=variant_children,
            translation_parent=translation_parent,
            translation_children=translation_children,
            unsubscribe_form=unsubscribe_form,
            dynamic_content=dynamic_content,
            lists=lists,
            headers=headers,
            custom_html=custom_html,
            plain_text=plain_text,
        )

        webhook_nested_email.additional_properties = d
        return webhook_nested_email

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
