"""Gemeentelijke regelingen from a municipal overlay (parameters/gemeenten/)."""
