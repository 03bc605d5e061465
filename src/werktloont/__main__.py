from werktloont.cli import main

raise SystemExit(main())
