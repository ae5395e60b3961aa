//! What a survivor shares: a story, or feedback about a service. Parsed from the
//! submitted form with every problem reported per field, and serialised into the
//! payload that goes inside the envelope.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::consent::Consent;
use super::fields::{FieldError, FormFields};

/// The longest story or comment, in characters (a line break counts once).
pub const MAX_TEXT_CHARS: usize = 20_000;

/// The honeypot: a field people never see. Anything in it means a program filled
/// the form in.
pub const HONEYPOT_FIELD: &str = "contact_extra";

/// Counts characters the way a person (and a browser's `maxlength`) sees them:
/// a line break sent as CR LF is one character.
pub fn visible_length(text: &str) -> usize {
    text.chars().count() - text.matches("\r\n").count()
}

macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $key)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable key used in forms, storage and message ids.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn parse(value: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.key() == value)
            }
        }
    };
}

choice_enum!(
    /// Coarse regions only: never a town or a postcode.
    Region {
        NorthEast => "north_east",
        NorthWest => "north_west",
        Yorkshire => "yorkshire",
        EastMidlands => "east_midlands",
        WestMidlands => "west_midlands",
        EastOfEngland => "east_of_england",
        London => "london",
        SouthEast => "south_east",
        SouthWest => "south_west",
        Scotland => "scotland",
        Wales => "wales",
        NorthernIreland => "northern_ireland",
        PreferNotToSay => "prefer_not_to_say",
    }
);

choice_enum!(
    /// Age bands only, never a date of birth. "26 or older" is there because
    /// people look back on what happened when they were children.
    AgeBand {
        Under16 => "under_16",
        From16To17 => "16_17",
        From18To21 => "18_21",
        From22To25 => "22_25",
        From26 => "26_plus",
        PreferNotToSay => "prefer_not_to_say",
    }
);

choice_enum!(
    /// Did someone help fill the form in? It helps a moderator read the words
    /// in context.
    Helped {
        No => "no",
        Worker => "worker",
        SomeoneClose => "someone_close",
        PreferNotToSay => "prefer_not_to_say",
    }
);

/// The answer every feedback question offers besides its scale.
pub const PREFER_NOT_TO_SAY: &str = "prefer_not_to_say";

/// What the feedback form asks, by key (the labels live in the policy files):
/// the kinds of service it offers, every kind older feedback may name, and each
/// question with the answers it accepts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FeedbackSpec {
    pub offered_services: Vec<String>,
    pub known_services: Vec<String>,
    pub questions: Vec<(String, Vec<String>)>,
}

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
    pub fn kind(&self) -> super::SubmissionKind {
        match self {
            Shared::Story { .. } => super::SubmissionKind::Story,
            Shared::Feedback { .. } => super::SubmissionKind::Feedback,
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

fn check_text(fields: &FormFields, required: bool, errors: &mut Vec<FieldError>) -> String {
    let text = fields.text("text");
    if required && text.trim().is_empty() {
        errors.push(FieldError::new("text", "share-text-missing"));
    } else if visible_length(text) > MAX_TEXT_CHARS {
        errors.push(FieldError::new("text", "share-text-too-long"));
    }
    text.to_owned()
}

fn optional_choice<T: Copy>(
    fields: &FormFields,
    name: &'static str,
    parse: fn(&str) -> Option<T>,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    match fields.get(name) {
        None | Some("") => None,
        Some(value) => {
            let parsed = parse(value);
            if parsed.is_none() {
                errors.push(FieldError::new(name, "form-invalid-choice"));
            }
            parsed
        }
    }
}

fn finish(
    shared: Shared,
    fields: &FormFields,
    mut errors: Vec<FieldError>,
) -> Result<Payload, Vec<FieldError>> {
    if !fields.text(HONEYPOT_FIELD).is_empty() {
        errors.push(FieldError::new(HONEYPOT_FIELD, "share-honeypot-filled"));
    }
    match Consent::from_fields(fields) {
        Ok(consent) if errors.is_empty() => Ok(Payload::new(shared, consent)),
        Ok(_) => Err(errors),
        Err(consent_errors) => {
            errors.extend(consent_errors);
            Err(errors)
        }
    }
}

/// Reads a story form. `themes` are the theme keys the policy knows.
pub fn parse_story(fields: &FormFields, themes: &[&str]) -> Result<Payload, Vec<FieldError>> {
    let mut errors = Vec::new();
    let text = check_text(fields, true, &mut errors);
    let mut chosen = Vec::new();
    for theme in fields.all("theme") {
        if !themes.contains(&theme) {
            if !errors.iter().any(|e| e.field == "theme") {
                errors.push(FieldError::new("theme", "form-invalid-choice"));
            }
        } else if !chosen.iter().any(|c| c == theme) {
            chosen.push(theme.to_owned());
        }
    }
    let (age_band, helped) = about_you(fields, &mut errors);
    finish(
        Shared::Story {
            text,
            themes: chosen,
            age_band,
            helped,
        },
        fields,
        errors,
    )
}

/// The form field that holds the answer to a question.
pub fn answer_field(question: &str) -> String {
    format!("answer_{question}")
}

/// Reads a service-feedback form against what the policy asks.
pub fn parse_feedback(
    fields: &FormFields,
    spec: &FeedbackSpec,
) -> Result<Payload, Vec<FieldError>> {
    let mut errors = Vec::new();
    let service = match fields.get("service") {
        None | Some("") => {
            errors.push(FieldError::new("service", "feedback-service-missing"));
            None
        }
        Some(value) => {
            let offered = spec.offered_services.iter().any(|s| s == value);
            if !offered {
                errors.push(FieldError::new("service", "form-invalid-choice"));
            }
            offered.then(|| value.to_owned())
        }
    };
    let region = optional_choice(fields, "region", Region::parse, &mut errors);
    let mut answers = BTreeMap::new();
    for (question, accepted) in &spec.questions {
        let field = answer_field(question);
        match fields.get(&field) {
            None | Some("") => {}
            Some(answer) if accepted.iter().any(|a| a == answer) => {
                answers.insert(question.clone(), answer.to_owned());
            }
            Some(_) => errors.push(FieldError::owned(field, "form-invalid-choice")),
        }
    }
    let text = check_text(fields, false, &mut errors);
    let (age_band, helped) = about_you(fields, &mut errors);
    let shared = Shared::Feedback {
        service: service.unwrap_or_default(),
        region,
        answers,
        text,
        age_band,
        helped,
    };
    finish(shared, fields, errors)
}

/// The two optional questions both forms end with.
fn about_you(
    fields: &FormFields,
    errors: &mut Vec<FieldError>,
) -> (Option<AgeBand>, Option<Helped>) {
    (
        optional_choice(fields, "age_band", AgeBand::parse, errors),
        optional_choice(fields, "helped", Helped::parse, errors),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::consent::ConsentUse;

    fn fields(pairs: &[(&str, &str)]) -> FormFields {
        FormFields::from_pairs(pairs)
    }

    const THEMES: [&str; 2] = ["not_believed", "education"];

    #[test]
    fn a_story_keeps_its_text_exactly() {
        let text = "<script>alert(1)</script>\u{202E}abc\u{200B} 😊 \0 end\r\nline two";
        let payload = parse_story(
            &fields(&[
                ("text", text),
                ("theme", "education"),
                ("consent_use", "themes_only"),
                ("quotes", "no"),
            ]),
            &THEMES,
        )
        .unwrap();
        assert_eq!(payload.shared.text(), text);
        assert_eq!(payload.consent.usage, ConsentUse::ThemesOnly);
        let json = serde_json::to_string(&payload).unwrap();
        assert_eq!(serde_json::from_str::<Payload>(&json).unwrap(), payload);
    }

    #[test]
    fn an_empty_story_reports_every_missing_field() {
        let errors = parse_story(&fields(&[("text", "   ")]), &THEMES).unwrap_err();
        let named: Vec<_> = errors
            .iter()
            .map(|e| (e.field.as_ref(), e.message))
            .collect();
        assert_eq!(
            named,
            [
                ("text", "share-text-missing"),
                ("consent_use", "consent-use-missing"),
            ]
        );
    }

    #[test]
    fn length_counts_what_the_person_sees() {
        let at_limit = "a".repeat(MAX_TEXT_CHARS);
        let ok = fields(&[("text", &at_limit), ("consent_use", "team_only")]);
        assert!(parse_story(&ok, &THEMES).is_ok());
        let with_breaks = format!("{}\r\n", "é".repeat(MAX_TEXT_CHARS - 1));
        assert!(parse_story(
            &fields(&[("text", &with_breaks), ("consent_use", "team_only")]),
            &THEMES
        )
        .is_ok());
        let over = "a".repeat(MAX_TEXT_CHARS + 1);
        let errors = parse_story(
            &fields(&[("text", &over), ("consent_use", "team_only")]),
            &THEMES,
        )
        .unwrap_err();
        assert_eq!(errors, [FieldError::new("text", "share-text-too-long")]);
    }

    #[test]
    fn forged_themes_and_the_honeypot_are_caught() {
        let errors = parse_story(
            &fields(&[
                ("text", "x"),
                ("theme", "made_up"),
                ("consent_use", "team_only"),
                (HONEYPOT_FIELD, "http://spam"),
            ]),
            &THEMES,
        )
        .unwrap_err();
        assert_eq!(
            errors,
            [
                FieldError::new("theme", "form-invalid-choice"),
                FieldError::new(HONEYPOT_FIELD, "share-honeypot-filled")
            ]
        );
    }

    fn spec() -> FeedbackSpec {
        let extent = [
            "not_at_all",
            "a_little",
            "partly",
            "mostly",
            "completely",
            PREFER_NOT_TO_SAY,
        ];
        let own: Vec<String> = extent
            .iter()
            .chain(&["not_needed"])
            .map(|a| a.to_string())
            .collect();
        FeedbackSpec {
            offered_services: vec!["police".into(), "interpreter".into()],
            known_services: vec!["police".into(), "interpreter".into(), "placement".into()],
            questions: vec![
                (
                    "listened".into(),
                    extent.iter().map(|a| a.to_string()).collect(),
                ),
                ("own_language".into(), own),
            ],
        }
    }

    #[test]
    fn feedback_needs_only_the_service_and_consent() {
        let payload = parse_feedback(
            &fields(&[
                ("service", "police"),
                ("consent_use", "publish"),
                ("quotes", "yes"),
            ]),
            &spec(),
        )
        .unwrap();
        match payload.shared {
            Shared::Feedback {
                service,
                answers,
                region,
                helped,
                ..
            } => {
                assert_eq!(service, "police");
                assert!(answers.is_empty());
                assert_eq!(region, None);
                assert_eq!(helped, None);
            }
            _ => panic!("feedback expected"),
        }
        let full = parse_feedback(
            &fields(&[
                ("service", "interpreter"),
                ("region", "wales"),
                ("answer_listened", "not_at_all"),
                ("answer_own_language", "not_needed"),
                ("age_band", "26_plus"),
                ("helped", "worker"),
                ("text", "They spoke the wrong dialect."),
                ("consent_use", "themes_only"),
            ]),
            &spec(),
        )
        .unwrap();
        let Shared::Feedback {
            answers,
            age_band,
            helped,
            ..
        } = full.shared
        else {
            panic!()
        };
        assert_eq!(answers["listened"], "not_at_all");
        assert_eq!(answers["own_language"], "not_needed");
        assert_eq!(age_band, Some(AgeBand::From26));
        assert_eq!(helped, Some(Helped::Worker));
    }

    #[test]
    fn feedback_refuses_forged_choices_field_by_field() {
        let errors = parse_feedback(
            &fields(&[
                ("service", "bank"),
                ("region", "Leeds"),
                ("answer_listened", "not_needed"),
                ("age_band", "2001-01-01"),
                ("consent_use", "team_only"),
            ]),
            &spec(),
        )
        .unwrap_err();
        let named: Vec<_> = errors.iter().map(|e| e.field.as_ref()).collect();
        assert_eq!(named, ["service", "region", "answer_listened", "age_band"]);
        // A kind of service no longer offered is refused on the form.
        let errors = parse_feedback(
            &fields(&[("service", "placement"), ("consent_use", "team_only")]),
            &spec(),
        )
        .unwrap_err();
        assert_eq!(errors, [FieldError::new("service", "form-invalid-choice")]);
        let errors = parse_feedback(&fields(&[("consent_use", "team_only")]), &spec()).unwrap_err();
        assert_eq!(
            errors,
            [FieldError::new("service", "feedback-service-missing")]
        );
    }

    #[test]
    fn a_story_may_say_the_age_band_and_who_helped() {
        let payload = parse_story(
            &fields(&[
                ("text", "x"),
                ("age_band", "prefer_not_to_say"),
                ("helped", "someone_close"),
                ("consent_use", "team_only"),
            ]),
            &THEMES,
        )
        .unwrap();
        let Shared::Story {
            age_band, helped, ..
        } = payload.shared
        else {
            panic!()
        };
        assert_eq!(age_band, Some(AgeBand::PreferNotToSay));
        assert_eq!(helped, Some(Helped::SomeoneClose));
    }

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
