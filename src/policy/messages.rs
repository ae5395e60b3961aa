//! What a moderator can send a survivor (`policy.toml`): the decline reasons, with
//! the message each one sends, and the message templates. It holds texts only;
//! it never sends a message or records a decision.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::entries::{check_key, translated, Translated};
use super::Policy;

/// Why words are not published, and what the survivor is told.
#[derive(Debug, Clone)]
pub struct DeclineReason {
    pub key: String,
    pub label: Translated,
    pub message: Translated,
}

/// A kind starting point for a message to a survivor.
#[derive(Debug, Clone)]
pub struct MessageTemplate {
    pub key: String,
    pub label: Translated,
    pub text: Translated,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDeclineReason {
    key: String,
    label: BTreeMap<String, String>,
    message: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTemplate {
    key: String,
    label: BTreeMap<String, String>,
    text: BTreeMap<String, String>,
}

/// Parses the `[[decline_reason]]` entries of `policy.toml`; the queue's bulk
/// actions need `duplicate` and `spam`.
pub(super) fn parse_decline_reasons(
    source: &str,
    raw: Vec<RawDeclineReason>,
) -> Result<Vec<DeclineReason>, String> {
    let mut seen = BTreeSet::new();
    let decline_reasons = raw
        .into_iter()
        .map(|r| {
            check_key(source, "decline_reason", &r.key, &mut seen)?;
            Ok(DeclineReason {
                label: translated(source, "decline_reason", &r.key, "label", r.label)?,
                message: translated(source, "decline_reason", &r.key, "message", r.message)?,
                key: r.key,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    for needed in ["duplicate", "spam"] {
        if !decline_reasons.iter().any(|r| r.key == needed) {
            return Err(format!(
                "decline_reason `{needed}` is missing (the queue's bulk actions use it)"
            ));
        }
    }
    Ok(decline_reasons)
}

/// Parses the `[[message_template]]` entries of `policy.toml`.
pub(super) fn parse_message_templates(
    source: &str,
    raw: Vec<RawTemplate>,
) -> Result<Vec<MessageTemplate>, String> {
    let mut seen = BTreeSet::new();
    let message_templates = raw
        .into_iter()
        .map(|r| {
            check_key(source, "message_template", &r.key, &mut seen)?;
            Ok(MessageTemplate {
                label: translated(source, "message_template", &r.key, "label", r.label)?,
                text: translated(source, "message_template", &r.key, "text", r.text)?,
                key: r.key,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    if message_templates.is_empty() {
        return Err("no message_template entries".into());
    }
    Ok(message_templates)
}

impl Policy {
    pub fn decline_reason(&self, key: &str) -> Option<&DeclineReason> {
        self.decline_reasons.iter().find(|r| r.key == key)
    }
}
