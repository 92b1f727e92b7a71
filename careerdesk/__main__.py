"""`python -m careerdesk` runs the same entry point as the `careerdesk` command."""

import sys

from careerdesk.app import main

sys.exit(main())
