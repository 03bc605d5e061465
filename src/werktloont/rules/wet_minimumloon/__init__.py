"""Wet minimumloon en minimumvakantiebijslag (BWBR0002638)."""
