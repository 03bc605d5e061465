from werktloont.cli import main

if __name__ == "__main__":  # `batch --jobs N` starts worker processes that import this module again
    raise SystemExit(main())
