//! What both forms check the same way: the length of the text as a person sees
//! it, the honeypot, the optional choices about the person, and the consent
//! that must come with every submission. Every problem is reported per field.
//! No I/O here.

use super::choices::{AgeBand, Helped};
use super::payload::{Payload, Shared};
use crate::domain::consent::Consent;
use crate::domain::fields::{FieldError, FormFields};

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

pub(super) fn check_text(
    fields: &FormFields,
    required: bool,
    errors: &mut Vec<FieldError>,
) -> String {
    let text = fields.text("text");
    if required && text.trim().is_empty() {
        errors.push(FieldError::new("text", "share-text-missing"));
    } else if visible_length(text) > MAX_TEXT_CHARS {
        errors.push(FieldError::new("text", "share-text-too-long"));
    }
    text.to_owned()
}

pub(super) fn optional_choice<T: Copy>(
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

pub(super) fn finish(
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

/// The two optional questions both forms end with.
pub(super) fn about_you(
    fields: &FormFields,
    errors: &mut Vec<FieldError>,
) -> (Option<AgeBand>, Option<Helped>) {
    (
        optional_choice(fields, "age_band", AgeBand::parse, errors),
        optional_choice(fields, "helped", Helped::parse, errors),
    )
}
