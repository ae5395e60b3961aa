//! What was shared, by kind, and the payload that goes inside a submission's
//! envelope, including how older envelopes still read. Changing a field here
//! changes what every stored envelope must decode to.
//! No cryptography here: the app layer seals it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::choices::{AgeBand, Helped, Region};
use crate::domain::consent::Consent;
use crate::domain::SubmissionKind;

/// Feedback answers stored before the answer scale had word keys used the
/// numbers 1 to 5 for the same five steps.
fn legacy_answers<'de, D>(deserializer: D) -> Result<BTreeMap<String, String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let stored = BTreeMap::<String, String>::deserialize(deserializer)?;
    Ok(stored
        .into_iter()
        .map(|(question, answer)| {
            let answer = match answer.as_str() {
                "1" => "not_at_all".to_owned(),
                "2" => "a_little".to_owned(),
                "3" => "partly".to_owned(),
                "4" => "mostly".to_owned(),
                "5" => "completely".to_owned(),
                _ => answer,
            };
            (question, answer)
        })
        .collect())
}

/// What was shared, by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Shared {
    Story {
        text: String,
        /// Theme keys the survivor ticked (suggestions; a moderator confirms).
        themes: Vec<String>,
        #[serde(default)]
        age_band: Option<AgeBand>,
        #[serde(default)]
        helped: Option<Helped>,
    },
    Feedback {
        /// A service key from `moderation/feedback.toml`.
        service: String,
        region: Option<Region>,
        /// Question key to answer key, for the questions answered.
        #[serde(deserialize_with = "legacy_answers")]
        answers: BTreeMap<String, String>,
        text: String,
        age_band: Option<AgeBand>,
        #[serde(default)]
        helped: Option<Helped>,
    },
}

impl Shared {
    pub fn kind(&self) -> SubmissionKind {
        match self {
            Shared::Story { .. } => SubmissionKind::Story,
            Shared::Feedback { .. } => SubmissionKind::Feedback,
        }
    }

    pub fn text(&self) -> &str {
        match self {
            Shared::Story { text, .. } | Shared::Feedback { text, .. } => text,
        }
    }
}

/// Everything that goes inside a submission's envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payload {
    /// Format version, so later versions can read older envelopes.
    pub v: u8,
    pub shared: Shared,
    pub consent: Consent,
}

impl Payload {
    pub const VERSION: u8 = 1;

    pub fn new(shared: Shared, consent: Consent) -> Self {
        Self {
            v: Self::VERSION,
            shared,
            consent,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::choices::PREFER_NOT_TO_SAY;
    use super::*;

    #[test]
    fn envelopes_written_before_the_word_scale_still_read() {
        let stored = r#"{"v":1,"shared":{"kind":"feedback","service":"placement","region":null,
            "answers":{"listened":"1","felt_safe":"5","believed":"prefer_not_to_say"},
            "text":"","age_band":"16_17"},"consent":{"use":"team_only","quotes":false}}"#;
        let payload: Payload = serde_json::from_str(stored).unwrap();
        let Shared::Feedback {
            service,
            answers,
            helped,
            ..
        } = payload.shared
        else {
            panic!()
        };
        assert_eq!(service, "placement");
        assert_eq!(answers["listened"], "not_at_all");
        assert_eq!(answers["felt_safe"], "completely");
        assert_eq!(answers["believed"], PREFER_NOT_TO_SAY);
        assert_eq!(helped, None);
        let story = r#"{"v":1,"shared":{"kind":"story","text":"t","themes":[]},"consent":{"use":"team_only","quotes":false}}"#;
        assert!(serde_json::from_str::<Payload>(story).is_ok());
    }
}
