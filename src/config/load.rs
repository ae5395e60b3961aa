//! Loading: the layers (defaults, the one configuration file, `VOICES_*`
//! variables, `DATABASE_URL`), which variables set which key, and why loading
//! failed. Checking the values is `validate.rs`; nothing here writes a file.

use std::path::PathBuf;

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;

use super::Config;

/// Why configuration could not be loaded. The message always names the key or file.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0}")]
    Figment(#[from] Box<figment::Error>),
    #[error("configuration key `{key}`: {problem}")]
    Invalid { key: &'static str, problem: String },
    #[error("secrets file {path}: {problem}")]
    Secrets { path: PathBuf, problem: String },
}

/// `VOICES_*` variables for nested settings, and the key each sets.
pub(super) const NESTED_ENV_KEYS: [(&str, &str); 36] = [
    ("digests_delay_days", "digests.delay_days"),
    ("digests_every_minutes", "digests.every_minutes"),
    ("digests_practitioner_only", "digests.practitioner_only"),
    (
        "digests_token_requests_per_minute",
        "digests.token_requests_per_minute",
    ),
    ("limits_enabled", "limits.enabled"),
    ("log_timestamps", "log.timestamps"),
    ("moderation_claim_minutes", "moderation.claim_minutes"),
    ("moderation_break_after", "moderation.break_after"),
    ("moderation_daily_cap", "moderation.daily_cap"),
    (
        "moderation_two_person_publication",
        "moderation.two_person_publication",
    ),
    (
        "moderation_waiting_too_long_days",
        "moderation.waiting_too_long_days",
    ),
    ("retention_declined_days", "retention.declined_days"),
    ("retention_withdrawn_days", "retention.withdrawn_days"),
    ("retention_every_minutes", "retention.every_minutes"),
    ("organisation_name", "organisation.name"),
    ("organisation_contact", "organisation.contact"),
    ("organisation_controller", "organisation.controller"),
    (
        "organisation_ico_registration",
        "organisation.ico_registration",
    ),
    (
        "organisation_police_and_immigration",
        "organisation.police_and_immigration",
    ),
    (
        "organisation_reply_within_weeks",
        "organisation.reply_within_weeks",
    ),
    ("languages_hidden", "languages.hidden"),
    ("organisation_onion_address", "organisation.onion_address"),
    ("backups_dir", "backups.dir"),
    ("backups_keep", "backups.keep"),
    // Safeguarding alerts.
    ("lead_alerts_every_minutes", "lead_alerts.every_minutes"),
    ("lead_alerts_give_up_after", "lead_alerts.give_up_after"),
    ("lead_alerts_smtp_host", "lead_alerts.smtp_host"),
    ("lead_alerts_smtp_port", "lead_alerts.smtp_port"),
    ("lead_alerts_smtp_tls", "lead_alerts.smtp_tls"),
    ("lead_alerts_smtp_username", "lead_alerts.smtp_username"),
    ("lead_alerts_smtp_password", "lead_alerts.smtp_password"),
    ("lead_alerts_from", "lead_alerts.from"),
    ("lead_alerts_ca_file", "lead_alerts.ca_file"),
    ("lead_alerts_webhook_url", "lead_alerts.webhook_url"),
    (
        "lead_alerts_webhook_language",
        "lead_alerts.webhook_language",
    ),
    ("lead_alerts_timeout_seconds", "lead_alerts.timeout_seconds"),
];

/// `VOICES_*` variables for top-level settings, each named after its key.
pub(super) const ENV_KEYS: [&str; 16] = [
    "data_dir",
    "address",
    "port",
    "database_url",
    "moderation_dir",
    "moderation_override_dir",
    "quick_exit_url",
    "trusted_proxies",
    "public_url",
    "session_idle_minutes",
    "secret_key",
    "receipt_pepper",
    "client_ip_header",
    "postgres_vacuum_seconds",
    "setup_link_hours",
    "session_max_hours",
];

impl Config {
    /// The layered figment: defaults < config file < `VOICES_*` env < `DATABASE_URL`.
    pub fn figment() -> Figment {
        Figment::from(Serialized::defaults(Config::default()))
            .merge(Toml::file(Self::file_in_use()))
            .merge(
                Env::prefixed("VOICES_")
                    .filter_map(|name| env_key(name.as_str()).map(|key| key.to_owned().into())),
            )
            .merge(
                Env::raw()
                    .only(&["DATABASE_URL"])
                    .map(|_| "database_url".into()),
            )
    }

    /// The one configuration file read: the file named by `VOICES_CONFIG`;
    /// otherwise `./voices.toml` when it exists; otherwise the installed
    /// [`INSTALLED_CONFIG`]. Only one is read, never both (the working
    /// directory's file wins).
    pub fn file_in_use() -> PathBuf {
        if let Ok(file) = std::env::var("VOICES_CONFIG") {
            return PathBuf::from(file);
        }
        let local = PathBuf::from("voices.toml");
        if local.exists() {
            local
        } else {
            PathBuf::from(INSTALLED_CONFIG)
        }
    }

    pub fn load(figment: Figment) -> Result<Self, ConfigError> {
        let config: Config = figment.extract().map_err(Box::new)?;
        config.validate()?;
        Ok(config)
    }
}

/// The key a `VOICES_*` variable sets, named without the prefix and in any
/// case (`DIGESTS_EVERY_MINUTES` sets `digests.every_minutes`); `None` for a
/// variable that sets nothing.
pub(super) fn env_key(name: &str) -> Option<&'static str> {
    let name = name.to_ascii_lowercase();
    NESTED_ENV_KEYS
        .iter()
        .find(|(env, _)| *env == name)
        .map(|(_, key)| *key)
        .or_else(|| ENV_KEYS.iter().find(|env| **env == name).copied())
}

/// The configuration file the Debian package installs, read when the working
/// directory has no `voices.toml`.
pub const INSTALLED_CONFIG: &str = "/etc/voices/voices.toml";
