"""Wet inkomstenbelasting 2001 (BWBR0011353)."""
