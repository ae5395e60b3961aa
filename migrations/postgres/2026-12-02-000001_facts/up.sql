-- Aggregation facts: what a digest counts, written in clear when a moderator
-- approves an item for themes. No submission id, no words, no day: the month of
-- the approval only. The fact's id is kept inside the submission's encrypted
-- review record, so a withdrawal can find and remove it; nothing here leads back.
CREATE TABLE facts (
    id BIGSERIAL PRIMARY KEY NOT NULL,
    month TEXT NOT NULL,
    language TEXT NOT NULL,
    kind TEXT NOT NULL,
    service TEXT,
    region TEXT,
    age_band TEXT,
    -- Confirmed theme keys, separated by spaces.
    themes TEXT NOT NULL,
    -- Feedback answers as question=answer pairs, separated by spaces.
    answers TEXT NOT NULL
);
CREATE INDEX facts_month ON facts (month);

-- Words a survivor allowed to be quoted, in the edited version they approved,
-- kept for digests. Its id is inside the encrypted review record too; a
-- withdrawal removes it at once, even after a digest was released.
CREATE TABLE digest_quotes (
    id BIGSERIAL PRIMARY KEY NOT NULL,
    month TEXT NOT NULL,
    language TEXT NOT NULL,
    themes TEXT NOT NULL,
    content_warnings TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX digest_quotes_month ON digest_quotes (month);
