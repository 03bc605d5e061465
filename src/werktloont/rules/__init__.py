"""Rules: one folder per law, pure numpy functions of parameters and arrays. No Qt, no I/O."""
