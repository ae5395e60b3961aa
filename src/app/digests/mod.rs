//! Building, releasing and reading theme digests, "you said, we did" responses,
//! and the API tokens practitioners read digests with.
//!
//! A digest is built once its period has closed; once released its bytes never
//! change: building the same period again must give the same bytes, and its
//! content hash is in the audit log. Nothing here reads a submission.
//!
//! Each part in a file of its own: who may read digests (`access`), building
//! and releasing one period (`build`), its bytes (`compose`), checking released
//! ones again (`check`), the due periods and the schedule (`schedule`), reading
//! what is released (`released`), responses (`responses`) and API tokens
//! (`tokens`).

mod access;
mod build;
mod check;
mod compose;
mod released;
mod responses;
mod schedule;
mod tokens;

/// Digest settings (`[digests]` in voices.toml), owned by the configuration.
pub use crate::config::DigestConfig;

pub use access::{practitioner_only, set_practitioner_only, SETTING_PRACTITIONER_ONLY};
pub use build::{build, Built, PERIOD_OPEN, QUARTER_ALREADY_RELEASED};
pub use check::check_released;
pub use compose::{compose, spec};
pub use released::{
    freshness, list, month_released, parse_body, released, released_body, Quote, Released,
    QUOTES_PER_THEME,
};
pub use responses::{respond, RESPONSE_CHARS};
pub use schedule::{build_due, build_due_if_leased, closed_periods, Progress};
pub use tokens::{check_token, issue_token, revoke_token};

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
