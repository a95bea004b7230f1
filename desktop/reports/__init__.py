"""The PDF reports, drawn with reportlab from the plain read models of
`desktop.domain.reporting` (no Qt, no database, no services here)."""

from desktop.reports.period import render_period_report
from desktop.reports.round_summary import render_round_summary

__all__ = ["render_period_report", "render_round_summary"]
