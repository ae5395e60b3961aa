//! Phone numbers in any written form: spaces, dashes, dots, brackets, `+44` or
//! `0044`, a `(0)` after the country code; digits of any script and invisible
//! characters inside are already folded away by the view. A candidate must be
//! a whole run of digits and separators, and is checked with libphonenumber's
//! metadata (the `phonenumber` crate) for the UK and for the regions that
//! `recognizers.toml` lists for the text's language.
//!
//! Numbers in Ofcom's ranges for drama (07700 900xxx) are not "valid" to
//! libphonenumber but are exactly what people copy into examples, so a number
//! shaped like a UK one is kept with a slightly lower confidence. Numbers
//! written in words ("oh seven seven...") are not found.

use phonenumber::country::Id;
use regex::Regex;

use super::lexicon::{Hit, Tag};
use super::normalise::{is_word_char, View};
use super::rules::LanguageRules;
use super::{Candidate, DetailKind};

/// Up to 17 digits, each after at most three separators.
pub(crate) fn candidate_pattern() -> Regex {
    Regex::new(r"\+?\(?[0-9](?:[ \-.()]{0,3}[0-9]){7,16}").expect("phone pattern")
}

pub(crate) fn warm_up() {
    let _ = phonenumber::parse(Some(Id::GB), "07911 123456");
}

fn uk_shaped(national: &str) -> bool {
    national.len() == 11
        && national.starts_with('0')
        && matches!(national.as_bytes()[1], b'1' | b'2' | b'3' | b'7' | b'8')
}

/// The confidence that `written` (digits, separators, maybe a `+`) is a phone
/// number, or `None`.
fn confidence(written: &str, regions: &[Id]) -> Option<f32> {
    let mut digits: String = written.chars().filter(char::is_ascii_digit).collect();
    let international = written.starts_with('+') || digits.starts_with("00");
    if digits.starts_with("00") {
        digits.drain(..2);
    }
    if !(7..=15).contains(&digits.len()) {
        return None;
    }
    if international {
        // "+44 (0)7911..." : the national prefix written in brackets.
        if digits.starts_with("440") {
            digits.remove(2);
        }
        let number = format!("+{digits}");
        if phonenumber::parse(None, &number).is_ok_and(|n| phonenumber::is_valid(&n)) {
            return Some(0.95);
        }
        if let Some(national) = digits.strip_prefix("44") {
            if uk_shaped(&format!("0{national}")) {
                return Some(0.9);
            }
        }
        return None;
    }
    // A UK-shaped number is checked for the UK only: libphonenumber is the
    // slow part of a text full of numbers.
    if uk_shaped(&digits) {
        let valid =
            phonenumber::parse(Some(Id::GB), &digits).is_ok_and(|n| phonenumber::is_valid(&n));
        return Some(if valid { 0.95 } else { 0.9 });
    }
    for region in [Id::GB].iter().chain(regions) {
        if phonenumber::parse(Some(*region), &digits).is_ok_and(|n| phonenumber::is_valid(&n)) {
            return Some(0.95);
        }
    }
    uk_shaped(&digits).then_some(0.9)
}

/// Digit groups of a candidate: byte ranges of runs of digits.
fn groups(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

fn near_context(context: &[usize], start: usize) -> bool {
    let from = context.partition_point(|c| *c + 60 < start);
    context.get(from).is_some_and(|c| *c <= start + 30)
}

pub(crate) fn find(
    view: &View,
    hits: &[Hit],
    rules: &LanguageRules,
    pattern: &Regex,
    out: &mut Vec<Candidate>,
) {
    let text = view.text();
    let context: Vec<usize> = {
        let mut v: Vec<usize> = hits
            .iter()
            .filter(|h| h.tag == Tag::PhoneContext)
            .map(|h| h.start)
            .collect();
        v.sort_unstable();
        v
    };
    // The same number written again is checked once.
    let mut checked: Vec<(String, Option<f32>)> = Vec::new();
    let mut confidence = |written: &str, regions: &[Id]| {
        if let Some((_, c)) = checked.iter().find(|(w, _)| w == written) {
            return *c;
        }
        let c = confidence(written, regions);
        if checked.len() < 64 {
            checked.push((written.to_owned(), c));
        }
        c
    };
    for m in pattern.find_iter(text) {
        let (mut start, mut end) = (m.start(), m.end());
        // A bracket opened before the number belongs to it only if closed.
        let written = m.as_str();
        if written.starts_with('(') && !written.contains(')') {
            start += 1;
        }
        while text[..end].ends_with(['(', ' ', '-', '.']) {
            end -= 1;
        }
        let before_ok = view
            .char_before(start)
            .is_none_or(|c| !is_word_char(c) && c != '/' && c != '+');
        let after_ok = view
            .char_after(end)
            .is_none_or(|c| !is_word_char(c) && c != '/');
        if !before_ok || !after_ok {
            continue;
        }
        let in_context = near_context(&context, start);
        let written = &text[start..end];
        let groups = groups(written);
        // 12.03.2006 and 12-03-2006 are dates.
        let date_like =
            groups.len() == 3 && groups[0].1 - groups[0].0 <= 2 && groups[2].1 - groups[2].0 == 4;
        if date_like {
            continue;
        }
        if let Some(c) = confidence(written, &rules.phone_regions) {
            out.push(phone(start, end, c, in_context));
            continue;
        }
        // Numbers written next to each other ("07911 123456 2 times"): the
        // longest run of whole digit groups that is a number.
        if groups.len() > 8 {
            continue;
        }
        'search: for len in (1..groups.len()).rev() {
            for first in 0..=groups.len() - len {
                let (s, _) = groups[first];
                let (_, e) = groups[first + len - 1];
                let s = if first == 0 { 0 } else { s };
                if let Some(c) = confidence(&written[s..e], &rules.phone_regions) {
                    out.push(phone(start + s, start + e, c, in_context));
                    break 'search;
                }
            }
        }
    }
}

fn phone(start: usize, end: usize, confidence: f32, in_context: bool) -> Candidate {
    Candidate {
        kind: DetailKind::Phone,
        start,
        end,
        confidence: if in_context {
            (confidence + 0.04).min(0.99)
        } else {
            confidence
        },
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::suggest::testing::found;
    use crate::domain::suggest::DetailKind::Phone;
    use crate::domain::Language;

    #[test]
    fn uk_numbers_in_any_written_form() {
        for (text, number) in [
            ("call me on 07911 123456 ok", "07911 123456"),
            ("ring 07700-900-123.", "07700-900-123"),
            ("+44 7911 123456", "+44 7911 123456"),
            ("0044 (0)7911 123456 is mine", "0044 (0)7911 123456"),
            ("(0161) 496 0000", "(0161) 496 0000"),
            ("my number 07700.900.123", "07700.900.123"),
        ] {
            assert_eq!(found(text, Language::En, Phone), [number], "{text}");
        }
    }

    #[test]
    fn script_digits_and_invisible_characters_inside() {
        assert_eq!(
            found("رقمي ٠٧٩١١ ١٢٣٤٥٦", Language::Ar, Phone),
            ["٠٧٩١١ ١٢٣٤٥٦"]
        );
        assert_eq!(
            found("شماره ۰۹۱۲ ۳۴۵ ۶۷۸۹", Language::Fa, Phone),
            ["۰۹۱۲ ۳۴۵ ۶۷۸۹"]
        );
        assert_eq!(
            found(
                "text 07\u{200B}911\u{200C}123\u{2060}456",
                Language::En,
                Phone
            ),
            ["07\u{200B}911\u{200C}123\u{2060}456"]
        );
    }

    #[test]
    fn numbers_of_the_home_region_and_international_ones() {
        assert_eq!(
            found("số 0912 345 678", Language::Vi, Phone),
            ["0912 345 678"]
        );
        assert_eq!(
            found("numri 069 123 4567", Language::Sq, Phone),
            ["069 123 4567"]
        );
        assert_eq!(
            found("sună 0722 123 456", Language::Ro, Phone),
            ["0722 123 456"]
        );
        assert_eq!(
            found("ቁጽሪ +291 7 123 456", Language::Ti, Phone),
            ["+291 7 123 456"]
        );
    }

    #[test]
    fn years_amounts_and_dates_are_not_numbers() {
        for text in [
            "from 2019-2020 to 2021",
            "I owed them £15,000,000",
            "born 12/03/2006",
            "case 123456789012345678901234",
            "Childline is 0800 1111, free",
        ] {
            assert!(found(text, Language::En, Phone).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_number_next_to_another_number_is_still_found() {
        assert_eq!(
            found("call 07911 123456 2 times", Language::En, Phone),
            ["07911 123456"]
        );
    }
}
