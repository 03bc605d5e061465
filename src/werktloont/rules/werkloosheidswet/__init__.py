"""Werkloosheidswet (BWBR0004045) and the Dagloonbesluit werknemersverzekeringen (BWBR0033471)."""
