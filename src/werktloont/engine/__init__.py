"""The engine: case -> arrays -> rules in order -> result. No Qt."""
