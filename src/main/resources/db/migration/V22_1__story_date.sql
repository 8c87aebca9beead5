-- A story's date (issue 18): the earliest publication date of its live versions, or the day it was added when no
-- version gives one. Kept on the story so the lists sort and filter by it through an index, page by keyset.
alter table story add column story_date date;
update story set story_date = coalesce(
    (select min(v.published_at) from story_version v where v.story_id = story.id and v.deleted_at is null),
    cast(created_at as date));
alter table story alter column story_date set not null;
create index ix_story_date on story (story_date, id);
