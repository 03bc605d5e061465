"""werktloont: laat zien of een baan loont voor een huishouden in de bijstand."""

__version__ = "0.1.0"
