//! A policy's keys and a fact, shared by the digest's tests.
//! Test data only; it is never built into the server.

use super::spec::DigestSpec;
use crate::domain::facts::Fact;
use crate::domain::share::{AgeBand, Region};
use crate::domain::SubmissionKind;

pub(super) fn spec() -> DigestSpec {
    DigestSpec {
        languages: vec!["en".into(), "vi".into()],
        themes: vec!["not_believed".into(), "education".into()],
        age_bands: vec!["16_17".into()],
        regions: vec!["london".into()],
        services: vec!["police".into()],
        questions: vec![("listened".into(), vec!["mostly".into(), "partly".into()])],
    }
}

pub(super) fn fact(language: &str, kind: SubmissionKind) -> Fact {
    Fact {
        month: "2026-10".into(),
        language: language.into(),
        kind,
        service: (kind == SubmissionKind::Feedback).then(|| "police".into()),
        region: Some(Region::London),
        age_band: Some(AgeBand::From16To17),
        themes: vec!["not_believed".into()],
        answers: [("listened".to_owned(), "mostly".to_owned())].into(),
    }
}
