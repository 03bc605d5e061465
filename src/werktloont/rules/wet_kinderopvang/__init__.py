"""Wet kinderopvang (BWBR0017017) and Besluit kinderopvangtoeslag (BWBR0017321)."""
