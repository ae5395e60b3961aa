DROP TABLE lead_alert_addresses;
DROP TABLE lead_alerts;
