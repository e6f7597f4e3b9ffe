-- Keyset pages of one level are read in (level, code) order.
CREATE INDEX territory_level_code_idx ON territory (level, code);
