"""Domain: plain dataclasses and rules. No Qt, no SQLite, no ReportLab."""
