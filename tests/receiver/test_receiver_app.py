"""The reference receiver over real HTTP: `python -m mautic_hooks_receiver` on 127.0.0.1, fed recorded POSTs.

Each POST is sent with the exact bytes and headers Mautic sent. The receiver prints one line per event it hands
to the handler, so the tests see what reached the handler, not only what was answered.
"""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest
from deliveries import Delivery, all_deliveries
from mautic_hooks_receiver import create_app, sign
from mautic_hooks_receiver.app import RecentBodies
from receiver_support import SECRET, ReceiverProcess, served_in_thread

POINTS = [d for d in all_deliveries() if d.secret == SECRET]  # the hook-206 samples of lead_points_change


def post(receiver: ReceiverProcess, delivery: Delivery, **header_changes: str | None) -> httpx.Response:
    headers = {
        name: value for name, value in delivery.headers.items() if name not in ("Host", "Content-Length")
    }
    for name, value in header_changes.items():
        name = name.replace("_", "-")
        if value is None:
            headers.pop(name, None)
        else:
            headers[name] = value
    return httpx.post(receiver.url, content=delivery.raw_body, headers=headers, timeout=10)


def test_a_recorded_post_is_accepted_and_handed_over(receiver: ReceiverProcess) -> None:
    delivery = POINTS[0]
    response = post(receiver, delivery)
    assert response.status_code == 200 and response.json() == {"received": 1}
    (event,) = receiver.events(1)
    assert event == {
        "trigger": "mautic.lead_points_change",
        "timestamp": delivery.body["mautic.lead_points_change"][0]["timestamp"],
        "model": "WebhookPointsChangeEvent",
    }


def test_a_byte_identical_re_send_is_answered_but_not_handed_over_again(receiver: ReceiverProcess) -> None:
    delivery = POINTS[1]
    assert post(receiver, delivery).json() == {"received": 1}
    assert receiver.events(1)[0]["trigger"] == "mautic.lead_points_change"
    again = post(receiver, delivery)
    assert again.status_code == 200 and again.json() == {"received": 0, "duplicate": True}
    assert receiver.nothing_more()


def test_a_re_send_on_a_fresh_connection_after_the_first_was_cut_is_dropped(
    receiver: ReceiverProcess,
) -> None:
    """What libcurl does when a kept-alive connection dies: the same bytes again, on a new connection."""
    delivery = POINTS[2]
    host, port = receiver.url.removeprefix("http://").split("/")[0].split(":")
    request = (
        f"POST /hook HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
        f"Webhook-Signature: {delivery.headers['Webhook-Signature']}\r\nContent-Length: {len(delivery.raw_body)}\r\n\r\n"
    ).encode() + delivery.raw_body
    with socket.create_connection((host, int(port)), timeout=10) as first:
        first.sendall(request)  # and hang up without reading the answer
    assert receiver.events(1)[0]["timestamp"] == delivery.body["mautic.lead_points_change"][0]["timestamp"]
    assert post(receiver, delivery).json() == {"received": 0, "duplicate": True}
    assert receiver.nothing_more()


def test_a_command_mode_batch_is_handed_over_in_timestamp_order() -> None:
    batch = next(d for d in all_deliveries() if d.seq == 783)  # q-desc: newest first, two trigger keys
    other = ReceiverProcess(batch.secret)
    try:
        assert post(other, batch).json() == {"received": 10}
        times = [line["timestamp"] for line in other.events(10)]
        assert times == sorted(times) and len(set(times)) > 1
    finally:
        other.stop()


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({"Webhook_Signature": None}, 401),
        ({"Webhook_Signature": ""}, 401),
        ({"Webhook_Signature": "A" * 43 + "="}, 403),
        ({"Webhook_Signature": sign(b"another body", SECRET)}, 403),
    ],
    ids=["missing", "empty", "wrong", "another body's"],
)
def test_unsigned_or_badly_signed_posts_are_refused(
    receiver: ReceiverProcess, changes: dict, status: int
) -> None:
    response = post(receiver, POINTS[3], **changes)
    assert response.status_code == status and "Webhook-Signature" in response.json()["error"]
    assert receiver.nothing_more(wait=0.2)


def test_a_signed_body_that_is_not_a_payload_is_a_400(receiver: ReceiverProcess) -> None:
    body = b'{"mautic.lead_points_change": []}'
    response = httpx.post(receiver.url, content=body, headers={"Webhook-Signature": sign(body, SECRET)})
    assert response.status_code == 400 and "non-empty list" in response.json()["error"]


def test_the_answer_does_not_wait_for_the_handler() -> None:
    """Mautic waits for the answer inside the request that fired the event: answer first, work afterwards.

    The handler must be slow here, so this app is built in the test and served by uvicorn in a thread (real
    HTTP on loopback still); the subprocess receiver's handler only prints.
    """
    done = threading.Event()

    def slow_handler(events) -> None:
        time.sleep(1.5)
        done.set()

    delivery = POINTS[0]
    with served_in_thread(create_app(SECRET, slow_handler)) as url:
        started = time.monotonic()
        response = httpx.post(url, content=delivery.raw_body, headers=signed(delivery))
        elapsed = time.monotonic() - started
        assert response.status_code == 200 and elapsed < 1.0 and not done.is_set()
        assert done.wait(5), "the handler ran after the answer"


def test_an_oversized_body_is_refused_before_it_is_read_whole() -> None:
    handled = []
    delivery = POINTS[0]
    with served_in_thread(create_app(SECRET, handled.append, max_body=len(delivery.raw_body) - 1)) as url:
        response = httpx.post(url, content=delivery.raw_body, headers=signed(delivery))
        assert response.status_code == 413
    with served_in_thread(create_app(SECRET, handled.append, max_body=len(delivery.raw_body))) as url:
        assert httpx.post(url, content=delivery.raw_body, headers=signed(delivery)).status_code == 200
    assert len(handled) == 1


def signed(delivery: Delivery) -> dict[str, str]:
    return {"Webhook-Signature": delivery.headers["Webhook-Signature"], "Content-Type": "application/json"}


def test_memory_for_re_sends_is_bounded() -> None:
    recent = RecentBodies(capacity=3)
    assert [recent.add(b) for b in (b"1", b"2", b"3", b"1")] == [True, True, True, False]
    assert recent.add(b"4") and len(recent) == 3  # "2", the least recently seen, is forgotten
    assert recent.add(b"2") and not recent.add(b"1")
