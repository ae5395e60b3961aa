-- Facts, digest quotes, published stories and messages are written in the same
-- transaction as a staff audit event that names the submission. Their ids are
-- now drawn at random by Voices (`crypto::random_row_id`) rather than counted up,
-- so ordering rows by id no longer pairs them with the events, and so with the
-- submission. Rows written before keep their ids (the encrypted review records
-- point to them).
--
-- Messages keep their order in a conversation by a position counted per
-- submission (the submission is named on the row already).
ALTER TABLE messages ADD COLUMN position BIGINT NOT NULL DEFAULT 0;
UPDATE messages SET position = id;
DROP INDEX messages_submission;
CREATE INDEX messages_submission ON messages (submission_id, position);

-- Stories are listed newest month first, and within a month in the order of
-- their random ids (no order at all); a theme's list needs the month beside it.
ALTER TABLE published_themes ADD COLUMN month TEXT NOT NULL DEFAULT '';
UPDATE published_themes SET month = (
    SELECT published_stories.month FROM published_stories
    WHERE published_stories.id = published_themes.story_id
);
DROP INDEX published_stories_language;
CREATE INDEX published_stories_language ON published_stories (language, month, id);
CREATE INDEX published_stories_month ON published_stories (month, id);
DROP INDEX published_themes_theme;
DROP INDEX published_themes_theme_language;
CREATE INDEX published_themes_theme ON published_themes (theme, month, story_id);
CREATE INDEX published_themes_theme_language ON published_themes (theme, language, month, story_id);
