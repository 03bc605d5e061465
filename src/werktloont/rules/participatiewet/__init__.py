"""Participatiewet (BWBR0015703)."""
