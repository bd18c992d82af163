from typing import Literal

EventsOrderbyDir = Literal["ASC", "DESC"]

EVENTS_ORDERBY_DIR_VALUES: set[EventsOrderbyDir] = {
    "ASC",
    "DESC",
}


def check_events_orderby_dir(value: str) -> EventsOrderbyDir:
    if value in EVENTS_ORDERBY_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENTS_ORDERBY_DIR_VALUES!r}")
