//! The machine Voices runs on: whether its clock can be right and how much disk is
//! free. Reads the clock and the file system; never sets either.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{line, Check, Verdict};
use crate::config::Config;
use crate::storage;

/// Free space below which the disk check fails, and below which it warns.
const DISK_FAIL_BYTES: u64 = 256 * 1024 * 1024;
const DISK_WARN_BYTES: u64 = 2 * 1024 * 1024 * 1024;

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

pub(super) fn clock(config: &Config) -> Check {
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

#[cfg(unix)]
fn free_bytes(dir: &Path) -> Option<u64> {
    let stat = rustix::fs::statvfs(dir).ok()?;
    Some(stat.f_bavail.saturating_mul(stat.f_frsize))
}

#[cfg(not(unix))]
fn free_bytes(_: &Path) -> Option<u64> {
    None
}

pub(super) fn disk(config: &Config) -> Check {
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
