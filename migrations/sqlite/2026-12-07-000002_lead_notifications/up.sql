-- Safeguarding alerts: whether a lead is owed one, and how the last attempt
-- went. One row. Nothing in it dates an item: `pending` is a flag set in the
-- commit that makes an item urgent and cleared when the alert leaves at a
-- fixed time; `last_slot` is the last fixed time any node looked (whether or
-- not anything was sent); a failure keeps its key and its day only.
CREATE TABLE lead_alerts (
    channel TEXT PRIMARY KEY NOT NULL,
    pending BOOLEAN NOT NULL DEFAULT FALSE,
    sending BOOLEAN NOT NULL DEFAULT FALSE,
    last_slot BIGINT NOT NULL DEFAULT 0,
    failures BIGINT NOT NULL DEFAULT 0,
    failure TEXT,
    failure_day TEXT,
    gave_up BOOLEAN NOT NULL DEFAULT FALSE
);
INSERT INTO lead_alerts (channel) VALUES ('leads');

-- A safeguarding lead's address for alerts, sealed under a key derived from the
-- receipt pepper (in secrets.toml or the environment, never in the database or
-- a backup): a copy of the database shows who has an address, not what it is.
CREATE TABLE lead_alert_addresses (
    staff_id BIGINT PRIMARY KEY NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    sealed_address BLOB NOT NULL
);
