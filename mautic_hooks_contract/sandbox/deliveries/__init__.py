"""Webhook delivery as Mautic 5.1.0 does it: events, queue, JSON encoding, signing, HTTP POST, logs, kill rule.

Ground truth: tests/recordings/mautic-5.1.0/deliveries/DELIVERIES.md. Sandbox-only additions (loopback-only
by default, a bounded timeout, a testable clock) are named where they are made.
"""
