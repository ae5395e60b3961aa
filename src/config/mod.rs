//! Configuration: built-in defaults, then `voices.toml` (or the file named by
//! `VOICES_CONFIG`), then `VOICES_*` environment variables, then command-line flags.
//! Validated once at start-up; an error names the key that is wrong.
//!
//! Secrets (Rocket's cookie key and the receipt pepper) never live in the database:
//! they come from the environment or from `data_dir/secrets.toml`, which is created
//! on first start with mode 0600.
//!
//! Each section an operator writes (`[organisation]`, `[moderation]`, `[digests]`…)
//! has its type here, in a file named after it. Nothing here opens the database,
//! serves a page or reaches into `app`, `storage`, `policy`, `web` or `error`.

mod backups;
mod database;
mod digests;
mod files;
mod languages;
mod load;
mod moderation;
mod organisation;
mod secrets;
#[cfg(test)]
mod tests;
mod validate;

use std::net::IpAddr;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::crypto::KdfCost;
use database::redact_url;
use moderation::default_waiting_too_long_days;

pub use backups::BackupsConfig;
pub use database::DatabaseTarget;
pub use digests::DigestConfig;
pub use files::{create_private_dir, restrict_new_files, warn_if_data_dir_is_open, write_private};
pub use languages::LanguagesConfig;
pub use load::{ConfigError, INSTALLED_CONFIG};
pub use moderation::{ModerationConfig, RetentionConfig};
pub use organisation::{is_onion_address, OrganisationConfig, PoliceAndImmigration};
pub use secrets::Secrets;

#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where the SQLite database and the secrets file live.
    pub data_dir: PathBuf,
    pub address: IpAddr,
    pub port: u16,
    /// `sqlite://PATH` or `postgres://...`; empty means SQLite in `data_dir`.
    pub database_url: Option<String>,
    /// The moderation policy files (themes, resources, guidelines).
    pub moderation_dir: PathBuf,
    /// Policy files that replace those in `moderation_dir` one file at a time
    /// (the package installs the defaults read-only under
    /// `/usr/share/voices/moderation` and reads edits from `/etc/voices/moderation`).
    pub moderation_override_dir: Option<PathBuf>,
    pub limits: LimitsConfig,
    /// The neutral site the quick-exit control leads to.
    pub quick_exit_url: String,
    /// Peers whose forwarding header (`client_ip_header`) is believed. Empty by
    /// default, since any client can write that header.
    pub trusted_proxies: Vec<IpAddr>,
    /// The address people reach Voices at, used in the printed setup link and to
    /// mark cookies `Secure` when it is `https://`.
    pub public_url: Option<String>,
    /// Minutes of inactivity after which a staff session ends.
    pub session_idle_minutes: u64,
    /// Rocket's cookie key (base64, 64 bytes). Prefer `VOICES_SECRET_KEY` or the
    /// secrets file to writing it in `voices.toml`.
    pub secret_key: Option<String>,
    /// Key for receipt hashes (base64, 32 bytes). Same advice.
    pub receipt_pepper: Option<String>,
    /// The review queue: claims and moderator wellbeing.
    pub moderation: ModerationConfig,
    /// How long declined and withdrawn items are kept.
    pub retention: RetentionConfig,
    /// Argon2id cost. Not configurable from files or the environment; tests in debug
    /// builds lower it in code.
    #[serde(skip)]
    pub kdf_cost: KdfCost,
    /// How log lines are written.
    pub log: LogConfig,
    /// The one header, set by the trusted proxies, that names the client's address.
    /// Every line of it is read; the rightmost address that is not a trusted proxy
    /// is the client.
    pub client_ip_header: String,
    /// PostgreSQL only: at most how often (seconds) the tables are rewritten
    /// (`VACUUM FULL`) after a withdrawal or a disabled account, so old row
    /// versions holding destroyed content leave the table files.
    pub postgres_vacuum_seconds: u64,
    /// Hours a first-admin setup link works; `voices setup reissue` makes a new one.
    pub setup_link_hours: u64,
    /// Hours after sign-in at which a staff session ends, however active.
    pub session_max_hours: u64,
    /// Who runs this site, and what it promises survivors.
    pub organisation: OrganisationConfig,
    /// Which languages survivors are offered.
    pub languages: LanguagesConfig,
    /// Theme digests: when they are built and who may read them.
    #[serde(default)]
    pub digests: DigestConfig,
    /// Safeguarding alerts: the SMTP server, the webhook, the fixed times.
    #[serde(default)]
    pub lead_alerts: crate::outbound::LeadAlertConfig,
    /// `voices backup`: where snapshots go and how many are kept.
    #[serde(default)]
    pub backups: BackupsConfig,
}

/// Prints every setting except the two secrets.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hidden = |set: bool| {
            if set {
                "<secret>"
            } else {
                "<from secrets file>"
            }
        };
        f.debug_struct("Config")
            .field("data_dir", &self.data_dir)
            .field("address", &self.address)
            .field("port", &self.port)
            .field(
                "database_url",
                &self.database_url.as_ref().map(|u| redact_url(u)),
            )
            .field("moderation_dir", &self.moderation_dir)
            .field("moderation_override_dir", &self.moderation_override_dir)
            .field("limits", &self.limits)
            .field("quick_exit_url", &self.quick_exit_url)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("public_url", &self.public_url)
            .field("session_idle_minutes", &self.session_idle_minutes)
            .field("moderation", &self.moderation)
            .field("retention", &self.retention)
            .field("secret_key", &hidden(self.secret_key.is_some()))
            .field("receipt_pepper", &hidden(self.receipt_pepper.is_some()))
            .field("kdf_cost", &self.kdf_cost)
            .field("log", &self.log)
            .field("client_ip_header", &self.client_ip_header)
            .field("postgres_vacuum_seconds", &self.postgres_vacuum_seconds)
            .field("setup_link_hours", &self.setup_link_hours)
            .field("session_max_hours", &self.session_max_hours)
            .field("organisation", &self.organisation)
            .field("languages", &self.languages)
            .field("digests", &self.digests)
            .field("lead_alerts", &self.lead_alerts)
            .field("backups", &self.backups)
            .finish()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsConfig {
    /// Rate limits on sign-in, receipt look-ups and submissions. Switch off only for
    /// load tests; a warning is logged whenever they are off.
    pub enabled: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogConfig {
    /// Whether Voices stamps its log lines with the time. Turn it off when the
    /// log goes to a journal (systemd, Docker) that stamps lines itself, so the
    /// time is written once. Survivor requests never get a line of their own either way.
    pub timestamps: bool,
}

impl Default for LogConfig {
    fn default() -> Self {
        Self { timestamps: true }
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("data"),
            address: IpAddr::from([127, 0, 0, 1]),
            port: 8000,
            database_url: None,
            moderation_dir: PathBuf::from("moderation"),
            limits: LimitsConfig { enabled: true },
            quick_exit_url: "https://www.bbc.co.uk/weather".into(),
            trusted_proxies: Vec::new(),
            public_url: None,
            session_idle_minutes: 30,
            secret_key: None,
            receipt_pepper: None,
            moderation: ModerationConfig {
                claim_minutes: 30,
                break_after: 10,
                daily_cap: Some(20),
                two_person_publication: false,
                waiting_too_long_days: default_waiting_too_long_days(),
            },
            retention: RetentionConfig {
                declined_days: 30,
                withdrawn_days: 90,
                every_minutes: 60,
            },
            kdf_cost: KdfCost::default(),
            log: LogConfig::default(),
            client_ip_header: "X-Forwarded-For".into(),
            postgres_vacuum_seconds: 60,
            setup_link_hours: 24,
            session_max_hours: 12,
            organisation: OrganisationConfig {
                name: None,
                contact: None,
                controller: None,
                ico_registration: None,
                police_and_immigration: PoliceAndImmigration::NotStated,
                reply_within_weeks: 2,
                onion_address: None,
            },
            languages: LanguagesConfig::default(),
            digests: Default::default(),
            lead_alerts: Default::default(),
            moderation_override_dir: None,
            backups: BackupsConfig::default(),
        }
    }
}

impl Config {
    /// Whether `moderation_dir` is the default (then a binary run where that
    /// directory does not exist uses its built-in policy).
    pub fn moderation_dir_is_default(&self) -> bool {
        self.moderation_dir == Config::default().moderation_dir
    }

    /// The base address for links printed to the operator.
    pub fn public_base(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}:{}", self.address, self.port),
        }
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }
}
