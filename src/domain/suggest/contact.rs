//! E-mail addresses, web addresses (with or without `https://`) and social
//! media handles. The view has already replaced look-alike letters from other
//! scripts by their Latin skeleton and removed bidi controls, so `@јоhn` in
//! Cyrillic and `@\u{202E}nhoj` are read as plain handles; the spans still
//! cover the original characters.
//!
//! Handles are found three ways: `@name`; after a strong cue that says a
//! handle follows ("my snap is", "insta:"); and after a platform name
//! ("tiktok", "telegram") when the next word looks like a handle (it has a
//! digit, `_` or `.`). Domains of public bodies (gov.uk, nhs.uk...) listed in
//! `recognizers.toml` are not identifying and are left alone.

use regex::Regex;

use super::lexicon::{Hit, Tag};
use super::normalise::{is_word_char, View};
use super::rules::WebRules;
use super::{Candidate, DetailKind};

/// The patterns that do not depend on a language.
pub(crate) struct Patterns {
    pub phone: Regex,
    email: Regex,
    email_spelled: Regex,
    url: Regex,
    handle: Regex,
    pub postcode: Regex,
    pub numeric_date: Regex,
}

impl Patterns {
    pub fn new() -> Self {
        let compile = |p: &str| Regex::new(p).expect("built-in pattern");
        Patterns {
            phone: super::phone::candidate_pattern(),
            // ASCII classes: the view has already turned look-alike letters
            // into Latin ones, and ASCII keeps the automaton small and fast.
            email: compile(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+"),
            email_spelled: compile(
                r"[a-z0-9._\-]+ ?(?:\(at\)|\[at\]|\{at\}| at ) ?(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|aol|proton|protonmail|yandex|gmx|mail) ?(?:\.|\(dot\)|\[dot\]| dot ) ?(?:com|net|org|co ?(?:\.|dot) ?uk|uk|ru|me|vn|al|ro|ir|af)",
            ),
            url: compile(r"(?:https?://|www\.)[^\s<>]+"),
            handle: compile(r"@[\p{L}\p{N}_.]+"),
            postcode: super::address::postcode_pattern(),
            numeric_date: super::dates::numeric_pattern(),
        }
    }
}

/// Trailing punctuation that ends a sentence rather than an address.
fn trim_end(text: &str, start: usize, mut end: usize) -> usize {
    while end > start && text[..end].ends_with(['.', ',', ';', ':', '!', '?', ')', '\'', '"', '»'])
    {
        end -= 1;
    }
    end
}

fn starts_word(view: &View, at: usize) -> bool {
    view.char_before(at)
        .is_none_or(|c| !is_word_char(c) && !matches!(c, '.' | '@' | '-' | '/'))
}

pub(crate) fn find(
    view: &View,
    hits: &[Hit],
    web: &WebRules,
    patterns: &Patterns,
    out: &mut Vec<Candidate>,
) {
    let text = view.text();
    let push = |out: &mut Vec<Candidate>, kind, start, end, confidence| {
        out.push(Candidate {
            kind,
            start,
            end,
            confidence,
        })
    };
    // Each pattern runs only if the text holds the character it needs.
    let has_at = text.contains('@');
    let has_dot = text.contains('.');
    // An address needs a dot in its domain after the @, and a word before it.
    for m in patterns.email.find_iter(if has_at { text } else { "" }) {
        let end = trim_end(text, m.start(), m.end());
        if starts_word(view, m.start()) && text[m.start()..end].contains('.') {
            push(out, DetailKind::Email, m.start(), end, 0.95);
        }
    }
    let spelled = text.contains(" at ") || text.contains("(at)") || text.contains("[at]");
    for m in patterns
        .email_spelled
        .find_iter(if spelled { text } else { "" })
    {
        if starts_word(view, m.start()) && view.char_after(m.end()).is_none_or(|c| !is_word_char(c))
        {
            push(out, DetailKind::Email, m.start(), m.end(), 0.85);
        }
    }
    let scheme = text.contains("http") || text.contains("www.");
    for m in patterns.url.find_iter(if scheme { text } else { "" }) {
        let end = trim_end(text, m.start(), m.end());
        if end > m.start() + 4 && !web.is_allowed(&text[m.start()..end]) {
            push(out, DetailKind::Url, m.start(), end, 0.9);
        }
    }
    for m in web.bare_domain.find_iter(if has_dot { text } else { "" }) {
        let end = trim_end(text, m.start(), m.end());
        let after_ok = view
            .char_after(m.end())
            .is_none_or(|c| !is_word_char(c) && c != '@');
        // "tired.So I slept" is a missing space, not an address.
        let capital_after_dot = text[m.start()..end]
            .char_indices()
            .skip_while(|(_, c)| *c != '.')
            .any(|(i, _)| view.original_char(m.start() + i).is_uppercase());
        if starts_word(view, m.start())
            && after_ok
            && !capital_after_dot
            && !web.is_allowed(&text[m.start()..end])
        {
            push(out, DetailKind::Url, m.start(), end, 0.75);
        }
    }
    for m in patterns.handle.find_iter(if has_at { text } else { "" }) {
        let end = trim_end(text, m.start(), m.end());
        let before_ok = view
            .char_before(m.start())
            .is_none_or(|c| !is_word_char(c) && c != '.');
        if before_ok && end > m.start() + 2 {
            push(out, DetailKind::Handle, m.start(), end, 0.85);
        }
    }
    for cue in hits
        .iter()
        .filter(|h| matches!(h.tag, Tag::HandleCue | Tag::Platform))
    {
        let strong = cue.tag == Tag::HandleCue || text[cue.end..].trim_start().starts_with(':');
        if strong {
            if let Some((start, end)) = handle_after(text, cue.end, true) {
                push(out, DetailKind::Handle, start, end, 0.85);
            }
            continue;
        }
        // After a platform name, the first of the next few words of the same
        // sentence that looks like a handle ("his tiktok is jay_k77").
        let mut at = cue.end;
        for _ in 0..5 {
            let Some(start) = text[at..]
                .char_indices()
                .find(|(_, c)| is_word_char(*c) || *c == '@')
                .map(|(i, _)| at + i)
            else {
                break;
            };
            if text[at..start].contains(['.', '!', '?', '\n', '\u{061F}', '\u{1362}']) {
                break;
            }
            if let Some((s, e)) = handle_after(text, start, false) {
                push(out, DetailKind::Handle, s, e, 0.7);
                break;
            }
            at = start
                + text[start..]
                    .char_indices()
                    .find(|(_, c)| !(is_word_char(*c) || matches!(c, '.' | '_' | '-' | '@')))
                    .map_or(text.len() - start, |(i, _)| i);
        }
    }
}

/// The handle written right after a cue: the next "word" of letters, digits,
/// `_`, `.` and `-`, after separators such as `:` or `-`. After a weak cue it
/// must look like a handle.
fn handle_after(text: &str, from: usize, strong: bool) -> Option<(usize, usize)> {
    let rest = &text[from..];
    let skip = rest
        .char_indices()
        .take(6)
        .find(|(_, c)| !matches!(c, ' ' | ':' | '-' | '=' | '>' | '\u{2192}'))
        .map(|(i, _)| i)?;
    let start = from + skip;
    let word_len = text[start..]
        .char_indices()
        .take(40)
        .find(|(_, c)| !(is_word_char(*c) || matches!(c, '.' | '_' | '-' | '@')))
        .map_or(text.len() - start, |(i, _)| i);
    let end = start + word_len;
    let end = text[start..end].trim_end_matches(['.', '-']).len() + start;
    let word = &text[start..end];
    let letters = word.chars().filter(|c| is_word_char(*c)).count();
    if !(2..=30).contains(&letters) {
        return None;
    }
    let looks_like_handle = word.starts_with('@')
        || word.contains(['_', '.'])
        || (word.chars().any(|c| c.is_ascii_digit()) && word.chars().any(char::is_alphabetic));
    (strong || looks_like_handle).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use crate::domain::suggest::testing::found;
    use crate::domain::suggest::DetailKind::{Email, Handle, Url};
    use crate::domain::Language;

    #[test]
    fn email_addresses_plain_spelled_and_disguised() {
        assert_eq!(
            found("write to amira.k99@gmail.com.", Language::En, Email),
            ["amira.k99@gmail.com"]
        );
        assert_eq!(
            found("amira at gmail dot com", Language::En, Email),
            ["amira at gmail dot com"]
        );
        // Cyrillic а and о in the address.
        assert_eq!(
            found("mail jоhn@gmаil.com", Language::En, Email),
            ["jоhn@gmаil.com"]
        );
    }

    #[test]
    fn web_addresses_with_and_without_a_scheme_but_not_public_ones() {
        assert_eq!(
            found("see https://example.com/u/amira?x=1.", Language::En, Url),
            ["https://example.com/u/amira?x=1"]
        );
        assert_eq!(
            found("my page amirasblog.co.uk/me", Language::En, Url),
            ["amirasblog.co.uk/me"]
        );
        assert!(found("go to www.gov.uk or childline.org.uk", Language::En, Url).is_empty());
        assert!(found("I was tired.So I slept", Language::En, Url).is_empty());
    }

    #[test]
    fn handles_after_at_after_cues_and_after_platforms() {
        assert_eq!(
            found("follow @amira_k99!", Language::En, Handle),
            ["@amira_k99"]
        );
        assert_eq!(
            found("my snap is kelly.rose", Language::En, Handle),
            ["kelly.rose"]
        );
        assert_eq!(found("insta: dani_xo", Language::En, Handle), ["dani_xo"]);
        assert_eq!(
            found("I use tiktok dani99 a lot", Language::En, Handle),
            ["dani99"]
        );
        assert!(found("I use tiktok a lot", Language::En, Handle).is_empty());
    }

    #[test]
    fn hidden_handles_are_found_and_cover_the_hiding() {
        // Right-to-left override around a reversed handle.
        let text = "my snap is \u{202E}99_arima\u{202C} ok";
        assert_eq!(
            found(text, Language::En, Handle),
            ["\u{202E}99_arima\u{202C}"]
        );
        // A cue spelled with Cyrillic і and ѕ.
        assert_eq!(found("іnѕta: dani_xo", Language::En, Handle), ["dani_xo"]);
        assert_eq!(
            found("@jоhn\u{200B}_99", Language::En, Handle),
            ["@jоhn\u{200B}_99"]
        );
    }
}
