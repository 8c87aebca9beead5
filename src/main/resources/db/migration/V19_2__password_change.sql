-- A generated first-admin password must be changed at the first sign-in.
alter table app_user add column must_change_password boolean default false not null;
