"""Recordings of Mautic's /api/hooks: read them, replay them against the sandbox, record new ones, diff two.

A recording is a JSON-lines file of HTTP exchanges (the format of tests/recordings/mautic-5.1.0/README.md).
It is the judge of the sandbox's fidelity: `make replay` sends every recorded request to a fresh sandbox
and reports each answer that differs from the recorded one under the README's fair-comparison rules.
"""
