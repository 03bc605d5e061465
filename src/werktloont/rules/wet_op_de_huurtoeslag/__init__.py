"""Wet op de huurtoeslag (BWBR0008659) and Besluit op de huurtoeslag (BWBR0008763)."""
