"""Derive the sandbox's webhook data from the recordings of a real Mautic 5.1.0, never by hand.

* ``mautic_hooks_contract/sandbox/crm/fields.json``: the contact and company field definitions, in both value shapes Mautic
  serializes (A: entity created in this request; B: entity loaded from the database), with the group order
  and the key order of a field value object in each shape (DELIVERIES.md §4).
* ``mautic_hooks_contract/sandbox/deliveries/samples/<trigger>.json``: one recorded event per trigger (its first delivery, without
  ``timestamp``), the default payload of ``python -m mautic_hooks_contract.sandbox fire``.

Usage: ``python scripts/extract_delivery_data.py write`` (or ``check``: exit 1 when the files are stale;
``tests/sandbox/deliveries`` runs the same comparison).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORDINGS = ROOT / "tests" / "recordings" / "mautic-5.1.0" / "deliveries"
FIELDS_FILE = ROOT / "mautic_hooks_contract" / "sandbox" / "crm" / "fields.json"
SAMPLES_DIR = ROOT / "mautic_hooks_contract" / "sandbox" / "deliveries" / "samples"

# (object, shape) → (sample file, action of §4.15, key holding the entity). Shape A comes from an API create,
# shape B from the update right after it.
_SOURCES = {
    ("lead", "A"): ("mautic.lead_post_save_new.json", "contact_create", "contact"),
    ("lead", "B"): ("mautic.lead_post_save_update.json", "contact_update", "contact"),
    ("company", "A"): ("mautic.company_post_save.json", "company_create", "company"),
    ("company", "B"): ("mautic.company_post_save.json", "company_update", "company"),
}


def _event(file: str, action: str) -> dict:
    deliveries = json.loads((RECORDINGS / file).read_text())["deliveries"]
    delivery = next(d for d in deliveries if d["context"]["action"] == action)
    (events,) = delivery["body"].values()
    return events[0]


def fields_data() -> dict:
    data: dict = {}
    for (obj, shape), (file, action, key) in _SOURCES.items():
        entity = _event(file, action)[key]
        groups = list(entity["fields"])
        target = data.setdefault(obj, {"fields": {}, "shapes": {}})
        keys = None
        for values in entity["fields"].values():
            for alias, value in values.items() if isinstance(values, dict) else ():
                keys = keys or list(value)
                field = target["fields"].setdefault(alias, {})
                field.update(alias=alias, label=value["label"], type=value["type"], group=value["group"])
                if shape == "A":
                    field["id"] = value["id"]
                    if "properties" in value:
                        field["properties_decoded"] = value["properties"]
                else:
                    field.update(
                        is_fixed=value["is_fixed"],
                        properties=value["properties"],
                        default_value=value["default_value"],
                    )
        target["shapes"][shape] = {"groups": groups, "keys": keys}
    for target in data.values():
        target["fields"] = dict(sorted(target["fields"].items(), key=lambda item: item[1]["id"]))
    return data


def samples() -> dict[str, dict]:
    found = {}
    for path in sorted(RECORDINGS.glob("mautic.*.json")):
        recording = json.loads(path.read_text())
        events = recording["deliveries"][0]["body"][recording["trigger"]]
        found[recording["trigger"]] = {k: v for k, v in events[0].items() if k != "timestamp"}
    return found


def rendered() -> dict[Path, str]:
    """Every derived file and its exact text."""
    files = {FIELDS_FILE: json.dumps(fields_data(), indent=1, ensure_ascii=False) + "\n"}
    for trigger, event in samples().items():
        files[SAMPLES_DIR / f"{trigger}.json"] = json.dumps(event, indent=1, ensure_ascii=False) + "\n"
    return files


def main(argv: list[str]) -> int:
    files = rendered()
    if argv[1:] == ["write"]:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        return 0
    stale = [str(p.relative_to(ROOT)) for p, text in files.items() if not p.exists() or p.read_text() != text]
    if stale:
        print("stale (run: python scripts/extract_delivery_data.py write):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
