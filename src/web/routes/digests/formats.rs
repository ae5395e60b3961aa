//! What a released digest's JSON and CSV hold: its stored figures, the
//! policy's labels, today's quotes and responses, and the protection note.
//! Pure: no request, no database.

use serde_json::{json, Value};

use crate::app::digests::Released;
use crate::domain::Language;
use crate::policy::Policy;

/// The note on how the numbers were protected, in English for the data files.
pub const PROTECTION_NOTE: &str = "Counts under 10, and zeros, are not shown (suppressed); every other count is rounded to the nearest 5. More counts are not shown where the published figures, each known only to within its rounding, could otherwise narrow a suppressed count under 10 to a range that misses 0 or 10, solving every table together and a quarter with its months. A suppressed count says nothing about its size: counts hidden to protect others are often large. A period with no items at all is marked empty. Percentages only where the denominator is at least 20; trends only between two published counts; quotes only from survivors who allowed them, in wording they approved, three under a theme or none, only under themes and languages whose counts are published.";

fn labels(of: impl Fn(Language) -> String) -> Value {
    Value::Object(
        Language::ALL
            .iter()
            .map(|l| (l.code().to_owned(), Value::String(of(*l))))
            .collect(),
    )
}

/// The JSON of a released digest: its stored figures, labels from the policy,
/// today's quotes and responses.
pub fn digest_json(digest: &Released, policy: &Policy) -> Value {
    let mut value = serde_json::to_value(&digest.body).expect("plain data");
    if let Some(themes) = value.get_mut("themes").and_then(Value::as_array_mut) {
        for theme in themes {
            let key = theme["key"].as_str().unwrap_or_default().to_owned();
            if let Some(t) = policy.theme(&key) {
                theme["labels"] = labels(|l| t.label.get(l).to_owned());
            }
        }
    }
    if let Some(services) = value.get_mut("services").and_then(Value::as_array_mut) {
        for service in services {
            let key = service["key"].as_str().unwrap_or_default().to_owned();
            if let Some(s) = policy.feedback.service(&key) {
                service["labels"] = labels(|l| s.label.get(l).to_owned());
            }
        }
    }
    // Questions and answers are the same for every service: labelled once.
    let mut questions = serde_json::Map::new();
    let mut answers = serde_json::Map::new();
    for q in &policy.feedback.questions {
        questions.insert(q.key.clone(), labels(|l| q.label.get(l).to_owned()));
        answers.insert(
            q.key.clone(),
            Value::Object(
                q.answers
                    .iter()
                    .map(|a| (a.key.clone(), labels(|l| a.label.get(l).to_owned())))
                    .collect(),
            ),
        );
    }
    value["labels"] = json!({ "questions": questions, "answers": answers });
    value["released"] = json!(digest.released_on);
    value["content_hash"] = json!(format!("blake2b:{}", digest.hash));
    value["protection"] = json!(PROTECTION_NOTE);
    value["quotes"] = serde_json::to_value(&digest.quotes).expect("plain data");
    value["responses"] = Value::Array(
        digest
            .responses
            .iter()
            .map(|r| json!({"theme": r.theme, "language": r.language, "text": r.body, "written": r.written_on}))
            .collect(),
    );
    value
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// One row per cell: `period,table,key,detail,count,suppressed`.
pub fn digest_csv(digest: &Released) -> String {
    let mut out = String::from("period,table,key,detail,count,suppressed\r\n");
    for (slot, cell) in digest.body.cells() {
        let mut parts = slot.splitn(3, '/');
        let table = parts.next().unwrap_or_default();
        let key = parts.next().unwrap_or_default();
        let detail = parts.next().unwrap_or_default();
        out.push_str(&format!(
            "{},{},{},{},{},{}\r\n",
            digest.period,
            csv_field(table),
            csv_field(key),
            csv_field(detail),
            cell.count.map(|n| n.to_string()).unwrap_or_default(),
            cell.suppressed
        ));
    }
    out
}
