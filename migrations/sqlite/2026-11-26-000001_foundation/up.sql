-- The organisation's public keys. The secret half is never stored in clear: see
-- setup_claims (until the first admin exists), staff.key_wrap and
-- staff_sessions.wrapped_org_secret.
CREATE TABLE organisation_keys (
    id BIGINT PRIMARY KEY NOT NULL,
    public_key BLOB NOT NULL,
    created_on TEXT NOT NULL,
    retired BOOLEAN NOT NULL DEFAULT FALSE
);

-- At most one pending first-admin setup: the organisation secret key wrapped under
-- the setup token, found by the token's hash. Deleted when the first admin claims it.
CREATE TABLE setup_claims (
    id BIGINT PRIMARY KEY NOT NULL,
    token_hash BLOB NOT NULL UNIQUE,
    wrapped_org_secret BLOB NOT NULL
);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    -- Argon2id + secretbox wrap of the organisation secret key (or, for roles that
    -- never hold it, of a throwaway key that only proves the passphrase). NULL once
    -- the person is disabled.
    key_wrap BLOB,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_on TEXT NOT NULL
);

CREATE TABLE staff_sessions (
    -- A hash of the secret in the staff member's cookie.
    id BLOB PRIMARY KEY NOT NULL,
    staff_id BIGINT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    -- The organisation secret key wrapped under a key only the cookie can derive.
    wrapped_org_secret BLOB,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);

-- What a submission looks like from outside the envelope: kind, language, state and
-- the day it arrived. `id` is the ordering sequence; no precise time is stored.
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    receipt_hash BLOB NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    state TEXT NOT NULL,
    received_on TEXT NOT NULL,
    org_sealed_key BLOB,
    receipt_wrapped_key BLOB,
    payload BLOB
);
CREATE INDEX submissions_state ON submissions (state);
