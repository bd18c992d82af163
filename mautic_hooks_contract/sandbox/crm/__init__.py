"""A minimal, PARTIAL emulation of Mautic's contacts and companies API: just enough to make the contact and
company webhook triggers fire with Mautic's payloads (see the sandbox section of README.md for what it covers).
"""
