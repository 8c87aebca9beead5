-- Stories, their versions and the versions' paragraphs. Portable SQL: runs on H2 2.x and PostgreSQL.
create sequence story_seq start with 1 increment by 1;
create sequence story_version_seq start with 1 increment by 1;
create sequence paragraph_seq start with 1 increment by 50;

create table story (
    id          bigint primary key,
    slug        varchar(200) not null,
    title       varchar(1000) not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint uq_story_slug unique (slug)
);

create table story_version (
    id                bigint primary key,
    story_id          bigint not null,
    ordinal           integer not null,
    version_key       varchar(200),
    outlet            varchar(300) not null,
    language          varchar(35) not null,
    title             varchar(1000),
    kind              varchar(20) not null,
    translation_of_id bigint,
    source_url        varchar(2000),
    published_at      date,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint fk_version_story foreign key (story_id) references story (id) on delete cascade,
    constraint fk_version_translation_of foreign key (translation_of_id) references story_version (id) on delete set null,
    constraint ck_version_kind check (kind in ('original', 'translation'))
);
create index ix_version_story on story_version (story_id, ordinal);

-- varchar without a length is unbounded on PostgreSQL and up to 1,000,000,000 characters on H2.
create table paragraph (
    id          bigint primary key,
    version_id  bigint not null,
    ordinal     integer not null,
    text        varchar not null,
    constraint fk_paragraph_version foreign key (version_id) references story_version (id) on delete cascade
);
-- Not unique: inserting or splitting a paragraph renumbers the ones after it, one row at a time.
create index ix_paragraph_version on paragraph (version_id, ordinal);

-- Story folders of translations/ imported once: a story the user deleted is not brought back at the next start.
create table imported_folder (
    slug         varchar(200) primary key,
    imported_at  timestamp with time zone not null
);
