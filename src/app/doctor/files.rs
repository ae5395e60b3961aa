//! The installation's files as an operator sees them: the configuration file, the
//! data directory and the secrets file, their modes and owners. Reads metadata only;
//! never changes a mode, an owner or a file.

use std::path::Path;

use super::{line, Check, Verdict};
use crate::config::Config;

pub(super) fn config_file(file: &Path) -> Check {
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

pub(super) fn data_dir(config: &Config) -> Check {
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

pub(super) fn secrets(config: &Config) -> Check {
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
