"""`python -m mautic_hooks_contract` = the `mautic-hooks-contract` command."""

import sys

from mautic_hooks_contract.cli import main

sys.exit(main())
