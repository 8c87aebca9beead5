-- Bumped in the same transaction as every change to a story's content (title, versions, paragraphs, alignment
-- corrections), so any instance can tell with one small query whether what it remembers of a story is current.
ALTER TABLE story ADD COLUMN change_count BIGINT DEFAULT 0 NOT NULL;
