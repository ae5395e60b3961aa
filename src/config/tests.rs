//! Loading the whole configuration: the defaults, a bad value named by its key,
//! hidden languages, `Debug` without the secrets, lead alerts from the environment.
//! No test reads a configuration file: values come as strings, and the environment
//! is set only inside a `figment::Jail`.

use figment::providers::{Format, Serialized, Toml};
use figment::Figment;

use super::*;
use crate::domain::Language;

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
    assert!(matches!(config.database(), DatabaseTarget::Sqlite(p) if p.ends_with("voices.sqlite")));
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
    let config = Config::load(figment_with(&[("languages", "{ hidden = \"ti, fa\" }")])).unwrap();
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

/// Every setting's dotted key (`digests.every_minutes`), read from the
/// serialised defaults so a new setting cannot be missed.
fn every_setting() -> Vec<String> {
    fn walk(prefix: &str, value: &serde_json::Value, keys: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(fields) => {
                for (name, inner) in fields {
                    let key = if prefix.is_empty() {
                        name.clone()
                    } else {
                        format!("{prefix}.{name}")
                    };
                    walk(&key, inner, keys);
                }
            }
            _ => keys.push(prefix.to_owned()),
        }
    }
    let mut keys = Vec::new();
    walk(
        "",
        &serde_json::to_value(Config::default()).unwrap(),
        &mut keys,
    );
    keys
}

#[test]
fn every_setting_has_its_environment_variable() {
    let settings = every_setting();
    assert!(settings.contains(&"digests.token_requests_per_minute".to_owned()));
    for key in &settings {
        let variable = key.replace('.', "_").to_ascii_uppercase();
        assert_eq!(
            load::env_key(&variable),
            Some(key.as_str()),
            "VOICES_{variable}"
        );
    }
    // And no variable names a setting that does not exist, or is listed twice.
    let mut variables: Vec<&str> = load::ENV_KEYS.to_vec();
    for (variable, key) in load::NESTED_ENV_KEYS {
        assert_eq!(variable, key.replace('.', "_"), "{variable}");
        variables.push(variable);
    }
    for variable in &variables {
        let key = load::env_key(variable).unwrap();
        assert!(settings.iter().any(|s| s == key), "{variable} sets {key}");
        assert_eq!(key.replace('.', "_"), *variable, "{variable}");
    }
    let count = variables.len();
    variables.sort_unstable();
    variables.dedup();
    assert_eq!(variables.len(), count, "a variable is listed twice");
}

#[test]
// figment's `Jail` closure returns its own (large) error type.
#[allow(clippy::result_large_err)]
fn digest_limit_and_log_settings_come_from_the_environment() {
    figment::Jail::expect_with(|jail| {
        jail.set_env("VOICES_DIGESTS_DELAY_DAYS", "3");
        jail.set_env("VOICES_DIGESTS_EVERY_MINUTES", "15");
        jail.set_env("VOICES_DIGESTS_PRACTITIONER_ONLY", "true");
        jail.set_env("VOICES_DIGESTS_TOKEN_REQUESTS_PER_MINUTE", "30");
        jail.set_env("VOICES_LIMITS_ENABLED", "false");
        jail.set_env("VOICES_LOG_TIMESTAMPS", "false");
        let config = Config::load(Config::figment()).unwrap();
        assert!(!config.limits.enabled && !config.log.timestamps);
        assert_eq!(
            config.digests,
            DigestConfig {
                delay_days: 3,
                every_minutes: 15,
                practitioner_only: true,
                token_requests_per_minute: 30,
            }
        );
        Ok(())
    });
}
