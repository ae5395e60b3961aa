//! What moderators record about a submission while they review it: the themes
//! and content warnings they confirm, the checklist they ticked, and where the
//! published story is. It travels inside the submission's envelope (encrypted
//! with its data key), so nothing about the review is readable in the database.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewRecord {
    /// Theme keys a moderator confirmed.
    #[serde(default)]
    pub themes: Vec<String>,
    /// Content-warning keys for readers and other moderators.
    #[serde(default)]
    pub content_warnings: Vec<String>,
    /// Checklist keys ticked.
    #[serde(default)]
    pub checklist: Vec<String>,
    /// The published story's id, so a withdrawal can remove it at once.
    #[serde(default)]
    pub published_story: Option<i64>,
    /// Why the words were not published (a decline reason key from the policy):
    /// the survivor is shown its kind message.
    #[serde(default)]
    pub decline_reason: Option<String>,
    /// The aggregation fact written when the item was approved for themes, so a
    /// withdrawal can remove it. Only here, inside the envelope: the facts table
    /// holds nothing that leads back to the item.
    #[serde(default)]
    pub fact: Option<i64>,
    /// The consented quote kept for digests, for the same reason.
    #[serde(default)]
    pub quote: Option<i64>,
}

impl ReviewRecord {
    /// Whether every item of `required` is ticked.
    pub fn checklist_done(&self, required: &[&str]) -> bool {
        required
            .iter()
            .all(|key| self.checklist.iter().any(|k| k == key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checklist_is_done_only_when_every_item_is_ticked() {
        let mut record = ReviewRecord {
            checklist: vec!["a".into()],
            ..Default::default()
        };
        assert!(!record.checklist_done(&["a", "b"]));
        record.checklist.push("b".into());
        assert!(record.checklist_done(&["a", "b"]));
        // An older record without some fields still reads.
        let old: ReviewRecord = serde_json::from_str(r#"{"themes":["education"]}"#).unwrap();
        assert_eq!(old.themes, ["education"]);
        assert!(old.checklist.is_empty());
    }
}
