"""Wetboek van Burgerlijke Rechtsvordering (BWBR0001827)."""
