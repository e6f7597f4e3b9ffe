-- The conversation list: keyset pages in creation order, or by last change to sync incrementally, and the
-- filters callers name most, the diagnostic and the day it was held. A territory filter goes through the
-- diagnostic's territory (diagnostic_territory_idx) and the territory table's parent columns.
CREATE INDEX conversation_created_idx ON conversation (created_at, id);
CREATE INDEX conversation_updated_idx ON conversation (updated_at, id);
CREATE INDEX conversation_diagnostic_idx ON conversation (diagnostic_id, created_at, id);
CREATE INDEX conversation_held_on_idx ON conversation (held_on, created_at, id);
