//! What `voices policy check` and `voices policy try` show the people who
//! write the moderation policy. Nothing here is logged: the text tried is only
//! read and answered.

use serde_json::{json, Value};

use crate::domain::{Language, SubmissionKind};
use crate::policy::Policy;

/// The suggestions for `text` as JSON:
/// `{"safeguarding": "urgent", "themes": ["debt_bondage"], "highlights":
/// [{"kind": "phone", "start": 10, "end": 22, "text": "07700 900123",
/// "confidence": 0.9}]}`. `start` and `end` count characters (Unicode scalar
/// values); `text` is the original characters of the span, invisible ones
/// included.
pub fn try_text(policy: &Policy, lang: Language, kind: SubmissionKind, text: &str) -> Value {
    let suggestions = policy.suggest.suggest(text, lang, kind);
    let chars: Vec<char> = text.chars().collect();
    let highlights: Vec<Value> = suggestions
        .highlights
        .iter()
        .map(|h| {
            json!({
                "kind": h.kind.as_str(),
                "start": h.start,
                "end": h.end,
                "text": chars[h.start..h.end].iter().collect::<String>(),
                // Two decimals: an f32 widened to JSON's f64 would print 0.8999999761581421.
                "confidence": (f64::from(h.confidence) * 100.0).round() / 100.0,
            })
        })
        .collect();
    let why: Vec<Value> = suggestions
        .why
        .iter()
        .map(|(start, end)| Value::String(chars[*start..*end].iter().collect()))
        .collect();
    json!({
        "safeguarding": suggestions.safeguarding.as_str(),
        "why": why,
        "signals": suggestions.signals,
        "themes": suggestions.themes,
        "highlights": highlights,
    })
}

/// One line saying what a valid policy holds.
pub fn summary(policy: &Policy) -> String {
    format!(
        "valid: {} themes with keywords in {} languages, {} crisis resources, safeguarding phrases and recognizers for every language",
        policy.themes.len(),
        Language::ALL.len(),
        policy.resources.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_names_each_span_by_its_original_characters() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("moderation");
        let policy = Policy::load(&dir).unwrap();
        let text = "I owe them a debt. Call 07700\u{200B}900123 tonight.";
        let value = try_text(&policy, Language::En, SubmissionKind::Story, text);
        assert!(value["themes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "debt_bondage"));
        let phone = &value["highlights"][0];
        assert_eq!(phone["kind"], "phone");
        assert_eq!(phone["text"], "07700\u{200B}900123");
        assert_eq!(phone["start"], 24);
        assert_eq!(phone["end"], 36);
        assert!(phone["confidence"].as_f64().unwrap() >= 0.9);
        assert!(["none", "concern", "urgent"].contains(&value["safeguarding"].as_str().unwrap()));
        assert!(summary(&policy).starts_with("valid: 23 themes"));
    }
}
