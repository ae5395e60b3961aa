-- Failed staff sign-ins per name tried, whether or not the name exists, so that
-- guessing one account slows down on every node and across restarts, and an
-- unknown name behaves exactly like a known one. The name is kept only as a hash
-- keyed with the receipt pepper (which is not in the database).
CREATE TABLE sign_in_backoff (
    name_hash BYTEA PRIMARY KEY NOT NULL,
    failures BIGINT NOT NULL DEFAULT 0,
    last_failure_at BIGINT NOT NULL DEFAULT 0
);
