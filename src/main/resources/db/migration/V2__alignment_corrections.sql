-- An editor's corrections to an alignment: groups of paragraphs (across a story's versions) that must
-- share a row. A group is either confirmed (the editor approved the row as it was) or hand-made
-- (link, unlink, merge, split). Re-alignment keeps every group fixed and aligns around them.
create sequence alignment_group_seq start with 1 increment by 50;

create table alignment_group (
    id          bigint primary key,
    story_id    bigint not null,
    confirmed   boolean not null,
    created_at  timestamp with time zone not null,
    constraint fk_alignment_group_story foreign key (story_id) references story (id) on delete cascade
);
create index ix_alignment_group_story on alignment_group (story_id);

create table alignment_group_paragraph (
    group_id      bigint not null,
    paragraph_id  bigint not null,
    constraint pk_alignment_group_paragraph primary key (group_id, paragraph_id),
    constraint fk_agp_group foreign key (group_id) references alignment_group (id) on delete cascade,
    constraint fk_agp_paragraph foreign key (paragraph_id) references paragraph (id) on delete cascade
);
-- A paragraph sits in at most one fixed row.
create unique index ux_agp_paragraph on alignment_group_paragraph (paragraph_id);
