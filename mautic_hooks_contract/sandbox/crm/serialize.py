"""Contacts and companies as Mautic's JMS serializer writes them into webhook payloads (DELIVERIES.md §4).

Field value objects come in two shapes: A when the entity was created in this request, B when it was loaded
from the database. The field definitions, the group order and the key order of each shape are data, extracted
from the recordings (fields.json, written by scripts/extract_delivery_data.py). An empty group is ``[]``,
because that is how PHP's json_encode writes an empty array.
"""

from __future__ import annotations

import json
from pathlib import Path

FIELDS = json.loads((Path(__file__).parent / "fields.json").read_text())
# Company field aliases behind the Company entity's own properties (Company.php, no serializer groups).
_COMPANY_PROPERTIES = {
    "name": "companyname",
    "email": "companyemail",
    "address1": "companyaddress1",
    "address2": "companyaddress2",
    "phone": "companyphone",
    "city": "companycity",
    "state": "companystate",
    "zipcode": "companyzipcode",
    "country": "companycountry",
    "website": "companywebsite",
    "industry": "companyindustry",
    "description": "companydescription",
}


def api_date(stored: str | None) -> str | None:
    return None if stored is None else stored.replace(" ", "T") + "+00:00"


def fields(obj: str, values: dict, shape: str) -> dict:
    """``fields`` of a contact (obj "lead") or company: ``{group: {alias: FieldValue}}``."""
    spec = FIELDS[obj]
    layout = spec["shapes"][shape]
    groups: dict[str, dict] = {group: {} for group in layout["groups"]}
    for alias, field in spec["fields"].items():
        value = values.get(alias)
        full = {
            "id": field["id"] if shape == "A" else str(field["id"]),
            "group": field["group"],
            "label": field["label"],
            "alias": alias,
            "type": field["type"],
            "properties": field.get("properties_decoded") if shape == "A" else field["properties"],
            "object": obj,
            "is_fixed": field["is_fixed"],
            "default_value": field["default_value"],
            "value": value,
            "normalizedValue": "" if value is None else value,
        }
        groups.setdefault(field["group"], {})[alias] = {key: full[key] for key in layout["keys"]}
    return {group: members or [] for group, members in groups.items()}


def _publish_details(row) -> dict:
    return {
        "isPublished": True,
        "dateAdded": api_date(row["date_added"]),
        "dateModified": api_date(row["date_modified"]),
        "createdBy": row["created_by"],
        "createdByUser": row["created_by_user"],
        "modifiedBy": row["modified_by"],
        "modifiedByUser": row["modified_by_user"],
    }


def contact(
    row,
    values: dict,
    shape: str,
    tags: list[dict],
    *,
    points: int | None = None,
    identified_now: bool = False,
    deleted: bool = False,
) -> dict:
    """ContactDetails (groups leadDetails, userList, publishDetails, ipAddress, doNotContactList, tagList).

    ``points`` overrides the stored points (the /points/plus|minus path serializes the old value);
    ``identified_now`` is the lead_post_save_new case (utmtags null); ``deleted`` nulls the id and drops the
    tags (lead_post_delete serializes without tagList)."""
    shown_points = row["points"] if points is None else points
    if shape == "B":
        values = {**values, "points": shown_points}
    return {
        **_publish_details(row),
        "id": None if deleted else row["id"],
        "points": shown_points,
        "color": None,
        "fields": fields("lead", values, shape),
        "lastActive": None,
        "owner": None,
        "ipAddresses": [],
        "tags": [] if deleted else tags,
        "utmtags": None if identified_now else [],
        "stage": None,
        "dateIdentified": api_date(row["date_identified"]),
        "preferredProfileImage": None,
        "doNotContact": [],
        "frequencyRules": [],
    }


def company(row, values: dict, shape: str, *, deleted: bool = False) -> dict:
    """Company (no serializer groups): publish details, its own properties, ``score``, ``fields``."""
    return {
        **_publish_details(row),
        "id": None if deleted else row["id"],
        **{prop: values.get(alias) for prop, alias in _COMPANY_PROPERTIES.items()},
        "score": 0,
        "fields": fields("company", values, shape),
    }
