//! Configuration: built-in defaults, then `voices.toml` (or the file named by
//! `VOICES_CONFIG`), then `VOICES_*` environment variables, then command-line flags.
//! Validated once at start-up; an error names the key that is wrong.
//!
//! Secrets (Rocket's cookie key and the receipt pepper) never live in the database:
//! they come from the environment or from `data_dir/secrets.toml`, which is created
//! on first start with mode 0600.

use std::fs;
use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

use crate::crypto::{KdfCost, ReceiptPepper};
use crate::domain::Language;

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
    pub digests: crate::app::digests::DigestConfig,
    /// Safeguarding alerts: the SMTP server, the webhook, the fixed times.
    #[serde(default)]
    pub lead_alerts: crate::outbound::LeadAlertConfig,
    /// `voices backup`: where snapshots go and how many are kept.
    #[serde(default)]
    pub backups: BackupsConfig,
}

/// Where `voices backup` writes its snapshots, and how many it keeps.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupsConfig {
    /// The directory for snapshots; `data_dir/backups` when not set.
    pub dir: Option<PathBuf>,
    /// How many snapshots to keep; older ones are deleted after a new one is written.
    pub keep: u32,
}

impl Default for BackupsConfig {
    fn default() -> Self {
        Self {
            dir: None,
            keep: 14,
        }
    }
}

/// The launch languages survivors are offered. A hidden language is left out of
/// the language switcher and of the choice made from a browser's languages, so
/// an organisation can wait for its native-speaker review; its pages (`/ti/…`)
/// still answer, so links already shared keep working.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguagesConfig {
    /// Language codes to hide, such as `["ti", "ps"]` (or `"ti,ps"` from the
    /// environment). English, the source, cannot be hidden.
    #[serde(deserialize_with = "codes_from_list_or_text")]
    pub hidden: Vec<String>,
}

impl LanguagesConfig {
    /// The hidden languages (validated at start-up, so unknown codes are gone).
    pub fn hidden(&self) -> Vec<Language> {
        self.hidden
            .iter()
            .filter_map(|code| Language::from_code(code.trim()))
            .collect()
    }

    fn validate(&self) -> Result<(), ConfigError> {
        for code in &self.hidden {
            let problem = match Language::from_code(code.trim()) {
                None => format!("unknown language `{code}`: use vi, ar, sq, ro, ti, fa or ps"),
                Some(Language::En) => "English is the source and cannot be hidden".to_owned(),
                Some(_) => continue,
            };
            return Err(ConfigError::Invalid {
                key: "languages.hidden",
                problem,
            });
        }
        Ok(())
    }
}

/// A list of codes, or (from an environment variable) one text with the codes
/// separated by commas or spaces.
fn codes_from_list_or_text<'de, D>(deserializer: D) -> Result<Vec<String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Codes {
        List(Vec<String>),
        Text(String),
    }
    Ok(match Codes::deserialize(deserializer)? {
        Codes::List(codes) => codes,
        Codes::Text(text) => text
            .split([',', ' '])
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
    })
}

/// The organisation that runs this deployment: named on every survivor page and
/// in the privacy notice (`moderation/privacy.toml`). Until `name` and `contact`
/// are set, the staff dashboard says so.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationConfig {
    /// The organisation's name, as survivors would know it.
    pub name: Option<String>,
    /// How to reach it about personal information: an email address, a phone
    /// number or a postal address.
    pub contact: Option<String>,
    /// The data controller's registered name, when it differs from `name`.
    pub controller: Option<String>,
    /// The ICO registration number, if it has one.
    pub ico_registration: Option<String>,
    /// What the organisation promises about the police and immigration
    /// authorities: `not_stated`, `safeguarding_only` or `only_if_the_law_requires`.
    pub police_and_immigration: PoliceAndImmigration,
    /// Weeks within which the team usually answers, as survivors are told.
    pub reply_within_weeks: u32,
    /// The site's onion address (`…56 letters….onion`), when it is also an onion
    /// service: survivor pages reached over the clear web then send an
    /// `Onion-Location` header, so Tor Browser offers the onion address.
    pub onion_address: Option<String>,
}

impl OrganisationConfig {
    /// Whether the details survivors rely on are filled in.
    pub fn is_complete(&self) -> bool {
        let filled = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        filled(&self.name) && filled(&self.contact)
    }
}

/// The organisation's promise about the police and immigration authorities. The
/// default promises nothing: Voices never says more than the organisation keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PoliceAndImmigration {
    /// Survivor pages say plainly that the organisation has not said yet, and
    /// to ask it before writing about immigration status.
    #[default]
    NotStated,
    /// Never immigration; the police or children's services only when someone
    /// is in danger now.
    SafeguardingOnly,
    /// Neither, unless the law requires it.
    OnlyIfTheLawRequires,
}

impl PoliceAndImmigration {
    pub fn as_str(self) -> &'static str {
        match self {
            PoliceAndImmigration::NotStated => "not_stated",
            PoliceAndImmigration::SafeguardingOnly => "safeguarding_only",
            PoliceAndImmigration::OnlyIfTheLawRequires => "only_if_the_law_requires",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModerationConfig {
    /// Minutes a claim on an item lasts before it is released.
    pub claim_minutes: u64,
    /// Items opened in a day after which a moderator is offered a break (an admin
    /// can change it on the settings page).
    pub break_after: u32,
    /// Items a moderator may open in a day: 20 by default (an admin can change
    /// it, or lift it, on the settings page).
    pub daily_cap: Option<u32>,
    /// Publication needs two different moderators (an admin can change it).
    pub two_person_publication: bool,
    /// Days an item may wait unopened before the queue shows it at the top as
    /// "waiting too long", whatever its level (dates are kept to the day, so 2
    /// means received two or more calendar days ago).
    #[serde(default = "default_waiting_too_long_days")]
    pub waiting_too_long_days: u32,
}

fn default_waiting_too_long_days() -> u32 {
    2
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionConfig {
    /// Days after a decline before the words are destroyed.
    pub declined_days: u32,
    /// Days after a withdrawal before even the content-free record is deleted
    /// (until then the receipt code can say "deleted").
    pub withdrawn_days: u32,
    /// Minutes between runs of the retention job (expired claims too).
    pub every_minutes: u64,
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

/// A database URL without its password.
fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            let user = credentials.split(':').next().unwrap_or("");
            format!("{}{}:<secret>{}", &url[..scheme + 3], user, &url[at..])
        }
        _ => url.to_owned(),
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
const NESTED_ENV_KEYS: [(&str, &str); 34] = [
    ("digests_delay_days", "digests.delay_days"),
    ("digests_practitioner_only", "digests.practitioner_only"),
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

const ENV_KEYS: [&str; 18] = [
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
    "limits_enabled",
    "log_timestamps",
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
            .merge(Env::prefixed("VOICES_").filter_map(|key| {
                let key = key.as_str().to_ascii_lowercase();
                if let Some((_, nested)) = NESTED_ENV_KEYS.iter().find(|(env, _)| *env == key) {
                    Some(nested.to_string().into())
                } else if ENV_KEYS.contains(&key.as_str()) {
                    Some(key.into())
                } else {
                    None
                }
            }))
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

    /// Where `voices backup` writes: `backups.dir`, or `data_dir/backups`.
    pub fn backups_dir(&self) -> PathBuf {
        self.backups
            .dir
            .clone()
            .unwrap_or_else(|| self.data_dir.join("backups"))
    }

    pub fn load(figment: Figment) -> Result<Self, ConfigError> {
        let config: Config = figment.extract().map_err(Box::new)?;
        config.validate()?;
        Ok(config)
    }

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

    /// Whether `moderation_dir` is the default (then a binary run where that
    /// directory does not exist uses its built-in policy).
    pub fn moderation_dir_is_default(&self) -> bool {
        self.moderation_dir == Config::default().moderation_dir
    }

    /// Which database to use: `database_url` if set, else SQLite in the data dir.
    pub fn database(&self) -> DatabaseTarget {
        match self.database_url.as_deref() {
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                DatabaseTarget::Postgres(url.to_owned())
            }
            Some(url) if url.starts_with("sqlite://") => {
                DatabaseTarget::Sqlite(PathBuf::from(url.trim_start_matches("sqlite://")))
            }
            _ => DatabaseTarget::Sqlite(self.data_dir.join("voices.sqlite")),
        }
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

    /// Creates the data directory if needed and resolves the two secrets: from
    /// configuration when given, otherwise from `secrets.toml`, generating it (0600)
    /// on first start.
    pub fn secrets(&self) -> Result<Secrets, ConfigError> {
        create_private_dir(&self.data_dir).map_err(|e| ConfigError::Invalid {
            key: "data_dir",
            problem: format!("cannot create {}: {e}", self.data_dir.display()),
        })?;
        let path = self.data_dir.join("secrets.toml");
        let stored = load_or_create_secrets_file(&path)?;
        let secret_key = decode_secret(
            "secret_key",
            self.secret_key.as_deref(),
            &stored.secret_key,
            64,
        )?;
        let pepper = decode_secret(
            "receipt_pepper",
            self.receipt_pepper.as_deref(),
            &stored.receipt_pepper,
            32,
        )?;
        Ok(Secrets {
            cookie_key: zeroize::Zeroizing::new(secret_key),
            receipt_pepper: ReceiptPepper::from_bytes(&pepper).map_err(|_| {
                ConfigError::Invalid {
                    key: "receipt_pepper",
                    problem: "must be 32 bytes".into(),
                }
            })?,
        })
    }
}

/// The configuration file the Debian package installs, read when the working
/// directory has no `voices.toml`.
pub const INSTALLED_CONFIG: &str = "/etc/voices/voices.toml";

/// A v3 onion service's host name: 56 base32 characters (lower case, digits
/// 2-7) and `.onion`.
pub fn is_onion_address(host: &str) -> bool {
    host.strip_suffix(".onion").is_some_and(|name| {
        name.len() == 56
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b))
    })
}

pub enum DatabaseTarget {
    Sqlite(PathBuf),
    Postgres(String),
}

/// The resolved secrets. Prints nothing; the cookie key is wiped when dropped.
pub struct Secrets {
    pub cookie_key: zeroize::Zeroizing<Vec<u8>>,
    pub receipt_pepper: ReceiptPepper,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secrets(<secret>)")
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SecretsFile {
    secret_key: String,
    receipt_pepper: String,
}

fn decode_secret(
    key: &'static str,
    configured: Option<&str>,
    stored: &str,
    len: usize,
) -> Result<Vec<u8>, ConfigError> {
    let text = configured.unwrap_or(stored);
    let bytes = STANDARD
        .decode(text.trim())
        .map_err(|_| ConfigError::Invalid {
            key,
            problem: "must be base64".into(),
        })?;
    if bytes.len() != len {
        return Err(ConfigError::Invalid {
            key,
            problem: format!("must decode to {len} bytes, not {}", bytes.len()),
        });
    }
    Ok(bytes)
}

fn load_or_create_secrets_file(path: &Path) -> Result<SecretsFile, ConfigError> {
    let problem = |problem: String| ConfigError::Secrets {
        path: path.to_owned(),
        problem,
    };
    match fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map_err(|e| problem(e.to_string())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let secrets = SecretsFile {
                secret_key: STANDARD.encode(crate::crypto::random_bytes(64)),
                receipt_pepper: STANDARD.encode(crate::crypto::random_bytes(32)),
            };
            let text = format!(
                "# Generated by Voices on first start. Keep it private (mode 0600), with two copies\n\
                 # offline, apart from the database backups: without it no receipt code works.\n{}",
                toml::to_string(&secrets).map_err(|e| problem(e.to_string()))?
            );
            write_private(path, text.as_bytes()).map_err(|e| problem(e.to_string()))?;
            Ok(secrets)
        }
        Err(e) => Err(problem(e.to_string())),
    }
}

/// Makes every file and directory this process creates private to its owner
/// (umask 077): SQLite's database, `-wal` and `-shm` files, backups and anything a
/// library writes would otherwise get the usual 0644. Called first thing by the
/// `voices` command.
pub fn restrict_new_files() {
    #[cfg(unix)]
    {
        rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    }
}

/// Warns when the data directory can be read or entered by anyone but its owner
/// (one made before Voices, or by hand). Voices does not change it: the operator
/// may have a reason, but should know.
pub fn warn_if_data_dir_is_open(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = fs::metadata(path) {
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                tracing::warn!(
                    "the data directory {} has mode {:o}: other users on this machine can see into it; run `chmod 700 {}`",
                    path.display(),
                    mode,
                    path.display()
                );
            }
        }
    }
}

/// Creates the data directory readable only by its owner (the database files
/// inside are encrypted where it matters, but their metadata is nobody's business).
pub fn create_private_dir(path: &Path) -> std::io::Result<()> {
    if path.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path)
}

/// Writes a file readable only by its owner, creating it exclusively.
pub fn write_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figment_with(pairs: &[(&str, &str)]) -> Figment {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        for (key, value) in pairs {
            figment = figment.merge(Toml::string(&format!("{key} = {value}")));
        }
        figment
    }

    #[test]
    fn defaults_are_valid() {
        let config = Config::load(figment_with(&[])).unwrap();
        assert_eq!(config.port, 8000);
        assert!(config.limits.enabled);
        assert!(
            matches!(config.database(), DatabaseTarget::Sqlite(p) if p.ends_with("voices.sqlite"))
        );
    }

    #[test]
    fn a_bad_value_names_its_key() {
        let err = Config::load(figment_with(&[("port", "\"eighty\"")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("port"), "{err}");
        let err = Config::load(figment_with(&[("database_url", "\"mysql://x\"")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("database_url"), "{err}");
        let err = Config::load(figment_with(&[(
            "quick_exit_url",
            "\"javascript:alert(1)\"",
        )]))
        .unwrap_err()
        .to_string();
        assert!(err.contains("quick_exit_url"), "{err}");
        let err = Config::load(figment_with(&[("prot", "80")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("prot"), "{err}");
        for (key, value) in [
            ("client_ip_header", "\"X Forwarded For\""),
            ("postgres_vacuum_seconds", "0"),
            ("setup_link_hours", "0"),
            ("session_max_hours", "0"),
        ] {
            let err = Config::load(figment_with(&[(key, value)]))
                .unwrap_err()
                .to_string();
            assert!(err.contains(key), "{key}: {err}");
        }
        let err = Config::load(figment_with(&[("log", "{ timestamps = \"sometimes\" }")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("timestamps"), "{err}");
    }

    #[test]
    fn hidden_languages_are_known_translations() {
        let config = Config::load(figment_with(&[(
            "languages",
            "{ hidden = [\"ti\", \"PS\"] }",
        )]))
        .unwrap();
        assert_eq!(config.languages.hidden(), [Language::Ti, Language::Ps]);
        // From the environment the list is one text.
        let config =
            Config::load(figment_with(&[("languages", "{ hidden = \"ti, fa\" }")])).unwrap();
        assert_eq!(config.languages.hidden(), [Language::Ti, Language::Fa]);
        for (value, problem) in [
            ("[\"de\"]", "unknown language `de`"),
            ("[\"en\"]", "English"),
        ] {
            let err = Config::load(figment_with(&[(
                "languages",
                &format!("{{ hidden = {value} }}"),
            )]))
            .unwrap_err()
            .to_string();
            assert!(
                err.contains("languages.hidden") && err.contains(problem),
                "{err}"
            );
        }
        assert!(Config::load(figment_with(&[]))
            .unwrap()
            .languages
            .hidden()
            .is_empty());
    }

    #[test]
    fn debug_output_hides_the_secrets() {
        let config = Config {
            secret_key: Some("c2VjcmV0LWtleS1jYW5hcnk=".into()),
            receipt_pepper: Some("cGVwcGVyLWNhbmFyeQ==".into()),
            database_url: Some("postgres://voices:hunter2@db/voices".into()),
            lead_alerts: crate::outbound::LeadAlertConfig {
                smtp_password: Some("smtp-canary".into()),
                webhook_url: Some("https://hooks.example.org/webhook-canary".into()),
                ..Default::default()
            },
            ..Config::default()
        };
        let printed = format!("{config:?}");
        assert!(
            !printed.contains("c2VjcmV0")
                && !printed.contains("cGVwcGVy")
                && !printed.contains("hunter2")
                && !printed.contains("smtp-canary")
                && !printed.contains("webhook-canary"),
            "{printed}"
        );
        assert!(
            printed.contains("postgres://voices:<secret>@db/voices"),
            "{printed}"
        );
    }

    #[test]
    // figment's `Jail` closure returns its own (large) error type.
    #[allow(clippy::result_large_err)]
    fn lead_alert_settings_come_from_the_environment_and_are_checked() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("VOICES_LEAD_ALERTS_SMTP_HOST", "mail.example.org");
            jail.set_env("VOICES_LEAD_ALERTS_SMTP_PORT", "2525");
            jail.set_env("VOICES_LEAD_ALERTS_SMTP_TLS", "tls");
            jail.set_env("VOICES_LEAD_ALERTS_SMTP_USERNAME", "voices");
            jail.set_env("VOICES_LEAD_ALERTS_SMTP_PASSWORD", "from-the-env");
            jail.set_env("VOICES_LEAD_ALERTS_FROM", "Voices <voices@example.org>");
            jail.set_env("VOICES_LEAD_ALERTS_EVERY_MINUTES", "30");
            jail.set_env(
                "VOICES_LEAD_ALERTS_WEBHOOK_URL",
                "https://chat.example.org/h",
            );
            let alerts = Config::load(Config::figment()).unwrap().lead_alerts;
            assert_eq!(alerts.smtp_host.as_deref(), Some("mail.example.org"));
            assert_eq!(alerts.smtp_port, Some(2525));
            assert_eq!(alerts.smtp_tls, crate::outbound::SmtpTls::Tls);
            assert_eq!(alerts.smtp_password.as_deref(), Some("from-the-env"));
            assert_eq!(alerts.every_minutes, 30);
            assert!(alerts.webhook_url.is_some());
            jail.set_env("VOICES_LEAD_ALERTS_EVERY_MINUTES", "7");
            let err = Config::load(Config::figment()).unwrap_err().to_string();
            assert!(err.contains("lead_alerts.every_minutes"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn secrets_file_is_created_private_and_reused() {
        crate::crypto::init().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let config = Config {
            data_dir: dir.path().join("data"),
            ..Config::default()
        };
        let first = config.secrets().unwrap();
        let second = config.secrets().unwrap();
        assert_eq!(first.cookie_key, second.cookie_key);
        assert_eq!(first.cookie_key.len(), 64);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(config.data_dir.join("secrets.toml"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let bad = Config {
            secret_key: Some("c2hvcnQ=".into()),
            ..config.clone()
        };
        assert!(bad
            .secrets()
            .unwrap_err()
            .to_string()
            .contains("secret_key"));
    }
}
