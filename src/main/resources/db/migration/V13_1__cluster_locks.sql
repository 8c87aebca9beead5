-- Named locks shared by every instance on one database (issue 13): a transaction that selects a row
-- "for update" holds it until it commits, so work that must happen once (the first admin, the seed
-- import, the trash purge) runs on one instance at a time and the others see its result.
create table cluster_lock (
    name varchar(50) primary key
);
insert into cluster_lock (name) values ('startup');
insert into cluster_lock (name) values ('trash-purge');
