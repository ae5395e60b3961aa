//! The start-up check of every setting: each wrong value is refused with an
//! error that names its key. It only reads the configuration; it never fixes a
//! value or touches the file system.

use super::{is_onion_address, Config, ConfigError};

impl Config {
    pub fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |key, problem: &str| ConfigError::Invalid {
            key,
            problem: problem.into(),
        };
        if self.port == 0 {
            return Err(invalid("port", "must be between 1 and 65535"));
        }
        if let Some(url) = &self.database_url {
            if !(url.is_empty()
                || url.starts_with("sqlite://")
                || url.starts_with("postgres://")
                || url.starts_with("postgresql://"))
            {
                return Err(invalid(
                    "database_url",
                    "must start with sqlite:// or postgres://",
                ));
            }
        }
        if !(self.quick_exit_url.starts_with("https://")
            || self.quick_exit_url.starts_with("http://"))
            || self.quick_exit_url.contains(['"', '<', '>', ' '])
        {
            return Err(invalid(
                "quick_exit_url",
                "must be an http:// or https:// address",
            ));
        }
        if let Some(url) = &self.public_url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err(invalid(
                    "public_url",
                    "must be an http:// or https:// address",
                ));
            }
        }
        if !(5..=24 * 60).contains(&self.session_idle_minutes) {
            return Err(invalid(
                "session_idle_minutes",
                "must be between 5 and 1440",
            ));
        }
        if self.client_ip_header.is_empty()
            || !self
                .client_ip_header
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(invalid(
                "client_ip_header",
                "must be a header name such as X-Forwarded-For",
            ));
        }
        if !(1..=24 * 60 * 60).contains(&self.postgres_vacuum_seconds) {
            return Err(invalid(
                "postgres_vacuum_seconds",
                "must be between 1 and 86400",
            ));
        }
        if !(1..=24 * 30).contains(&self.setup_link_hours) {
            return Err(invalid("setup_link_hours", "must be between 1 and 720"));
        }
        if !(1..=24 * 7).contains(&self.session_max_hours) {
            return Err(invalid("session_max_hours", "must be between 1 and 168"));
        }
        if self.session_max_hours * 60 < self.session_idle_minutes {
            return Err(invalid(
                "session_max_hours",
                "must be at least session_idle_minutes",
            ));
        }
        if self.data_dir.as_os_str().is_empty() {
            return Err(invalid("data_dir", "must not be empty"));
        }
        if !(5..=24 * 60).contains(&self.moderation.claim_minutes) {
            return Err(invalid(
                "moderation.claim_minutes",
                "must be between 5 and 1440",
            ));
        }
        if !(1..=365).contains(&self.moderation.waiting_too_long_days) {
            return Err(invalid(
                "moderation.waiting_too_long_days",
                "must be between 1 and 365",
            ));
        }
        if !(1..=1000).contains(&self.moderation.break_after) {
            return Err(invalid(
                "moderation.break_after",
                "must be between 1 and 1000",
            ));
        }
        if self.moderation.daily_cap == Some(0) {
            return Err(invalid("moderation.daily_cap", "must be at least 1"));
        }
        if !(1..=3650).contains(&self.retention.declined_days) {
            return Err(invalid(
                "retention.declined_days",
                "must be between 1 and 3650",
            ));
        }
        if !(1..=3650).contains(&self.retention.withdrawn_days) {
            return Err(invalid(
                "retention.withdrawn_days",
                "must be between 1 and 3650",
            ));
        }
        if !(1..=24 * 60).contains(&self.retention.every_minutes) {
            return Err(invalid(
                "retention.every_minutes",
                "must be between 1 and 1440",
            ));
        }
        if !(1..=26).contains(&self.organisation.reply_within_weeks) {
            return Err(invalid(
                "organisation.reply_within_weeks",
                "must be between 1 and 26",
            ));
        }
        let org = &self.organisation;
        for (key, value) in [
            ("organisation.name", &org.name),
            ("organisation.contact", &org.contact),
            ("organisation.controller", &org.controller),
            ("organisation.ico_registration", &org.ico_registration),
        ] {
            if value.as_deref().is_some_and(|v| v.chars().count() > 200) {
                return Err(invalid(key, "must be at most 200 characters"));
            }
        }
        if let Some(onion) = &org.onion_address {
            if !is_onion_address(onion) {
                return Err(invalid(
                    "organisation.onion_address",
                    "must be a v3 onion address: 56 letters and digits 2-7, then .onion",
                ));
            }
        }
        if !(1..=1000).contains(&self.backups.keep) {
            return Err(invalid("backups.keep", "must be between 1 and 1000"));
        }
        self.languages.validate()?;
        self.lead_alerts
            .validate()
            .map_err(|(key, problem)| ConfigError::Invalid { key, problem })?;
        Ok(())
    }
}
