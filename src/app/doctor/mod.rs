//! `voices doctor`: the checks a volunteer running Voices needs, each with one
//! line that says what was found and what to do. It reads; it never creates or
//! changes anything (no migration, no secrets file, no directory).

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::Serialize;

use crate::config::{Config, DatabaseTarget, PoliceAndImmigration};
use crate::storage::{self, DbConnection};
use crate::web::proxy_seen;

/// How a check came out. `Fail` makes `voices doctor` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Ok,
    Warn,
    Fail,
}

/// One line of the report.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub check: &'static str,
    pub status: Verdict,
    /// What was found.
    pub found: String,
    /// What to do about it (empty when nothing).
    pub todo: String,
}

fn line(
    check: &'static str,
    status: Verdict,
    found: impl Into<String>,
    todo: impl Into<String>,
) -> Check {
    Check {
        check,
        status,
        found: found.into(),
        todo: todo.into(),
    }
}

impl Check {
    /// `ok    database   …  → what to do`
    pub fn render(&self) -> String {
        let tag = match self.status {
            Verdict::Ok => "ok  ",
            Verdict::Warn => "WARN",
            Verdict::Fail => "FAIL",
        };
        if self.todo.is_empty() {
            format!("{tag}  {:<13} {}", self.check, self.found)
        } else {
            format!("{tag}  {:<13} {} -> {}", self.check, self.found, self.todo)
        }
    }
}

/// Whether any check must be fixed.
pub fn must_fix(checks: &[Check]) -> bool {
    checks.iter().any(|c| c.status == Verdict::Fail)
}

/// Free space below which the disk check fails, and below which it warns.
const DISK_FAIL_BYTES: u64 = 256 * 1024 * 1024;
const DISK_WARN_BYTES: u64 = 2 * 1024 * 1024 * 1024;
/// A newest backup older than this is reported.
const BACKUP_WARN_AGE: Duration = Duration::from_secs(2 * 24 * 60 * 60);
/// A pre-upgrade copy older than this is reported (it holds destroyed content).
const OLD_COPY_AGE: Duration = Duration::from_secs(14 * 24 * 60 * 60);

/// Runs every check on the installation `config` describes, read from `file`.
pub fn run(config: &Config, file: &Path) -> Vec<Check> {
    let mut checks = vec![config_file(file)];
    checks.push(data_dir(config));
    checks.push(secrets(config));
    let database = config.database();
    let mut conn = match storage::connect_only(&database) {
        Ok(conn) => Some(conn),
        Err(e) => {
            checks.push(line(
                "database",
                Verdict::Fail,
                format!("cannot open {}: {e}", describe(&database)),
                match database {
                    DatabaseTarget::Sqlite(_) => {
                        "start Voices once (systemctl start voices); it creates the database"
                    }
                    DatabaseTarget::Postgres(_) => {
                        "check database_url and that PostgreSQL is running"
                    }
                },
            ));
            None
        }
    };
    if let Some(conn) = conn.as_mut() {
        checks.push(schema(conn, &database));
        checks.push(organisation_key(conn));
    }
    checks.push(clock(config));
    checks.push(policy(config));
    checks.extend(organisation(config));
    checks.push(public_url(config));
    checks.push(lead_alerts(config, conn.as_mut()));
    checks.push(proxy(config));
    checks.push(backups(config, &database));
    checks.push(old_copies(&database));
    checks.push(disk(config));
    checks
}

fn describe(target: &DatabaseTarget) -> String {
    match target {
        DatabaseTarget::Sqlite(path) => path.display().to_string(),
        DatabaseTarget::Postgres(url) => {
            // Only the host and database: never a password.
            let rest = url.rsplit('@').next().unwrap_or("");
            format!("PostgreSQL {rest}")
        }
    }
}

fn config_file(file: &Path) -> Check {
    if file.is_file() {
        line(
            "config",
            Verdict::Ok,
            format!("read {}", file.display()),
            "",
        )
    } else {
        line(
            "config",
            Verdict::Warn,
            format!("no {}: built-in defaults and VOICES_* variables only", file.display()),
            "copy the example from the package (/etc/voices/voices.toml) or the README and set the organisation",
        )
    }
}

/// A file's permission bits and owner (none where the system has no such thing).
#[cfg(unix)]
fn mode_and_owner(path: &Path) -> Option<(u32, u32)> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.permissions().mode() & 0o777, meta.uid()))
}

#[cfg(not(unix))]
fn mode_and_owner(_: &Path) -> Option<(u32, u32)> {
    None
}

#[cfg(unix)]
fn me() -> u32 {
    rustix::process::geteuid().as_raw()
}

#[cfg(not(unix))]
fn me() -> u32 {
    0
}

#[cfg(unix)]
fn free_bytes(dir: &Path) -> Option<u64> {
    let stat = rustix::fs::statvfs(dir).ok()?;
    Some(stat.f_bavail.saturating_mul(stat.f_frsize))
}

#[cfg(not(unix))]
fn free_bytes(_: &Path) -> Option<u64> {
    None
}

fn data_dir(config: &Config) -> Check {
    let dir = &config.data_dir;
    if !dir.is_dir() {
        return line(
            "data_dir",
            Verdict::Fail,
            format!("{} does not exist", dir.display()),
            "start Voices once, or create it: install -d -m 700 -o voices -g voices DIR",
        );
    }
    if let Some((mode, uid)) = mode_and_owner(dir) {
        if mode & 0o077 != 0 {
            return line(
                "data_dir",
                Verdict::Fail,
                format!(
                    "{} has mode {mode:o}: other users can look inside",
                    dir.display()
                ),
                format!("chmod 700 {}", dir.display()),
            );
        }
        if uid != me() {
            return line(
                "data_dir",
                Verdict::Fail,
                format!("{} belongs to user id {uid}, not to this user ({})", dir.display(), me()),
                "run doctor as the user Voices runs as (sudo -u voices voices doctor), or chown -R that user DIR",
            );
        }
        return line(
            "data_dir",
            Verdict::Ok,
            format!(
                "{} is private (mode {mode:o}) and this user's",
                dir.display()
            ),
            "",
        );
    }
    line(
        "data_dir",
        Verdict::Ok,
        format!("{} exists", dir.display()),
        "",
    )
}

fn secrets(config: &Config) -> Check {
    let file = config.data_dir.join("secrets.toml");
    if !file.is_file() {
        if config.receipt_pepper.is_some() && config.secret_key.is_some() {
            return line(
                "secrets",
                Verdict::Ok,
                "both secrets come from the configuration",
                "",
            );
        }
        return line(
            "secrets",
            Verdict::Fail,
            format!("{} is missing", file.display()),
            "restore it from your offline copy; a new one (made at the next start) would stop every receipt code from working",
        );
    }
    if let Some((mode, uid)) = mode_and_owner(&file) {
        if mode & 0o077 != 0 {
            return line(
                "secrets",
                Verdict::Fail,
                format!(
                    "{} has mode {mode:o}: others can read the receipt pepper",
                    file.display()
                ),
                format!("chmod 600 {}", file.display()),
            );
        }
        if uid != me() {
            return line(
                "secrets",
                Verdict::Fail,
                format!(
                    "{} belongs to user id {uid}, not to this user",
                    file.display()
                ),
                "chown it to the user Voices runs as",
            );
        }
    }
    if let Err(e) = config.secrets() {
        return line(
            "secrets",
            Verdict::Fail,
            e.to_string(),
            "restore secrets.toml from your offline copy",
        );
    }
    line(
        "secrets",
        Verdict::Ok,
        format!("{} is private", file.display()),
        "keep two copies offline, apart from the backups",
    )
}

fn schema(conn: &mut DbConnection, target: &DatabaseTarget) -> Check {
    match storage::pending_migrations(conn) {
        Ok(pending) if pending.is_empty() => line(
            "database",
            Verdict::Ok,
            format!(
                "{} is reachable and its schema is current",
                describe(target)
            ),
            "",
        ),
        Ok(pending) => line(
            "database",
            Verdict::Fail,
            format!(
                "{} waits for {} migration(s): {}",
                describe(target),
                pending.len(),
                pending.join(", ")
            ),
            "restart Voices (systemctl restart voices): it upgrades the schema at start",
        ),
        Err(e) => line(
            "database",
            Verdict::Fail,
            e.to_string(),
            "check the database",
        ),
    }
}

fn organisation_key(conn: &mut DbConnection) -> Check {
    let active = storage::keys::active_key(conn);
    let staff = storage::staff::list(conn);
    let claim = storage::keys::setup_claim(conn);
    let (Ok(active), Ok(staff), Ok(claim)) = (active, staff, claim) else {
        return line(
            "org_key",
            Verdict::Fail,
            "cannot read the keys",
            "check the database",
        );
    };
    let Some(key) = active else {
        return line(
            "org_key",
            Verdict::Fail,
            "no organisation key yet",
            "start Voices once: it makes the key and prints the setup link",
        );
    };
    let wraps = staff
        .iter()
        .filter(|s| !s.disabled && s.key_wrap.is_some())
        .count();
    match (wraps, claim.is_some()) {
        (0, true) => line(
            "org_key",
            Verdict::Warn,
            format!("key {} exists; no admin yet, waiting for the setup link", key.id),
            "open the link (journalctl -u voices | grep setup) or make a new one: sudo -u voices voices setup reissue",
        ),
        (0, false) => line(
            "org_key",
            Verdict::Fail,
            format!("key {} is wrapped for nobody: nothing can be read", key.id),
            "restore the database from a backup taken while an admin existed",
        ),
        (n, _) => line(
            "org_key",
            Verdict::Ok,
            format!("key {} present, wrapped for {n} staff member(s)", key.id),
            "",
        ),
    }
}

/// The date (YYYYMMDD) of the newest migration in this build: a clock before it
/// is certainly wrong.
fn build_floor() -> Option<time::Date> {
    let version = storage::backup::latest_schema_version();
    let digits = version.get(..8)?;
    let year: i32 = digits[..4].parse().ok()?;
    let month: u8 = digits[4..6].parse().ok()?;
    let day: u8 = digits[6..8].parse().ok()?;
    time::Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()
}

fn clock(config: &Config) -> Check {
    let now = SystemTime::now();
    let today = time::OffsetDateTime::now_utc().date();
    if let Some(floor) = build_floor() {
        if today < floor {
            return line(
                "clock",
                Verdict::Fail,
                format!("the clock says {today}, before this version of Voices was made ({floor})"),
                "set the time: timedatectl set-ntp true",
            );
        }
    }
    // The secrets file is written at the first start: a clock before it went back.
    let made = std::fs::metadata(config.data_dir.join("secrets.toml"))
        .and_then(|m| m.modified())
        .ok();
    if let Some(made) = made {
        if made > now + Duration::from_secs(300) {
            return line(
                "clock",
                Verdict::Fail,
                "the clock is earlier than when this installation was made",
                "set the time: timedatectl set-ntp true",
            );
        }
    }
    line("clock", Verdict::Ok, format!("today is {today} (UTC)"), "")
}

fn policy(config: &Config) -> Check {
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

fn organisation(config: &Config) -> Vec<Check> {
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

fn public_url(config: &Config) -> Check {
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

fn lead_alerts(config: &Config, conn: Option<&mut DbConnection>) -> Check {
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
            super::lead_alerts::LeadAlerts::new(
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

/// Judges the proxy settings against what requests carried.
pub fn judge_proxy(config: &Config, seen: &proxy_seen::ProxySummary) -> Check {
    let header = &config.client_ip_header;
    if seen.client_ip_header != *header || seen.trusted_proxies != config.trusted_proxies.len() {
        return line(
            "proxy",
            Verdict::Warn,
            "the last summary was written under other proxy settings",
            "restart Voices and look again after some visits (the summary is written each hour and at stop)",
        );
    }
    if seen.untrusted_with_header {
        let todo = if config.trusted_proxies.is_empty() {
            "add your proxy's address to trusted_proxies (127.0.0.1 when it runs on this server)"
                .to_owned()
        } else {
            "add the proxy's address, as Voices sees it, to trusted_proxies".to_owned()
        };
        return line(
            "proxy",
            Verdict::Fail,
            "requests arrive with forwarded addresses from a peer that is not in trusted_proxies: every visitor shares the proxy's rate limits",
            todo,
        );
    }
    if seen.trusted_other_header && !seen.trusted_with_header {
        return line(
            "proxy",
            Verdict::Fail,
            format!("the trusted proxy sends the client's address in another header than {header}"),
            "set client_ip_header to the header your proxy sets (X-Forwarded-For in the examples)",
        );
    }
    if seen.trusted_without_header && !seen.trusted_with_header {
        return line(
            "proxy",
            Verdict::Fail,
            format!("requests from a trusted proxy carry no {header}: every visitor shares one rate limit"),
            format!("make the proxy set {header} (proxy_set_header X-Forwarded-For $remote_addr in nginx)"),
        );
    }
    if seen.trusted_without_header {
        return line(
            "proxy",
            Verdict::Warn,
            format!("most requests from the trusted address carry {header}, some carry none"),
            "expected when Tor's onion service connects from the same address; otherwise check every proxy sets it",
        );
    }
    if seen.trusted_with_header && seen.untrusted_direct && !config.trusted_proxies.is_empty() {
        return line(
            "proxy",
            Verdict::Warn,
            format!("requests come through the proxy with {header}, and some reach Voices directly"),
            "listen on 127.0.0.1 only (address = \"127.0.0.1\") so every visit goes through the proxy",
        );
    }
    if seen.trusted_with_header {
        return line(
            "proxy",
            Verdict::Ok,
            format!("requests come from a trusted proxy with {header}, as configured"),
            "",
        );
    }
    line(
        "proxy",
        Verdict::Ok,
        "requests reach Voices directly, with no forwarded addresses",
        "",
    )
}

fn proxy(config: &Config) -> Check {
    match proxy_seen::read(&config.data_dir) {
        None => line(
            "proxy",
            Verdict::Warn,
            "no requests summarised yet",
            "look again after Voices has served for an hour, or after it stops",
        ),
        Some(Err(e)) => line(
            "proxy",
            Verdict::Warn,
            format!("{}: {e}", proxy_seen::FILE),
            "it is rewritten within the hour",
        ),
        Some(Ok(seen)) => judge_proxy(config, &seen),
    }
}

fn age(path: &Path) -> Option<Duration> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    Some(
        SystemTime::now()
            .duration_since(modified)
            .unwrap_or_default(),
    )
}

fn hours(d: Duration) -> String {
    let h = d.as_secs() / 3600;
    if h >= 48 {
        format!("{} days", h / 24)
    } else {
        format!("{h} hours")
    }
}

fn backups(config: &Config, target: &DatabaseTarget) -> Check {
    if let DatabaseTarget::Postgres(_) = target {
        return line(
            "backups",
            Verdict::Ok,
            "PostgreSQL: back up with pg_dump (voices backup does not)",
            "keep a daily pg_dump --format=custom and secrets.toml apart",
        );
    }
    let dir = config.backups_dir();
    let newest: Option<PathBuf> = super::backups::snapshots(&dir).into_iter().next();
    match newest.as_deref().and_then(|f| age(f).map(|a| (f, a))) {
        None => line(
            "backups",
            Verdict::Warn,
            format!("no backup in {}", dir.display()),
            "systemctl enable --now voices-backup.timer, or run voices backup",
        ),
        Some((file, a)) if a > BACKUP_WARN_AGE => line(
            "backups",
            Verdict::Warn,
            format!("the newest backup, {}, is {} old", file.display(), hours(a)),
            "check voices-backup.timer: systemctl list-timers voices-backup.timer",
        ),
        Some((file, a)) => line(
            "backups",
            Verdict::Ok,
            format!("newest {} ({} old)", file.display(), hours(a)),
            "copy backups off this server; keep secrets.toml apart",
        ),
    }
}

fn old_copies(target: &DatabaseTarget) -> Check {
    let DatabaseTarget::Sqlite(db) = target else {
        return line("old_copies", Verdict::Ok, "none (PostgreSQL)", "");
    };
    let Some(dir) = db.parent().map(|p| {
        if p.as_os_str().is_empty() {
            Path::new(".")
        } else {
            p
        }
    }) else {
        return line("old_copies", Verdict::Ok, "none", "");
    };
    let old: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.contains(".pre-upgrade-") || n.ends_with(".before-restore"))
        })
        .filter(|p| age(p).is_some_and(|a| a > OLD_COPY_AGE))
        .collect();
    if old.is_empty() {
        return line(
            "old_copies",
            Verdict::Ok,
            "no copy from an upgrade or restore older than 14 days",
            "",
        );
    }
    let names: Vec<String> = old.iter().map(|p| p.display().to_string()).collect();
    line(
        "old_copies",
        Verdict::Warn,
        format!(
            "kept copies older than 14 days still hold what was deleted since: {}",
            names.join(", ")
        ),
        "once this version runs well, delete them (rm FILE)",
    )
}

fn disk(config: &Config) -> Check {
    let dir = if config.data_dir.is_dir() {
        config.data_dir.clone()
    } else {
        PathBuf::from(".")
    };
    let Some(free) = free_bytes(&dir) else {
        return line(
            "disk",
            Verdict::Warn,
            format!("cannot read free space on {}", dir.display()),
            "",
        );
    };
    let mib = free / (1024 * 1024);
    if free < DISK_FAIL_BYTES {
        return line(
            "disk",
            Verdict::Fail,
            format!("only {mib} MiB free for {}", dir.display()),
            "free space now (old backups, journal: journalctl --vacuum-size=200M); a full disk refuses submissions",
        );
    }
    if free < DISK_WARN_BYTES {
        return line(
            "disk",
            Verdict::Warn,
            format!("{mib} MiB free for {}", dir.display()),
            "free some space or lower backups.keep",
        );
    }
    line(
        "disk",
        Verdict::Ok,
        format!("{mib} MiB free for {}", dir.display()),
        "",
    )
}
