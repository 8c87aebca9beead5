-- One counter, bumped in the transaction of every change that must end a remembered credential at once: a token
-- revoked, a user's role or password changed, a user removed (issue 18, ADR 24). Each instance reads it every second
-- and forgets every token and Basic account it remembers when it moved, so such a change reaches every instance within
-- about a second, while the requests themselves read nothing from the database.
-- Portable SQL: runs on H2 2.x and PostgreSQL.
create table credential_epoch (
    id     int primary key,
    epoch  bigint not null
);
insert into credential_epoch (id, epoch) values (1, 0);
