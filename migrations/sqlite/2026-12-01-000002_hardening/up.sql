-- Failed staff sign-ins per name tried, whether or not the name exists, so that
-- guessing one account slows down on every node and across restarts, and an
-- unknown name behaves exactly like a known one. The name is kept only as a hash
-- keyed with the receipt pepper (which is not in the database).
CREATE TABLE sign_in_backoff (
    name_hash BLOB PRIMARY KEY NOT NULL,
    failures BIGINT NOT NULL DEFAULT 0,
    last_failure_at BIGINT NOT NULL DEFAULT 0
);

-- Maintenance that must happen soon after content is destroyed, whichever node
-- destroyed it. On PostgreSQL a withdrawal leaves the old row version (ciphertext
-- and keys) in the table's pages until they are rewritten: 'vacuum_full' asks the
-- next background run on any node to rewrite the tables. SQLite does not use it.
CREATE TABLE pending_maintenance (
    task TEXT PRIMARY KEY NOT NULL,
    due BOOLEAN NOT NULL DEFAULT FALSE
);
INSERT INTO pending_maintenance (task, due) VALUES ('vacuum_full', FALSE);

-- When the pending setup link stops working (Unix seconds). A claim from before
-- this column existed has expired at once: `voices setup reissue` makes a new one.
ALTER TABLE setup_claims ADD COLUMN expires_at BIGINT NOT NULL DEFAULT 0;
