"""Phase 2, actor mapping: the actor register (table, filters, details form)."""
