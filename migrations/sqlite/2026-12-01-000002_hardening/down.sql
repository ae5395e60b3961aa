ALTER TABLE setup_claims DROP COLUMN expires_at;
DROP TABLE pending_maintenance;
DROP TABLE sign_in_backoff;
