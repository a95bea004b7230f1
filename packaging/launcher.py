"""The bundled program's entry point: the same `exchange-desk` command."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
