"""`python -m desktop` runs the same program as `exchange-desk`."""

import sys

from desktop.cli import main

sys.exit(main())
