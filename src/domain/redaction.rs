//! Edited versions and messages: the text rules a moderator's edit and a message
//! must follow. An edit removes identifying details, not meaning, so an edit that
//! leaves nothing but replacement tokens is refused.

/// The longest message either side may send, in characters.
pub const MAX_MESSAGE_CHARS: usize = 2_000;

/// One identifying detail to replace, in characters of the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement<'a> {
    pub start: usize,
    pub end: usize,
    pub token: &'a str,
}

/// The text with each replacement's characters swapped for its token: the
/// pre-filled edited version a moderator starts from. Replacements that overlap
/// an earlier one, or fall outside the text, are skipped.
pub fn apply(text: &str, replacements: &[Replacement<'_>]) -> String {
    let mut sorted: Vec<&Replacement<'_>> = replacements.iter().collect();
    sorted.sort_by_key(|r| (r.start, r.end));
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in sorted {
        if r.start < at || r.start >= r.end || r.end > chars.len() {
            continue;
        }
        out.extend(&chars[at..r.start]);
        out.push_str(r.token);
        at = r.end;
    }
    out.extend(&chars[at..]);
    out
}

/// Whether an edited version still says something: once the replacement tokens,
/// spaces and punctuation are taken away, some letter or digit is left.
pub fn keeps_meaning(edited: &str, tokens: &[&str]) -> bool {
    let mut rest = edited.to_owned();
    for token in tokens.iter().filter(|t| !t.is_empty()) {
        rest = rest.replace(token, " ");
    }
    rest.chars().any(char::is_alphanumeric)
}

/// A message's problem, if any: empty, or longer than [`MAX_MESSAGE_CHARS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageProblem {
    Empty,
    TooLong,
}

impl MessageProblem {
    pub fn key(self) -> &'static str {
        match self {
            MessageProblem::Empty => "message-empty",
            MessageProblem::TooLong => "message-too-long",
        }
    }
}

pub fn check_message(text: &str) -> Result<(), MessageProblem> {
    if text.trim().is_empty() {
        return Err(MessageProblem::Empty);
    }
    if super::share::visible_length(text) > MAX_MESSAGE_CHARS {
        return Err(MessageProblem::TooLong);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacements_use_characters_not_bytes() {
        let text = "Tôi gặp Lan ở 07700 900123.";
        let start = text.chars().position(|c| c == 'L').unwrap();
        let phone = text.chars().position(|c| c == '0').unwrap();
        let edited = apply(
            text,
            &[
                Replacement {
                    start: phone,
                    end: phone + 12,
                    token: "[số điện thoại]",
                },
                Replacement {
                    start,
                    end: start + 3,
                    token: "[tên]",
                },
            ],
        );
        assert_eq!(edited, "Tôi gặp [tên] ở [số điện thoại].");
    }

    #[test]
    fn overlapping_and_out_of_range_replacements_are_skipped() {
        let edited = apply(
            "abcdef",
            &[
                Replacement {
                    start: 1,
                    end: 4,
                    token: "[x]",
                },
                Replacement {
                    start: 2,
                    end: 5,
                    token: "[y]",
                },
                Replacement {
                    start: 5,
                    end: 99,
                    token: "[z]",
                },
            ],
        );
        assert_eq!(edited, "a[x]ef");
    }

    #[test]
    fn an_edit_of_only_tokens_says_nothing() {
        let tokens = ["[name]", "[place]"];
        assert!(!keeps_meaning("[name] [place]. ", &tokens));
        assert!(!keeps_meaning("   ", &tokens));
        assert!(keeps_meaning("[name] helped me.", &tokens));
        assert!(keeps_meaning("ሓጊዙኒ", &tokens));
    }

    #[test]
    fn messages_need_words_and_a_limit() {
        assert_eq!(check_message(" \n "), Err(MessageProblem::Empty));
        assert_eq!(
            check_message(&"x".repeat(MAX_MESSAGE_CHARS + 1)),
            Err(MessageProblem::TooLong)
        );
        assert!(check_message("Thank you.").is_ok());
    }
}
