//! The `[digests]` section: when theme digests are built and who may read them.
//! Only the settings; building and serving digests lives in `app::digests`,
//! which this file must never import.

use serde::{Deserialize, Serialize};

/// Digest settings (`[digests]` in voices.toml).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct DigestConfig {
    /// Days after a month closes before the schedule builds its digest, so late
    /// moderation decisions for it are counted.
    pub delay_days: u32,
    /// Minutes between checks for a digest that is due.
    pub every_minutes: u64,
    /// Digests only for practitioners (signed in, or with an API token); public
    /// by default. An admin can change it on the digests page.
    pub practitioner_only: bool,
    /// Requests a minute one API token may make.
    pub token_requests_per_minute: u32,
}

impl Default for DigestConfig {
    fn default() -> Self {
        Self {
            delay_days: 7,
            every_minutes: 60,
            practitioner_only: false,
            token_requests_per_minute: 120,
        }
    }
}
