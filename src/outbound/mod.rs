//! What leaves Voices for the outside world: the safeguarding alert, by e-mail
//! through the organisation's own SMTP server and, optionally, a webhook.
//!
//! This module only carries a text it is given to an address it is given; it
//! never sees an item. What the text may say (nothing about the item: DESIGN
//! rule 11) and when it may leave (at fixed times) is `app::lead_alerts`'s and
//! `domain::alerts`' business. Nothing here logs an address or a URL: errors
//! come back as stable keys.

mod mail;
mod webhook;

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use mail::{parse_address, Mailer};
pub use webhook::Webhook;

use crate::domain::alerts::Outcome;
use crate::domain::Language;

/// `[lead_alerts]` in voices.toml (`VOICES_LEAD_ALERTS_*`).
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct LeadAlertConfig {
    /// Alerts leave only at the start of each slot of this many minutes,
    /// counted from midnight UTC (a divisor of 1440: 15 is each quarter hour).
    pub every_minutes: u32,
    /// Failed attempts in a row (one a slot at most) after which Voices stops
    /// trying, until something else becomes urgent or a test gets through.
    pub give_up_after: u32,
    /// The organisation's SMTP server; e-mail alerts are off while unset.
    pub smtp_host: Option<String>,
    /// Default: 587 for `starttls`, 465 for `tls`, 25 for `none`.
    pub smtp_port: Option<u16>,
    /// `starttls` (default), `tls` (implicit TLS, "SMTPS") or `none` (only to a
    /// server on this machine: `localhost`, `127.0.0.1`, `::1`).
    pub smtp_tls: SmtpTls,
    pub smtp_username: Option<String>,
    /// A secret: never printed.
    pub smtp_password: Option<String>,
    /// The sender, such as `Voices <voices@example.org>`.
    pub from: Option<String>,
    /// A certificate authority (PEM) to trust besides the system's, for a
    /// server whose certificate the organisation issued itself.
    pub ca_file: Option<PathBuf>,
    /// A URL that receives `{"text": "…"}` (Slack, Mattermost, Rocket.Chat;
    /// `content` too, for Discord). A secret (such URLs hold a token): never
    /// printed. `https://`, or `http://` to this machine only.
    pub webhook_url: Option<String>,
    /// The language of the webhook's text (the e-mail is in each lead's own).
    pub webhook_language: String,
    /// How long one delivery may take before it counts as failed.
    pub timeout_seconds: u64,
}

impl Default for LeadAlertConfig {
    fn default() -> Self {
        Self {
            every_minutes: 15,
            give_up_after: 4,
            smtp_host: None,
            smtp_port: None,
            smtp_tls: SmtpTls::Starttls,
            smtp_username: None,
            smtp_password: None,
            from: None,
            ca_file: None,
            webhook_url: None,
            webhook_language: "en".into(),
            timeout_seconds: 20,
        }
    }
}

/// Prints every setting but the password and the webhook URL.
impl std::fmt::Debug for LeadAlertConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hidden = |set: bool| if set { Some("<secret>") } else { None };
        f.debug_struct("LeadAlertConfig")
            .field("every_minutes", &self.every_minutes)
            .field("give_up_after", &self.give_up_after)
            .field("smtp_host", &self.smtp_host)
            .field("smtp_port", &self.smtp_port)
            .field("smtp_tls", &self.smtp_tls)
            .field("smtp_username", &self.smtp_username)
            .field("smtp_password", &hidden(self.smtp_password.is_some()))
            .field("from", &self.from)
            .field("ca_file", &self.ca_file)
            .field("webhook_url", &hidden(self.webhook_url.is_some()))
            .field("webhook_language", &self.webhook_language)
            .field("timeout_seconds", &self.timeout_seconds)
            .finish()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SmtpTls {
    Starttls,
    Tls,
    None,
}

/// Whether `host` is this machine, the only place a plain-text connection may go.
fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The host of an `http://` or `https://` URL.
fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    if let Some(v6) = authority.strip_prefix('[') {
        return v6.split(']').next().unwrap_or("");
    }
    authority.split(':').next().unwrap_or("")
}

/// The key and the problem, for `ConfigError::Invalid`.
pub type ConfigProblem = (&'static str, String);

impl LeadAlertConfig {
    pub fn validate(&self) -> Result<(), ConfigProblem> {
        let bad = |key, problem: &str| Err((key, problem.to_owned()));
        if !(5..=1440).contains(&self.every_minutes) || 1440 % self.every_minutes != 0 {
            return bad(
                "lead_alerts.every_minutes",
                "must divide a day into equal slots: 15 (each quarter hour), 20, 30, 60…",
            );
        }
        if !(1..=96).contains(&self.give_up_after) {
            return bad("lead_alerts.give_up_after", "must be between 1 and 96");
        }
        if !(1..=120).contains(&self.timeout_seconds) {
            return bad("lead_alerts.timeout_seconds", "must be between 1 and 120");
        }
        if Language::from_code(&self.webhook_language).is_none() {
            return bad(
                "lead_alerts.webhook_language",
                "must be one of en, vi, ar, sq, ro, ti, fa, ps",
            );
        }
        if let Some(host) = &self.smtp_host {
            if host.trim().is_empty() || host.contains([' ', '/', '@']) {
                return bad("lead_alerts.smtp_host", "must be a host name or address");
            }
            if self.smtp_tls == SmtpTls::None && !is_loopback(host) {
                return bad(
                    "lead_alerts.smtp_tls",
                    "`none` only to a server on this machine (localhost); use starttls or tls",
                );
            }
            match &self.from {
                None => {
                    return bad(
                        "lead_alerts.from",
                        "is needed with smtp_host: the address alerts come from",
                    )
                }
                Some(from) if parse_address(from).is_none() => {
                    return bad("lead_alerts.from", "must be an e-mail address")
                }
                Some(_) => {}
            }
        }
        if self.smtp_username.is_some() != self.smtp_password.is_some() {
            return bad(
                "lead_alerts.smtp_password",
                "smtp_username and smtp_password go together",
            );
        }
        if self.smtp_password.is_some() && self.smtp_tls == SmtpTls::None {
            return bad(
                "lead_alerts.smtp_password",
                "is never sent without TLS: use starttls or tls",
            );
        }
        if let Some(url) = &self.webhook_url {
            let https = url.starts_with("https://");
            let local_http = url.starts_with("http://") && is_loopback(url_host(url));
            if !(https || local_http)
                || url.contains([' ', '"', '<', '>'])
                || url_host(url).is_empty()
            {
                return bad(
                    "lead_alerts.webhook_url",
                    "must be an https:// address (http:// only to this machine)",
                );
            }
        }
        Ok(())
    }

    fn timeout(&self) -> Duration {
        Duration::from_secs(self.timeout_seconds)
    }

    /// The extra certificate authority, read at start-up.
    fn extra_ca(&self) -> Result<Option<Vec<u8>>, ConfigProblem> {
        let Some(path) = &self.ca_file else {
            return Ok(None);
        };
        let pem = std::fs::read(path).map_err(|e| {
            (
                "lead_alerts.ca_file",
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
        if !pem.windows(27).any(|w| w == b"-----BEGIN CERTIFICATE-----") {
            return Err((
                "lead_alerts.ca_file",
                format!("{} holds no PEM certificate", path.display()),
            ));
        }
        Ok(Some(pem))
    }
}

/// A text to deliver: a subject (for e-mail) and a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertText {
    pub subject: String,
    pub body: String,
}

/// A delivery that did not go through, as a stable key (`smtp_connect`,
/// `webhook_rejected`...): never an address, a URL or a server's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure {
    pub key: &'static str,
    /// Another try will not change it (a 5xx answer, a refused sign-in).
    pub permanent: bool,
}

impl From<Result<(), Failure>> for Outcome {
    fn from(result: Result<(), Failure>) -> Self {
        match result {
            Ok(()) => Outcome::Delivered,
            Err(f) => Outcome::Failed {
                key: f.key,
                permanent: f.permanent,
            },
        }
    }
}

/// The channels an alert can take, built once at start-up from the
/// configuration (a bad CA file stops start-up, naming the key).
pub struct Channels {
    pub mail: Option<Mailer>,
    pub webhook: Option<Webhook>,
}

impl Channels {
    pub fn from_config(config: &LeadAlertConfig) -> Result<Self, ConfigProblem> {
        let ca = config.extra_ca()?;
        let mail = match &config.smtp_host {
            Some(_) => Some(Mailer::new(config, ca.as_deref())?),
            None => None,
        };
        let webhook = match &config.webhook_url {
            Some(url) => Some(Webhook::new(url, config.timeout(), ca.as_deref())?),
            None => None,
        };
        Ok(Self { mail, webhook })
    }

    /// Whether any channel is set up at all.
    pub fn any(&self) -> bool {
        self.mail.is_some() || self.webhook.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(adjust: impl FnOnce(&mut LeadAlertConfig)) -> Result<(), ConfigProblem> {
        let mut config = LeadAlertConfig::default();
        adjust(&mut config);
        config.validate()
    }

    #[test]
    fn the_defaults_are_valid_and_send_nothing() {
        assert!(with(|_| {}).is_ok());
        let channels = Channels::from_config(&LeadAlertConfig::default()).unwrap();
        assert!(!channels.any());
    }

    #[test]
    fn each_bad_setting_is_named() {
        let key = |adjust: fn(&mut LeadAlertConfig)| with(adjust).unwrap_err().0;
        assert_eq!(key(|c| c.every_minutes = 7), "lead_alerts.every_minutes");
        assert_eq!(key(|c| c.every_minutes = 1), "lead_alerts.every_minutes");
        assert_eq!(key(|c| c.give_up_after = 0), "lead_alerts.give_up_after");
        assert_eq!(
            key(|c| c.webhook_language = "de".into()),
            "lead_alerts.webhook_language"
        );
        assert_eq!(
            key(|c| c.smtp_host = Some("mail.example.org".into())),
            "lead_alerts.from"
        );
        assert_eq!(
            key(|c| {
                c.smtp_host = Some("mail.example.org".into());
                c.from = Some("not an address".into());
            }),
            "lead_alerts.from"
        );
        assert_eq!(
            key(|c| {
                c.smtp_host = Some("mail.example.org".into());
                c.from = Some("voices@example.org".into());
                c.smtp_tls = SmtpTls::None;
            }),
            "lead_alerts.smtp_tls"
        );
        assert_eq!(
            key(|c| c.smtp_username = Some("voices".into())),
            "lead_alerts.smtp_password"
        );
        assert_eq!(
            key(|c| c.webhook_url = Some("http://chat.example.org/hook".into())),
            "lead_alerts.webhook_url"
        );
        assert_eq!(
            key(|c| c.webhook_url = Some("http://127.0.0.1.example.org/hook".into())),
            "lead_alerts.webhook_url"
        );
        assert!(with(|c| c.webhook_url = Some("http://127.0.0.1:9/hook".into())).is_ok());
        assert!(
            with(|c| c.webhook_url = Some("https://chat.example.org/hooks/abc".into())).is_ok()
        );
        assert!(with(|c| {
            c.smtp_host = Some("localhost".into());
            c.smtp_tls = SmtpTls::None;
            c.from = Some("Voices <voices@example.org>".into());
        })
        .is_ok());
        let missing = LeadAlertConfig {
            ca_file: Some("/nonexistent/ca.pem".into()),
            ..LeadAlertConfig::default()
        };
        assert_eq!(
            Channels::from_config(&missing).err().unwrap().0,
            "lead_alerts.ca_file"
        );
    }

    #[test]
    fn printing_hides_the_password_and_the_webhook_url() {
        let config = LeadAlertConfig {
            smtp_password: Some("hunter2-canary".into()),
            webhook_url: Some("https://hooks.example.org/T0/secret-canary".into()),
            ..LeadAlertConfig::default()
        };
        let printed = format!("{config:?}");
        assert!(
            !printed.contains("hunter2") && !printed.contains("secret-canary"),
            "{printed}"
        );
        assert!(printed.contains("<secret>"), "{printed}");
    }

    #[test]
    fn url_hosts_are_read_past_credentials_ports_and_brackets() {
        assert_eq!(url_host("http://127.0.0.1:8080/x"), "127.0.0.1");
        assert_eq!(url_host("http://user:pw@localhost/x"), "localhost");
        assert_eq!(url_host("http://[::1]:9/x"), "::1");
        assert_eq!(url_host("https://chat.example.org"), "chat.example.org");
        assert!(is_loopback("::1") && is_loopback("LOCALHOST") && !is_loopback("10.0.0.1"));
    }
}
