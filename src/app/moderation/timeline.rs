//! An item's history as its page shows it: the team's events and the
//! survivor's, in one order. Never shows who opened an item.

use std::collections::HashMap;

use crate::storage::events::{StaffEventRow, SurvivorEventRow};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// A UTC minute for staff events, a day for the survivor's.
    pub when: String,
    pub who: Who,
    pub action: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    Survivor,
    Staff(String),
    Voices,
}

pub(super) fn timeline(
    staff: Vec<StaffEventRow>,
    survivor: Vec<SurvivorEventRow>,
    names: &HashMap<i64, String>,
) -> Vec<TimelineEntry> {
    let mut entries: Vec<TimelineEntry> = staff
        .into_iter()
        .filter(|e| e.action != "opened")
        .map(|e| TimelineEntry {
            when: e.at,
            who: match e.staff_id {
                Some(id) => Who::Staff(names.get(&id).cloned().unwrap_or_default()),
                None => Who::Voices,
            },
            action: e.action,
            detail: e.detail,
        })
        .chain(survivor.into_iter().map(|e| TimelineEntry {
            when: e.day,
            who: Who::Survivor,
            action: e.action,
            detail: e.detail,
        }))
        .collect();
    // The survivor's events carry their day only, not a time: they sort after
    // the team's events of that day, never among them by a time they do not
    // have; only the sharing itself, which everything else follows, comes
    // first. The sort is stable, so events of one day keep their order.
    let key = |e: &TimelineEntry| {
        let rank = match (&e.who, e.action.as_str()) {
            (Who::Survivor, "shared") => 0,
            (Who::Survivor, _) => 2,
            _ => 1,
        };
        (
            e.when.get(..10).unwrap_or(&e.when).to_owned(),
            rank,
            e.when.clone(),
        )
    };
    entries.sort_by_key(key);
    entries
}
