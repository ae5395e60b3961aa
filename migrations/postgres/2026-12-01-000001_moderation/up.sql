-- Moderation: the review queue, claims, messages, edited versions, publication,
-- staff languages and invitations, settings, job leases and the audit log.

-- Queue order and claims. `priority` is the safeguarding level found at intake
-- (0 none, 1 concern, 2 urgent), the only result of reading the words that is kept
-- in clear. A claim is a lock with an expiry, taken by a conditional UPDATE on
-- `version`, so two moderators on two nodes never hold one item.
ALTER TABLE submissions ADD COLUMN priority BIGINT NOT NULL DEFAULT 0;
ALTER TABLE submissions ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE submissions ADD COLUMN claimed_by BIGINT;
ALTER TABLE submissions ADD COLUMN claim_expires_at BIGINT;
-- The day of the last change of state (retention counts from it).
ALTER TABLE submissions ADD COLUMN changed_on TEXT;
-- Who declined it, so a second look goes to someone else; whether the one second
-- look was used.
ALTER TABLE submissions ADD COLUMN declined_by BIGINT;
ALTER TABLE submissions ADD COLUMN second_look_used BOOLEAN NOT NULL DEFAULT FALSE;
-- With the two-person rule on, who asked for publication first.
ALTER TABLE submissions ADD COLUMN publish_requested_by BIGINT;
-- The survivor wrote or decided something the team has not seen yet.
ALTER TABLE submissions ADD COLUMN survivor_waiting BOOLEAN NOT NULL DEFAULT FALSE;
-- The moderation record (confirmed themes, content warnings, checklist, the id of
-- the published story), encrypted with the submission's data key.
ALTER TABLE submissions ADD COLUMN review BYTEA;
-- The organisation key that was active when the data key was made: a data key
-- older than the active key is replaced the next time the survivor opens the
-- receipt page.
ALTER TABLE submissions ADD COLUMN data_key_era BIGINT;
UPDATE submissions SET data_key_era = org_key_id;
-- Which list of the queue an item is on (0 needs action, 1 waits for the
-- survivor, 2 done, 3 not published, 9 withdrawn), kept with the state, so each
-- list is one range of an index, read in order without sorting.
ALTER TABLE submissions ADD COLUMN queue_group BIGINT NOT NULL DEFAULT 0;
-- The queue reads only these columns: indexes that hold them all answer it
-- without touching the rows, whose encrypted payloads make them large.
CREATE INDEX submissions_queue ON submissions
    (queue_group, priority, id, language, kind, state, received_on, claimed_by, claim_expires_at, survivor_waiting);
-- Counting a list's items by level and language, without reading the list.
CREATE INDEX submissions_counts ON submissions (queue_group, priority, language);
CREATE INDEX submissions_waiting ON submissions
    (survivor_waiting, priority, id, language, kind, state, received_on, claimed_by, claim_expires_at);

-- Messages between the team and the survivor, encrypted with the data key, so
-- both sides can read them and nobody else can. The day only: never a time.
CREATE TABLE messages (
    id BIGSERIAL PRIMARY KEY NOT NULL,
    submission_id BIGINT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    sent_on TEXT NOT NULL,
    body BYTEA NOT NULL
);
CREATE INDEX messages_submission ON messages (submission_id, id);

-- Edited versions proposed to the survivor, encrypted with the data key.
CREATE TABLE proposals (
    id BIGSERIAL PRIMARY KEY NOT NULL,
    submission_id BIGINT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    proposed_on TEXT NOT NULL,
    body BYTEA NOT NULL
);
CREATE INDEX proposals_submission ON proposals (submission_id, id);

-- Notes staff keep on an item (what the safeguarding lead did), sealed to the
-- organisation key: the survivor's receipt code does not open them.
CREATE TABLE staff_notes (
    id BIGSERIAL PRIMARY KEY NOT NULL,
    submission_id BIGINT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    staff_id BIGINT NOT NULL,
    written_at TEXT NOT NULL,
    body BYTEA NOT NULL
);
CREATE INDEX staff_notes_submission ON staff_notes (submission_id, id);

-- Published stories: the approved, redacted wording in clear, because it is
-- public. Nothing here links back to the submission; the link needed to remove a
-- story on withdrawal is inside the submission's envelope.
CREATE TABLE published_stories (
    id BIGSERIAL PRIMARY KEY NOT NULL,
    language TEXT NOT NULL,
    kind TEXT NOT NULL,
    month TEXT NOT NULL,
    content_warnings TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX published_stories_language ON published_stories (language, id);
-- A story's themes, with its language again, so a page of stories by theme (and
-- language) is one range of an index, read newest first.
CREATE TABLE published_themes (
    story_id BIGINT NOT NULL REFERENCES published_stories (id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    language TEXT NOT NULL,
    PRIMARY KEY (story_id, theme)
);
CREATE INDEX published_themes_theme ON published_themes (theme, story_id);
CREATE INDEX published_themes_theme_language ON published_themes (theme, language, story_id);

-- The languages a staff member reads, and the language of their pages.
ALTER TABLE staff ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN ui_language TEXT;

-- One-time invitations: the organisation secret key wrapped under the invitation
-- token (NULL for roles that never hold it), found by the token's hash.
CREATE TABLE invitations (
    id BIGSERIAL PRIMARY KEY NOT NULL,
    token_hash BYTEA NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    languages TEXT NOT NULL,
    wrapped_org_secret BYTEA,
    expires_at BIGINT NOT NULL,
    invited_by BIGINT NOT NULL
);

-- Settings an admin changes from the staff pages, shared by every node.
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Which node runs a scheduled job, until when: the job runs once per turn across
-- every node.
CREATE TABLE job_leases (
    job TEXT PRIMARY KEY NOT NULL,
    holder TEXT NOT NULL,
    until_at BIGINT NOT NULL
);

-- Single-use links to a receipt page (so the code never travels in a URL): the
-- token's hash and, sealed under a key derived from the token, the code and the
-- link's expiry. Only the day it was made is in clear, for sweeping.
CREATE TABLE receipt_tickets (
    id_hash BYTEA PRIMARY KEY NOT NULL,
    sealed BYTEA NOT NULL,
    made_on TEXT NOT NULL
);

-- The audit log: two append-only hash chains. Staff events carry the minute;
-- survivor events carry the day only, in a chain of their own, so their order
-- among timed staff events cannot date a survivor's visit. No submission text.
CREATE TABLE staff_events (
    id BIGSERIAL PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,
    staff_id BIGINT,
    action TEXT NOT NULL,
    submission_id BIGINT,
    detail TEXT NOT NULL,
    prev_hash BYTEA NOT NULL,
    hash BYTEA NOT NULL
);
CREATE INDEX staff_events_submission ON staff_events (submission_id, id);
CREATE INDEX staff_events_staff ON staff_events (staff_id, at);
CREATE TABLE survivor_events (
    id BIGSERIAL PRIMARY KEY NOT NULL,
    day TEXT NOT NULL,
    action TEXT NOT NULL,
    submission_id BIGINT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash BYTEA NOT NULL,
    hash BYTEA NOT NULL
);
CREATE INDEX survivor_events_submission ON survivor_events (submission_id, id);
-- The newest event of each chain: appending locks this row, and `voices audit
-- verify` checks that nothing after it was cut off.
CREATE TABLE audit_heads (
    chain TEXT PRIMARY KEY NOT NULL,
    last_id BIGINT NOT NULL,
    last_hash BYTEA NOT NULL
);
INSERT INTO audit_heads (chain, last_id, last_hash) VALUES
    ('staff', 0, decode(repeat('00', 32), 'hex')),
    ('survivor', 0, decode(repeat('00', 32), 'hex'));
