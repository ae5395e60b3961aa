DROP TABLE submissions;
DROP TABLE staff_sessions;
DROP TABLE staff;
DROP TABLE setup_claims;
DROP TABLE organisation_keys;
