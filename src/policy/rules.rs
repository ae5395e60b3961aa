//! `policy.toml` as a whole: the publication checklist and the content warnings
//! (with the themes each is suggested for) here, and the redactions, decline
//! reasons, message templates and safeguarding levels read by their own files.
//! It checks the file's own entries; whether a theme exists is checked by the loader.
//! Nothing here reads a file; `load.rs` does.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::entries::{check_key, translated, Labelled, RawLabelled};
use super::levels::{parse_levels, LevelPolicy, RawLevel};
use super::messages::{
    parse_decline_reasons, parse_message_templates, DeclineReason, MessageTemplate,
    RawDeclineReason, RawTemplate,
};
use super::redactions::{parse_redactions, RawRedaction, Redaction};
use super::Policy;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    checklist: Vec<RawLabelled>,
    content_warning: Vec<RawWarning>,
    redaction: Vec<RawRedaction>,
    decline_reason: Vec<RawDeclineReason>,
    message_template: Vec<RawTemplate>,
    safeguarding_level: Vec<RawLevel>,
}

/// A content warning, and the themes it is suggested for before anyone reads.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWarning {
    key: String,
    label: BTreeMap<String, String>,
    #[serde(default)]
    themes: Vec<String>,
}

/// The parts of `policy.toml`.
pub struct Rules {
    pub checklist: Vec<Labelled>,
    pub content_warnings: Vec<Labelled>,
    pub warning_themes: Vec<(String, Vec<String>)>,
    pub redactions: Vec<Redaction>,
    pub decline_reasons: Vec<DeclineReason>,
    pub message_templates: Vec<MessageTemplate>,
    pub levels: Vec<LevelPolicy>,
}

impl Policy {
    /// Parses `policy.toml`.
    pub fn parse_rules(source: &str) -> Result<Rules, String> {
        let file: PolicyFile = toml::from_str(source).map_err(|e| e.to_string())?;
        let labelled = |what: &str, raw: Vec<RawLabelled>| -> Result<Vec<Labelled>, String> {
            if raw.is_empty() {
                return Err(format!("no {what} entries"));
            }
            let mut seen = BTreeSet::new();
            raw.into_iter()
                .map(|r| {
                    check_key(source, what, &r.key, &mut seen)?;
                    Ok(Labelled {
                        label: translated(source, what, &r.key, "label", r.label)?,
                        key: r.key,
                    })
                })
                .collect()
        };
        let checklist = labelled("checklist", file.checklist)?;
        let warning_themes: Vec<(String, Vec<String>)> = file
            .content_warning
            .iter()
            .map(|w| (w.key.clone(), w.themes.clone()))
            .collect();
        let content_warnings = labelled(
            "content_warning",
            file.content_warning
                .into_iter()
                .map(|w| RawLabelled {
                    key: w.key,
                    label: w.label,
                })
                .collect(),
        )?;

        let redactions = parse_redactions(source, file.redaction)?;
        let decline_reasons = parse_decline_reasons(source, file.decline_reason)?;
        let message_templates = parse_message_templates(source, file.message_template)?;
        let levels = parse_levels(source, file.safeguarding_level)?;
        Ok(Rules {
            checklist,
            content_warnings,
            warning_themes,
            redactions,
            decline_reasons,
            message_templates,
            levels,
        })
    }

    pub fn checklist_keys(&self) -> Vec<&str> {
        self.checklist.iter().map(|c| c.key.as_str()).collect()
    }

    /// The content warnings suggested for `themes`, in the policy's order.
    pub fn warnings_for_themes(&self, themes: &[String]) -> Vec<String> {
        self.warning_themes
            .iter()
            .filter(|(_, for_themes)| for_themes.iter().any(|t| themes.contains(t)))
            .map(|(key, _)| key.clone())
            .collect()
    }

    pub fn content_warning(&self, key: &str) -> Option<&Labelled> {
        self.content_warnings.iter().find(|c| c.key == key)
    }
}
