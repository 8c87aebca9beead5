-- The story lists' language filter (issue 18) finds the stories with a version in a language by this index.
create index ix_version_language on story_version (language, story_id);
