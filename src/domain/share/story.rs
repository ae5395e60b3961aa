//! Reads a story form: the text, the themes the survivor ticked (only those the
//! policy knows), and what both forms end with.
//! No I/O here: the policy and the submitted fields are given.

use super::form::{about_you, check_text, finish};
use super::payload::{Payload, Shared};
use crate::domain::fields::{FieldError, FormFields};

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

#[cfg(test)]
mod tests {
    use super::super::choices::{AgeBand, Helped};
    use super::super::fixtures::fields;
    use super::super::form::{HONEYPOT_FIELD, MAX_TEXT_CHARS};
    use super::*;
    use crate::domain::consent::ConsentUse;

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
}
