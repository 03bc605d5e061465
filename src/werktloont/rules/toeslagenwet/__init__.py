"""Toeslagenwet (BWBR0004043): the UWV toeslag on a loondervingsuitkering up to the sociaal minimum."""
