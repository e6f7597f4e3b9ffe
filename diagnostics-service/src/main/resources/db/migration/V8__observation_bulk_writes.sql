-- Bulk imports write hundreds of thousands of observations at once: a foreign key checks every row one by one
-- (a third of the time of an import). Imports lock the indicators they write (FOR KEY SHARE) and deleting an
-- indicator deletes its observations explicitly, which keeps the guarantee the key gave.
ALTER TABLE observation DROP CONSTRAINT observation_indicator_code_fkey;
