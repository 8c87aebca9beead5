-- Grammar checks (issue 5): LanguageTool's results cached by (language, rule settings, text hash), matches
-- a user ignored, and rules a user disabled for a story. Portable SQL: runs on H2 2.x and PostgreSQL.
create sequence grammar_check_seq start with 1 increment by 50;
create sequence grammar_ignored_match_seq start with 1 increment by 1;
create sequence grammar_disabled_rule_seq start with 1 increment by 1;

-- One row per checked text: the key is what the result depends on, never which story holds the text, so the
-- same paragraph in two stories is checked once and a restart re-checks nothing.
create table grammar_check (
    id          bigint primary key,
    language    varchar(35) not null,
    settings    varchar(200) not null,
    text_hash   varchar(64) not null,
    matches     varchar not null,
    checked_at  timestamp with time zone not null,
    constraint uq_grammar_check unique (language, settings, text_hash)
);

-- A match the user ignored, valid only while the paragraph's text is the one it was ignored in.
create table grammar_ignored_match (
    id            bigint primary key,
    story_id      bigint not null,
    version_id    bigint not null,
    text_hash     varchar(64) not null,
    rule_id       varchar(200) not null,
    match_offset  integer not null,
    matched_text  varchar(2000) not null,
    created_at    timestamp with time zone not null,
    constraint fk_ignored_story foreign key (story_id) references story (id) on delete cascade,
    constraint fk_ignored_version foreign key (version_id) references story_version (id) on delete cascade
);
create index ix_ignored_story on grammar_ignored_match (story_id);

create table grammar_disabled_rule (
    id          bigint primary key,
    story_id    bigint not null,
    rule_id     varchar(200) not null,
    created_at  timestamp with time zone not null,
    constraint fk_disabled_story foreign key (story_id) references story (id) on delete cascade,
    constraint uq_disabled_rule unique (story_id, rule_id)
);
