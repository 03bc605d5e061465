"""Entry point of the frozen app: the same `werktloont` command as the installed package."""

from werktloont.cli import main

raise SystemExit(main())
