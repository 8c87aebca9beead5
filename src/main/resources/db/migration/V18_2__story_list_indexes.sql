-- Story lists page by keyset (issue 18): newest change first (the default) and newest added first walk these
-- indexes backwards, so a page costs the same at the start and the end of 10,000 stories.
create index ix_story_updated on story (updated_at, id);
create index ix_story_created on story (created_at, id);
-- filtering by a version's language or outlet looks up each story's versions (ix_version_story covers story_id)
