"""Wet op de zorgtoeslag (BWBR0018451)."""
