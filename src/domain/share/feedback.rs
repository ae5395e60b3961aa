//! Reads a service-feedback form against what the policy asks: a service it
//! offers, answers it accepts for each question, and what both forms end with.
//! No I/O here: the policy and the submitted fields are given.

use std::collections::BTreeMap;

use super::choices::Region;
use super::form::{about_you, check_text, finish, optional_choice};
use super::payload::{Payload, Shared};
use crate::domain::fields::{FieldError, FormFields};

/// What the feedback form asks, by key (the labels live in the policy files):
/// the kinds of service it offers, every kind older feedback may name, and each
/// question with the answers it accepts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FeedbackSpec {
    pub offered_services: Vec<String>,
    pub known_services: Vec<String>,
    pub questions: Vec<(String, Vec<String>)>,
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

#[cfg(test)]
mod tests {
    use super::super::choices::{AgeBand, Helped, PREFER_NOT_TO_SAY};
    use super::super::fixtures::fields;
    use super::*;

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
}
