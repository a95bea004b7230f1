"""The domain: tables, enums, round content and the discrepancy rules (no Qt, no I/O)."""
