-- Survivor events are kept in a chain per node: each node's submission writer
-- appends to `survivor:<node id>`, so two nodes no longer take turns on one
-- head row for every group commit. The shared chain (`survivor`) keeps every
-- event written before, and what survivors do on their receipt pages. An
-- event's place in its chain is its position; its id comes from the counter
-- every chain shares, which until now was set by hand and is moved past the
-- ids already used.
ALTER TABLE survivor_events ADD COLUMN chain TEXT NOT NULL DEFAULT 'survivor';
ALTER TABLE survivor_events ADD COLUMN position BIGINT NOT NULL DEFAULT 0;
UPDATE survivor_events SET position = id;
CREATE UNIQUE INDEX survivor_events_chain_position ON survivor_events (chain, position);
SELECT setval('survivor_events_id_seq', COALESCE((SELECT MAX(id) FROM survivor_events), 0) + 1, false);
