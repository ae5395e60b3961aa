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
    /// The kinds of service a survivor can give feedback about.
    ServiceType {
        Police => "police",
        SocialCare => "social_care",
        Placement => "placement",
        Guardian => "guardian",
        Referral => "referral",
        Health => "health",
        School => "school",
        LegalAdvice => "legal_advice",
        Immigration => "immigration",
        YouthJustice => "youth_justice",
        Charity => "charity",
        Interpreter => "interpreter",
        Other => "other",
    }
);

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
    /// The five questions every piece of service feedback asks.
    Question {
        Listened => "listened",
        Believed => "believed",
        KeptInformed => "kept_informed",
        FeltSafe => "felt_safe",
        OwnLanguage => "own_language",
    }
);

choice_enum!(
    /// An answer on the five-point scale, or a choice not to say.
    Answer {
        NotAtAll => "1",
        ALittle => "2",
        Sometimes => "3",
        Mostly => "4",
        Completely => "5",
        PreferNotToSay => "prefer_not_to_say",
    }
);

choice_enum!(
    /// Age bands only, never a date of birth.
    AgeBand {
        Under16 => "under_16",
        From16To17 => "16_17",
        From18To21 => "18_21",
        From22To25 => "22_25",
    }
);

/// What was shared, by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Shared {
    Story {
        text: String,
        /// Theme keys the survivor ticked (suggestions; a moderator confirms).
        themes: Vec<String>,
    },
    Feedback {
        service: ServiceType,
        region: Option<Region>,
        answers: BTreeMap<String, Answer>,
        text: String,
        age_band: Option<AgeBand>,
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
    finish(
        Shared::Story {
            text,
            themes: chosen,
        },
        fields,
        errors,
    )
}

/// The form field that holds the answer to a question.
pub fn answer_field(question: Question) -> &'static str {
    match question {
        Question::Listened => "answer_listened",
        Question::Believed => "answer_believed",
        Question::KeptInformed => "answer_kept_informed",
        Question::FeltSafe => "answer_felt_safe",
        Question::OwnLanguage => "answer_own_language",
    }
}

/// Reads a service-feedback form.
pub fn parse_feedback(fields: &FormFields) -> Result<Payload, Vec<FieldError>> {
    let mut errors = Vec::new();
    let service = match fields.get("service") {
        None | Some("") => {
            errors.push(FieldError::new("service", "feedback-service-missing"));
            None
        }
        Some(value) => {
            let parsed = ServiceType::parse(value);
            if parsed.is_none() {
                errors.push(FieldError::new("service", "form-invalid-choice"));
            }
            parsed
        }
    };
    let region = optional_choice(fields, "region", Region::parse, &mut errors);
    let mut answers = BTreeMap::new();
    for &question in Question::ALL {
        if let Some(answer) =
            optional_choice(fields, answer_field(question), Answer::parse, &mut errors)
        {
            answers.insert(question.key().to_owned(), answer);
        }
    }
    let text = check_text(fields, false, &mut errors);
    let age_band = optional_choice(fields, "age_band", AgeBand::parse, &mut errors);
    let shared = Shared::Feedback {
        service: service.unwrap_or(ServiceType::Other),
        region,
        answers,
        text,
        age_band,
    };
    finish(shared, fields, errors)
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
        let named: Vec<_> = errors.iter().map(|e| (e.field, e.message)).collect();
        assert_eq!(
            named,
            [
                ("text", "share-text-missing"),
                ("consent_use", "consent-use-missing"),
                ("quotes", "consent-quotes-missing")
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

    #[test]
    fn feedback_needs_only_the_service_and_consent() {
        let payload = parse_feedback(&fields(&[
            ("service", "police"),
            ("consent_use", "publish"),
            ("quotes", "yes"),
        ]))
        .unwrap();
        match payload.shared {
            Shared::Feedback {
                service,
                answers,
                region,
                ..
            } => {
                assert_eq!(service, ServiceType::Police);
                assert!(answers.is_empty());
                assert_eq!(region, None);
            }
            _ => panic!("feedback expected"),
        }
        let full = parse_feedback(&fields(&[
            ("service", "interpreter"),
            ("region", "wales"),
            ("answer_listened", "1"),
            ("answer_own_language", "prefer_not_to_say"),
            ("age_band", "16_17"),
            ("text", "They spoke the wrong dialect."),
            ("consent_use", "themes_only"),
            ("quotes", "no"),
        ]))
        .unwrap();
        let Shared::Feedback {
            answers, age_band, ..
        } = full.shared
        else {
            panic!()
        };
        assert_eq!(answers["listened"], Answer::NotAtAll);
        assert_eq!(answers["own_language"], Answer::PreferNotToSay);
        assert_eq!(age_band, Some(AgeBand::From16To17));
    }

    #[test]
    fn feedback_refuses_forged_choices_field_by_field() {
        let errors = parse_feedback(&fields(&[
            ("service", "bank"),
            ("region", "Leeds"),
            ("answer_believed", "7"),
            ("age_band", "2001-01-01"),
            ("consent_use", "team_only"),
        ]))
        .unwrap_err();
        let named: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(named, ["service", "region", "answer_believed", "age_band"]);
        let errors = parse_feedback(&fields(&[("consent_use", "team_only")])).unwrap_err();
        assert_eq!(
            errors,
            [FieldError::new("service", "feedback-service-missing")]
        );
    }
}
