from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.core_trigger_key import CoreTriggerKey, check_core_trigger_key
from ..models.events_orderby_dir import EventsOrderbyDir, check_events_orderby_dir
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.events_by_key import EventsByKey


T = TypeVar("T", bound="HookCreate")


@_attrs_define
class HookCreate:
    """The body of a create or a replace. Mautic accepts more than this describes: unknown fields are ignored,
    `isPublished` never fails (anything unrecognised is false, `app/bundles/CoreBundle/Form/RequestTrait.php:58-99`),
    text fields take any scalar, a missing `triggers` means none, and a scheme-less `webhookUrl` gets `http://`.

    Text is cleaned before validation, measured on a real Mautic 5.1.0 (`tests/recordings/kit-5.1.0/`):
    - **Twice for form fields.** The controller's masks (`RequestTrait.php:156-166`) and then the form's
      `CleanFormSubscriber` (`app/bundles/CoreBundle/Form/EventListener/CleanFormSubscriber.php:30-37`) clean
      `name`, `description`, `webhookUrl` and `secret`, so entities are decoded twice (`&amp;lt;b&amp;gt;x` → `x`);
      triggers are cleaned once. Only HTML 4.01 entity names with their `;` are decoded (`&apos;`, `&amp x`
      stay), and numeric references to code points PHP refuses (`&#0;`, `&#128;`) stay as written
      (`app/bundles/CoreBundle/Helper/InputHelper.php:117-152, 376-466`).
    - **Tags.** `name`, `webhookUrl`, `secret` and triggers lose every tag. `description` goes through the
      `html` mask and then `strict_html`: only `b`, `i`, `u`, `em`, `strong`, `a` and `span` survive, with their
      attributes cleaned (`on*` handlers and `javascript:` values removed, other attributes kept and quoted:
      `<a href="http://x/" onclick=…>` → `<a href="http://x/">`), comments and CDATA removed, an unclosed
      tag closed (`<u>x` → `<u />x`) (vendor joomla/filter `src/InputFilter.php:147-226, 363-598`).
    - **Percent-encoding.** A `description` holding any non-ASCII character is URL-decoded first (`%41 é` →
      `A é`; `+` stays); an ASCII-only one is not (`InputHelper.php:45-96`). A decoded byte that is not UTF-8
      (`%FF é`) fails in the database: the generic 500.
    - **Unterminated `<`.** It is removed together with the characters after it (`a<b` → `a`), in every text
      field including `description` and triggers (vendor joomla/filter `src/InputFilter.php:363-408`).
    - **Trim.** Then `name`, `description`, `webhookUrl` and `secret` (not triggers) are trimmed at both ends
      of every character in `[\\pZ\\p{Cc}\\p{Cf}]` (NUL, BEL, C1 controls, soft hyphen, no-break space), not only
      of whitespace; such characters inside the text stay (vendor symfony/form `Util/StringUtil.php:32-39`,
      `Extension/Core/EventListener/TrimListener.php:34`; `app/bundles/WebhookBundle/Form/Type/WebhookType.php:34-81`).
      A name made only of them is "A name is required.".
    - **Numbers.** A number sent for a text field is stored in PHP's 14-digit string form (`1e100` →
      `1.0E+100`, `-0.0` → `-0`), and so is a number in `triggers` (see `Hook.triggers`).

    """

    name: str
    """ Required, not blank. Error: "A name is required." (`Webhook.php:147-186`). The column is
    `varchar(191)` in utf8mb4: at most 191 **characters**, whatever their bytes; 192 or more fail in the
    database, the generic 500 without `Mautic-Version`
    (`app/bundles/CoreBundle/Doctrine/Mapping/ClassMetadataBuilder.php:23, 398-419, 471-474`, `Webhook.php:100`).
     """
    webhook_url: str
    """ Required, http or https, as symfony/validator 5.4's `Url` pattern allows it: IDN and other non-ASCII
    hosts, ports up to 99999, `[::1]`, underscores and trailing dots in hosts are accepted; a space,
    `"`, `{}`, `|`, `\\`, `^` or a backquote in the path, `%zz`, `javascript:`, `ftp://` or `//host` are
    "A valid URL is required." (vendor symfony/validator `Constraints/UrlValidator.php:25-46, 86-92`).
    A scheme-less value gets `http://` (`mailto:a@b.c` → `http://mailto:a@b.c`), except `"0"`, which PHP
    takes for false (vendor symfony/form `FixUrlProtocolListener.php:36-41`): `"0"` and `0` are refused.
    `[]` and `{}` are "This value is not valid.". The column is `longtext`, yet a path, query, user or
    host of about 8,190 characters or more is refused: PCRE's JIT stack runs out, which the validator
    takes for "not a URL" (5,000 characters pass, 70,000 fail).
     """
    triggers: list[str]
    """ Trigger keys. Not checked against `/hooks/triggers`; duplicates are collapsed; longer than 50
    characters, or a null item, is a 500 (`WebhookApiController.php:66-84`, `Webhook.php:338-362`). Items
    that are not strings are accepted too (echoed raw, stored in PHP string form, see `Hook.triggers`), and
    form bodies may nest them (`triggers[a][b]=x`). A `triggers` that is not a list (a string, a number,
    null) means none; an object's values are the keys. A number is echoed as `json_encode` writes it
    (`1.0e+100`, `-0.0`) and stored in PHP's 14-digit string form (`1.0E+100`, `-0`); an integer beyond
    64 bits arrives as a float (`5359619885100305481728` → `5.359619885100305e+21`, stored
    `5.3596198851003E+21`) (vendor friendsofsymfony/rest-bundle `Decoder/JsonDecoder.php:26`). A PATCH
    compares items strictly (`0.1` beside a stored `"0.1"` is added), a PUT loosely. Items are not trimmed.
     """
    description: None | str | Unset = UNSET
    secret: str | Unset = UNSET
    """ Generated when absent or empty. A `varchar(191)` column like `name`: 192 characters or more are the
    generic 500 (`Webhook.php:122`, `ClassMetadataBuilder.php:398-419`).
     """
    events_orderby_dir: EventsOrderbyDir | None | Unset = UNSET
    """ ASC, DESC, empty or null; anything else: "This value is not valid." """
    category: int | Unset = UNSET
    """ Id of an existing category (of any bundle). A non-existent id is a 500 "Category N does not exist"
    (`CommonApiController.php:570-581`).
     """
    is_published: bool | Unset = UNSET
    events: CoreTriggerKey | EventsByKey | list[CoreTriggerKey] | None | Unset = UNSET
    """ The form's own field for the triggers (`WebhookType.php:34-81`), unlike unknown fields not ignored: an
    object, a list, a string or an `a|b` string of trigger keys, each checked against the catalogue (an
    unknown key or a number: 400 "events: This value is not valid."). The events are stored and echoed in
    the catalogue's order, not the order sent, duplicates collapsed, before any `triggers`; `[]` or `null`
    means none. PATCH with `events` replaces the set; a PUT keeps only the events `triggers` also names, so a
    PUT with `events` and no `triggers` ends with no trigger at all. Measured on a real Mautic 5.1.0.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.events_by_key import EventsByKey  # noqa: PLC0415

        name = self.name

        webhook_url = self.webhook_url

        triggers = self.triggers

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        secret = self.secret

        events_orderby_dir: None | str | Unset
        if isinstance(self.events_orderby_dir, Unset):
            events_orderby_dir = UNSET
        elif isinstance(self.events_orderby_dir, str):
            events_orderby_dir = self.events_orderby_dir
        else:
            events_orderby_dir = self.events_orderby_dir

        category = self.category

        is_published = self.is_published

        events: dict[str, Any] | list[str] | None | str | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, EventsByKey):
            events = self.events.to_dict()
        elif isinstance(self.events, list):
            events = []
            for events_type_1_item_data in self.events:
                events_type_1_item: str = events_type_1_item_data
                events.append(events_type_1_item)

        elif isinstance(self.events, str):
            events = self.events
        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "webhookUrl": webhook_url,
                "triggers": triggers,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if secret is not UNSET:
            field_dict["secret"] = secret
        if events_orderby_dir is not UNSET:
            field_dict["eventsOrderbyDir"] = events_orderby_dir
        if category is not UNSET:
            field_dict["category"] = category
        if is_published is not UNSET:
            field_dict["isPublished"] = is_published
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.events_by_key import EventsByKey  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        webhook_url = d.pop("webhookUrl")

        triggers = cast(list[str], d.pop("triggers"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        secret = d.pop("secret", UNSET)

        def _parse_events_orderby_dir(data: object) -> EventsOrderbyDir | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                events_orderby_dir_type_0 = check_events_orderby_dir(data)

                return events_orderby_dir_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventsOrderbyDir | None | Unset, data)

        events_orderby_dir = _parse_events_orderby_dir(d.pop("eventsOrderbyDir", UNSET))

        category = d.pop("category", UNSET)

        is_published = d.pop("isPublished", UNSET)

        def _parse_events(data: object) -> CoreTriggerKey | EventsByKey | list[CoreTriggerKey] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                events_type_0 = EventsByKey.from_dict(data)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                events_type_1 = []
                _events_type_1 = data
                for events_type_1_item_data in _events_type_1:
                    events_type_1_item = check_core_trigger_key(events_type_1_item_data)

                    events_type_1.append(events_type_1_item)

                return events_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                events_type_2 = check_core_trigger_key(data)

                return events_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoreTriggerKey | EventsByKey | list[CoreTriggerKey] | None | Unset, data)

        events = _parse_events(d.pop("events", UNSET))

        hook_create = cls(
            name=name,
            webhook_url=webhook_url,
            triggers=triggers,
            description=description,
            secret=secret,
            events_orderby_dir=events_orderby_dir,
            category=category,
            is_published=is_published,
            events=events,
        )

        hook_create.additional_properties = d
        return hook_create

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
