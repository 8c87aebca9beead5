-- Long work in the background (ADR 26): each job's progress and result in the database, so that any instance behind a
-- load balancer shows it and a restart does not lose a finished job's result. The instance running a job writes its
-- progress at most every 400 ms and its heartbeat every few seconds; a running job whose heartbeat is older than 30 s
-- ran on an instance that stopped, and shows as failed. Rows go an hour after the job ended, with any file.
create table job (
    id           varchar(36) primary key,
    kind         varchar(50) not null,
    title        varchar not null,
    owner        varchar(100) not null,
    started      timestamp with time zone not null,
    ended        timestamp with time zone,
    state        varchar(10) not null,
    done         integer default 0 not null,
    total        integer default 0 not null,
    step         varchar,
    message      varchar,
    result_url   varchar(2000),
    -- the result the job's page renders (a bulk import's report), as JSON, with the Java type it was written from
    result_type  varchar(200),
    result_json  varchar,
    -- the file an export made
    file_name    varchar(500),
    file_type    varchar(200),
    file_bytes   bytea,
    -- when the instance running the job last wrote it
    heartbeat    timestamp with time zone not null
);
create index ix_job_owner_started on job (owner, started);
create index ix_job_ended on job (ended);
create index ix_job_state_heartbeat on job (state, heartbeat);
