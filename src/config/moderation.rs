//! The `[moderation]` and `[retention]` sections: claims, moderator wellbeing,
//! and how long declined and withdrawn items are kept. Only the numbers; the
//! queue and the retention job that use them live in `app`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModerationConfig {
    /// Minutes a claim on an item lasts before it is released.
    pub claim_minutes: u64,
    /// Items opened in a day after which a moderator is offered a break (an admin
    /// can change it on the settings page).
    pub break_after: u32,
    /// Items a moderator may open in a day: 20 by default (an admin can change
    /// it, or lift it, on the settings page).
    pub daily_cap: Option<u32>,
    /// Publication needs two different moderators (an admin can change it).
    pub two_person_publication: bool,
    /// Days an item may wait unopened before the queue shows it at the top as
    /// "waiting too long", whatever its level (dates are kept to the day, so 2
    /// means received two or more calendar days ago).
    #[serde(default = "default_waiting_too_long_days")]
    pub waiting_too_long_days: u32,
}

pub(super) fn default_waiting_too_long_days() -> u32 {
    2
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionConfig {
    /// Days after a decline before the words are destroyed.
    pub declined_days: u32,
    /// Days after a withdrawal before even the content-free record is deleted
    /// (until then the receipt code can say "deleted").
    pub withdrawn_days: u32,
    /// Minutes between runs of the retention job (expired claims too).
    pub every_minutes: u64,
}
