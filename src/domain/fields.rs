//! A submitted form as name/value pairs, as the browser sent them. Parsing into a
//! story or feedback happens against this, so every field a person typed can be
//! given back to them whatever went wrong.
//! No I/O here: the web layer decodes the body.

/// The fields of one submitted form, in order, duplicates kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormFields(Vec<(String, String)>);

impl FormFields {
    pub fn new(pairs: Vec<(String, String)>) -> Self {
        Self(pairs)
    }

    /// Builds fields from borrowed pairs (tests and callers that already have them).
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Self {
        Self(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    /// The first value of `name`. Later duplicates are ignored, so a forged second
    /// copy of a field can never replace what the person typed first.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first value of `name`, or "" when absent.
    pub fn text(&self, name: &str) -> &str {
        self.get(name).unwrap_or("")
    }

    /// Every value of `name` (checkbox groups).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn has_value(&self, name: &str, value: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && v == value)
    }
}

/// One problem with one field: the field's name and the message key that explains
/// it (translated by the interface).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: std::borrow::Cow<'static, str>,
    pub message: &'static str,
}

impl FieldError {
    pub fn new(field: &'static str, message: &'static str) -> Self {
        Self {
            field: field.into(),
            message,
        }
    }

    /// For a field whose name is built at run time (a question's answer).
    pub fn owned(field: String, message: &'static str) -> Self {
        Self {
            field: field.into(),
            message,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_value_wins_and_groups_keep_every_value() {
        let fields = FormFields::new(vec![
            ("text".into(), "mine".into()),
            ("theme".into(), "a".into()),
            ("text".into(), "forged".into()),
            ("theme".into(), "b".into()),
        ]);
        assert_eq!(fields.get("text"), Some("mine"));
        assert_eq!(fields.all("theme"), ["a", "b"]);
        assert_eq!(fields.text("missing"), "");
        assert!(fields.has_value("theme", "b"));
    }
}
