-- Released digests: the exact bytes published for a period, never changed
-- after release; their hash is in the audit log.
CREATE TABLE digests (
    period TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    released_on TEXT NOT NULL,
    body TEXT NOT NULL,
    content_hash BYTEA NOT NULL
);

-- "You said, we did": what the organisation is doing about a theme of a
-- released digest, written by an admin, one per language.
CREATE TABLE digest_responses (
    id BIGSERIAL PRIMARY KEY NOT NULL,
    period TEXT NOT NULL REFERENCES digests (period),
    theme TEXT NOT NULL,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    written_on TEXT NOT NULL,
    UNIQUE (period, theme, language)
);

-- Bearer tokens for the digest API, issued by an admin and shown once: only a
-- hash keyed with the receipt pepper is kept.
CREATE TABLE api_tokens (
    id BIGSERIAL PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    token_hash BYTEA NOT NULL UNIQUE,
    created_on TEXT NOT NULL,
    revoked BOOLEAN NOT NULL DEFAULT FALSE
);
