//! Use cases: what a person can do with Voices, independent of HTTP. Each function
//! takes a database connection (or the pool) and the secrets it needs; the web
//! layer and the command line both call these.
//! Nothing here knows about HTTP: no Rocket type reaches a use case.

pub mod audit;
pub mod backoff;
pub mod backups;
pub mod digests;
pub mod doctor;
pub mod envelope;
pub mod facts;
pub mod invitations;
pub mod keys;
pub mod lead_alerts;
pub mod moderation;
mod new_staff;
pub mod policy_tools;
pub mod retention;
pub mod setup;
pub mod staff;
pub mod submissions;
pub mod suggest_measure;
pub mod survivor;

use crate::domain::Day;

/// Seconds since the Unix epoch. Used only for staff sessions, never for anything a
/// survivor sends.
pub fn now_unix() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Today's date in UTC: the resolution at which survivor-related dates are stored.
pub fn today() -> Day {
    let now = time::OffsetDateTime::now_utc();
    Day::new(now.year(), u8::from(now.month()), now.day()).expect("the clock is past 1970")
}
