"""Input and output shapes: the case file (werktloont-case/1)."""
