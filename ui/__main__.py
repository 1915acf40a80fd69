"""``python -m ui``: the same as the ``kefu`` command (also the frozen build's entry)."""

import sys

from ui.entry import main

if __name__ == "__main__":
    sys.exit(main())
