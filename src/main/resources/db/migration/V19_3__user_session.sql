-- Signed-in sessions of the sign-in form, so that signing out ends them everywhere: the browser's cookie holds a
-- random token, this table its SHA-256 (never the token itself). Rows idle longer than the session timeout are purged.
create table user_session (
    token_hash  varchar(64) primary key,
    username    varchar(100) not null,
    created_at  timestamp with time zone not null,
    last_seen   timestamp with time zone not null
);
create index ix_user_session_username on user_session (username);
create index ix_user_session_last_seen on user_session (last_seen);
