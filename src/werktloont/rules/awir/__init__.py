"""Algemene wet inkomensafhankelijke regelingen (Awir)."""
