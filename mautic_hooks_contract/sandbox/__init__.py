"""A local, stateful stand-in for Mautic 5.1's webhook REST API (``/api/hooks``).

The sandbox answers over HTTP exactly as a real Mautic 5.1 does — same routes, status codes, bodies,
quirks — so client code and the contract suite can run without a PHP stack. Facts come from
``/work/shared/mautic-hooks-behavior.md``; quirks cite their ``path:line`` in mautic/mautic.
"""

MAUTIC_VERSION = "5.1.0"  # app/release_metadata.json:2; sent as the Mautic-Version header
