//! The moderation settings in force: configuration, overridden by what an admin
//! set on the settings page. Never reads or changes an item.

use std::collections::HashMap;

use crate::app::audit;
use crate::app::staff::StaffIdentity;
use crate::crypto::AuditKey;
use crate::domain::moderation::Rules;
use crate::domain::Permission;
use crate::error::{AppError, AppResult};
use crate::storage::{self, settings, DbConnection};

/// The moderation settings in force: configuration, overridden by what an admin
/// set on the settings page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModerationSettings {
    pub claim_secs: i64,
    pub break_after: u32,
    pub daily_cap: Option<u32>,
    pub two_person_publication: bool,
    /// Days an unopened item waits before it shows as waiting too long.
    pub waiting_too_long_days: u32,
}

impl ModerationSettings {
    pub fn rules(&self) -> Rules {
        Rules {
            two_person_publication: self.two_person_publication,
        }
    }
}

pub const SETTING_BREAK_AFTER: &str = "break_after";
pub const SETTING_DAILY_CAP: &str = "daily_cap";
pub const SETTING_TWO_PERSON: &str = "two_person_publication";

/// The settings in force.
pub fn settings(
    conn: &mut DbConnection,
    defaults: &crate::config::ModerationConfig,
) -> AppResult<ModerationSettings> {
    let stored: HashMap<String, String> = settings::all(conn)?.into_iter().collect();
    let number = |key: &str| stored.get(key).and_then(|v| v.parse::<u32>().ok());
    Ok(ModerationSettings {
        claim_secs: (defaults.claim_minutes * 60) as i64,
        break_after: number(SETTING_BREAK_AFTER).unwrap_or(defaults.break_after),
        daily_cap: match stored.get(SETTING_DAILY_CAP).map(String::as_str) {
            Some("none") => None,
            Some(v) => v.parse().ok().or(defaults.daily_cap),
            None => defaults.daily_cap,
        },
        two_person_publication: stored
            .get(SETTING_TWO_PERSON)
            .map(|v| v == "true")
            .unwrap_or(defaults.two_person_publication),
        waiting_too_long_days: defaults.waiting_too_long_days,
    })
}

/// What an admin may change from the settings page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettingsChange {
    pub break_after: u32,
    pub daily_cap: Option<u32>,
    pub two_person_publication: bool,
}

pub fn change_settings(
    conn: &mut DbConnection,
    audit_key: &AuditKey,
    admin: &StaffIdentity,
    change: SettingsChange,
) -> AppResult<()> {
    if !admin.can(Permission::ManageSettings) {
        return Err(AppError::Forbidden);
    }
    if !(1..=1000).contains(&change.break_after) || change.daily_cap == Some(0) {
        return Err(AppError::InvalidInput("setting_out_of_range"));
    }
    storage::write(conn, |c| {
        settings::set(
            c,
            SETTING_BREAK_AFTER,
            Some(&change.break_after.to_string()),
        )?;
        let cap = change
            .daily_cap
            .map(|n| n.to_string())
            .unwrap_or_else(|| "none".into());
        settings::set(c, SETTING_DAILY_CAP, Some(&cap))?;
        settings::set(
            c,
            SETTING_TWO_PERSON,
            Some(if change.two_person_publication {
                "true"
            } else {
                "false"
            }),
        )?;
        audit::staff(
            c,
            audit_key,
            Some(admin.staff_id),
            "settings_changed",
            None,
            &format!(
                "break_after={} daily_cap={cap} two_person={}",
                change.break_after, change.two_person_publication
            ),
        )
    })
}
