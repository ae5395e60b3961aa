ALTER TABLE organisation_keys DROP COLUMN secret_sealed_to_previous;
ALTER TABLE submissions DROP COLUMN org_key_id;
