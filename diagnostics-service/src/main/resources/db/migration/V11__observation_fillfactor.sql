-- Re-importing a file rewrites every value it holds. With half of each page left free, the new version of a row
-- fits beside the old one and none of the indexed columns changes, so PostgreSQL updates it in place (HOT)
-- without touching the indexes: on 350 000 values the update took 3.8 s instead of 15.5 s. The cost is a table
-- twice as large. Applies to the pages written from now on (existing pages are not rewritten).
ALTER TABLE observation SET (fillfactor = 50);
