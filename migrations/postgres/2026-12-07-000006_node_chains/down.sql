-- Node chains cannot be folded back into one chain without the audit key:
-- after going down, `voices audit verify` reports the shared survivor chain as
-- broken if any node chain held events.
DELETE FROM audit_heads WHERE chain LIKE 'survivor:%';
DROP INDEX survivor_events_chain_position;
ALTER TABLE survivor_events DROP COLUMN position;
ALTER TABLE survivor_events DROP COLUMN chain;
