-- Which organisation key sealed each submission's data key, so a key rotation can
-- find what still needs re-sealing, and resume after an interruption.
ALTER TABLE submissions ADD COLUMN org_key_id BIGINT;
UPDATE submissions SET org_key_id = (SELECT MAX(id) FROM organisation_keys WHERE retired = FALSE)
    WHERE org_sealed_key IS NOT NULL;
-- During a rotation, the new key's secret sealed to the previous public key, so any
-- holder of the previous key can finish an interrupted rotation. Cleared at the end.
ALTER TABLE organisation_keys ADD COLUMN secret_sealed_to_previous BYTEA;
