"""``python -m govdisclosure``: the command line."""

import sys

from govdisclosure.cli import main

sys.exit(main())
