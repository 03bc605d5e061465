"""The client report: content (plain data) and rendering (Qt) kept apart, so the app can print the same thing."""

from werktloont.report.content import Report, build_report

__all__ = ["Report", "build_report"]
