//! Safeguarding levels (`policy.toml`'s `[[safeguarding_level]]`): each level's
//! rank in the queue, whether it alerts a lead, its label and guidance, and the
//! mapping between a level and its stored priority. It never raises an alert.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::entries::{check_key, line_of, translated, Translated};
use super::Policy;
use crate::domain::suggest::SafeguardingLevel;

/// A safeguarding level and what it sets in motion.
#[derive(Debug, Clone)]
pub struct LevelPolicy {
    pub level: SafeguardingLevel,
    pub rank: i32,
    pub notify_lead: bool,
    pub label: Translated,
    pub guidance: Translated,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLevel {
    key: String,
    rank: i32,
    notify_lead: bool,
    label: BTreeMap<String, String>,
    guidance: BTreeMap<String, String>,
}

/// Parses the `[[safeguarding_level]]` entries of `policy.toml`: exactly none,
/// concern and urgent, ranked 0, 1 and 2.
pub(super) fn parse_levels(source: &str, raw: Vec<RawLevel>) -> Result<Vec<LevelPolicy>, String> {
    let mut seen = BTreeSet::new();
    let mut levels = raw
        .into_iter()
        .map(|r| {
            check_key(source, "safeguarding_level", &r.key, &mut seen)?;
            let level: SafeguardingLevel = r.key.parse().map_err(|_| {
                format!(
                    "safeguarding_level `{}`{}: use none, concern or urgent",
                    r.key,
                    line_of(source, &r.key)
                )
            })?;
            Ok(LevelPolicy {
                level,
                rank: r.rank,
                notify_lead: r.notify_lead,
                label: translated(source, "safeguarding_level", &r.key, "label", r.label)?,
                guidance: translated(source, "safeguarding_level", &r.key, "guidance", r.guidance)?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    levels.sort_by_key(|l| l.level);
    let ranks: Vec<(SafeguardingLevel, i64)> = levels
        .iter()
        .map(|l| (l.level, i64::from(l.rank)))
        .collect();
    let expected = SafeguardingLevel::ALL.map(|l| (l, rank_of(l)));
    if ranks != expected {
        return Err(
            "safeguarding_level needs exactly none (rank 0), concern (rank 1) and urgent (rank 2)"
                .into(),
        );
    }
    Ok(levels)
}

/// The queue priority of a safeguarding level (stored in `submissions.priority`).
pub fn rank_of(level: SafeguardingLevel) -> i64 {
    match level {
        SafeguardingLevel::None => 0,
        SafeguardingLevel::Concern => 1,
        SafeguardingLevel::Urgent => 2,
    }
}

/// The level a stored priority stands for.
pub fn level_of_rank(rank: i64) -> SafeguardingLevel {
    match rank {
        r if r >= 2 => SafeguardingLevel::Urgent,
        1 => SafeguardingLevel::Concern,
        _ => SafeguardingLevel::None,
    }
}

impl Policy {
    pub fn level(&self, level: SafeguardingLevel) -> &LevelPolicy {
        self.levels
            .iter()
            .find(|l| l.level == level)
            .expect("validated: every level is present")
    }
}
