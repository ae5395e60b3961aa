//! What voices.toml and the policy files promise: the policy directory, the
//! organisation's name, contact and promise, the public address, and whether urgent
//! items reach a safeguarding lead. Reads settings; never sends an alert.

use super::{line, Check, Verdict};
use crate::config::{Config, PoliceAndImmigration};
use crate::storage::DbConnection;

pub(super) fn policy(config: &Config) -> Check {
    match crate::policy::Policy::for_config(config) {
        Err(e) => line(
            "policy",
            Verdict::Fail,
            format!("{}: {}", e.file.display(), e.problem),
            "fix that file (voices policy check shows the line), or remove it from the override directory",
        ),
        Ok(policy) => {
            // "8 files: 7 from /usr/share/voices/moderation, resources.toml from /etc/voices/moderation"
            let mut by_dir: Vec<(String, Vec<String>)> = Vec::new();
            for (file, from) in &policy.origins {
                match by_dir.iter_mut().find(|(d, _)| d == from) {
                    Some((_, files)) => files.push(file.clone()),
                    None => by_dir.push((from.clone(), vec![file.clone()])),
                }
            }
            let parts: Vec<String> = by_dir
                .iter()
                .map(|(dir, files)| {
                    if files.len() == 1 {
                        format!("{} from {dir}", files[0])
                    } else {
                        format!("{} files from {dir}", files.len())
                    }
                })
                .collect();
            line(
                "policy",
                Verdict::Ok,
                format!("valid; {}", parts.join(", ")),
                "",
            )
        }
    }
}

pub(super) fn organisation(config: &Config) -> Vec<Check> {
    let org = &config.organisation;
    let filled = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let mut checks = Vec::new();
    checks.push(match (filled(&org.name), filled(&org.contact)) {
        (Some(name), Some(contact)) => line(
            "organisation",
            Verdict::Ok,
            format!("survivors read: run by {name}, contact {contact}"),
            "",
        ),
        (name, _) => line(
            "organisation",
            Verdict::Fail,
            format!(
                "survivors' pages and the privacy notice have no {}",
                if name.is_none() {
                    "organisation name"
                } else {
                    "contact"
                }
            ),
            "set organisation.name and organisation.contact in voices.toml, then restart",
        ),
    });
    checks.push(match org.police_and_immigration {
        PoliceAndImmigration::NotStated => line(
            "promise",
            Verdict::Warn,
            "survivors are not told what you do about the police and immigration",
            "decide with your safeguarding lead and set organisation.police_and_immigration (safeguarding_only or only_if_the_law_requires)",
        ),
        p => line(
            "promise",
            Verdict::Ok,
            format!(
                "police and immigration: {}; replies within {} week(s)",
                p.as_str(),
                org.reply_within_weeks
            ),
            "",
        ),
    });
    checks
}

pub(super) fn public_url(config: &Config) -> Check {
    match config.public_url.as_deref() {
        Some(url) if url.starts_with("https://") => {
            let onion = config
                .organisation
                .onion_address
                .as_deref()
                .map(|o| format!("; onion address {o} offered on survivor pages"))
                .unwrap_or_default();
            line("public_url", Verdict::Ok, format!("{url}{onion}"), "")
        }
        Some(url) => line(
            "public_url",
            Verdict::Warn,
            format!("{url} is not https: staff cookies are not marked Secure and there is no HSTS"),
            "serve Voices over HTTPS (deploy/caddy or deploy/nginx) and set public_url = \"https://...\"",
        ),
        None => line(
            "public_url",
            Verdict::Warn,
            "not set: links Voices prints say http://address:port",
            "set public_url = \"https://your.domain\"",
        ),
    }
}

pub(super) fn lead_alerts(config: &Config, conn: Option<&mut DbConnection>) -> Check {
    let (Some(conn), true) = (
        conn,
        config.data_dir.join("secrets.toml").is_file() || config.receipt_pepper.is_some(),
    ) else {
        return line(
            "lead_alerts",
            Verdict::Warn,
            "not checked (no database or secrets)",
            "",
        );
    };
    let status = crate::i18n::I18n::load()
        .map_err(|e| e.to_string())
        .and_then(|i18n| {
            let secrets = config.secrets().map_err(|e| e.to_string())?;
            crate::app::lead_alerts::LeadAlerts::new(
                config.lead_alerts.clone(),
                &i18n,
                &secrets.receipt_pepper,
            )
            .map_err(|(key, problem)| format!("{key}: {problem}"))
        })
        .and_then(|alerts| alerts.status(conn).map_err(|e| e.to_string()));
    match status {
        Err(e) => line("lead_alerts", Verdict::Fail, e, "fix the [lead_alerts] settings"),
        Ok(s) if s.gave_up => line(
            "lead_alerts",
            Verdict::Fail,
            format!("alerts stopped after repeated failures ({})", s.failure.unwrap_or_default()),
            "fix the mail or webhook settings, then send a test from the settings page",
        ),
        Ok(s) if !s.reaches_someone() => line(
            "lead_alerts",
            Verdict::Warn,
            format!(
                "an urgent item reaches nobody (mail {}, webhook {}, {} of {} leads gave an address)",
                if s.mail { "set" } else { "not set" },
                if s.webhook { "set" } else { "not set" },
                s.leads_with_address,
                s.leads
            ),
            "set [lead_alerts] smtp_host and from (or webhook_url), and ask each safeguarding lead to add an address",
        ),
        Ok(s) => line(
            "lead_alerts",
            Verdict::Ok,
            format!(
                "urgent items reach {} lead(s){} every {} minutes",
                s.leads_with_address,
                if s.webhook { " and the webhook" } else { "" },
                s.every_minutes
            ),
            "",
        ),
    }
}
