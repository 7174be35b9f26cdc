"""Phase 1, start-up and scope: the page that guides the charter."""
