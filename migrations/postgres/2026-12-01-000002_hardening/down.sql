DROP TABLE pending_maintenance;
DROP TABLE sign_in_backoff;
