-- The versions an editor had on screen when fixing a row. Versions outside that scope stay free in the
-- row (the decision did not involve them); versions inside it with no paragraph in the group are empty
-- by decision.
alter table alignment_group add column scope varchar(2000);
