"""Wet op het kindgebonden budget (BWBR0022751)."""
