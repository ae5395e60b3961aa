//! Property tests for the suggestions engine: for any text in any mix of
//! scripts (format characters, emoji, lone combining marks, digits of every
//! script, very long words), `suggest` never panics, every highlight lies on
//! character boundaries inside the text, highlights are sorted and never
//! overlap, and the cheap intake level equals the full one.
//!
//! Failing cases are not persisted (this suite must not write into `tests/`).

use std::sync::OnceLock;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use voices::domain::suggest::SuggestionRules;
use voices::domain::{Language, SubmissionKind};
use voices::policy::Policy;

fn rules() -> &'static SuggestionRules {
    static POLICY: OnceLock<Policy> = OnceLock::new();
    &POLICY
        .get_or_init(|| {
            Policy::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("moderation"))
                .unwrap()
        })
        .suggest
}

fn cfg(cases: u32) -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(cases)
    }
}

/// Characters people and attackers actually send, from every script.
fn a_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range(' ', '~'),
        1 => select(vec![' ', ' ', '\n', '\t', '\u{A0}', '\u{3000}']),
        1 => proptest::char::range('\u{00C0}', '\u{024F}'),
        1 => proptest::char::range('\u{1EA0}', '\u{1EF9}'),
        2 => proptest::char::range('\u{0600}', '\u{06FF}'),
        1 => proptest::char::range('\u{1200}', '\u{137C}'),
        1 => proptest::char::range('\u{0400}', '\u{04FF}'),
        1 => proptest::char::range('\u{0370}', '\u{03FF}'),
        1 => proptest::char::range('\u{4E00}', '\u{4E80}'),
        1 => proptest::char::range('\u{1F300}', '\u{1F6FF}'),
        1 => proptest::char::range('\u{0300}', '\u{036F}'),
        1 => select(vec![
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202E}',
            '\u{2066}', '\u{2069}', '\u{FEFF}', '\u{00AD}', '\u{061C}', '\u{FE0F}', '\u{E0041}'
        ]),
        1 => select(vec!['٠', '٣', '۱', '۹', '０', '７', '𝟗', '@', '.', '/', '+', '(', ')', '-', '\'']),
        1 => any::<char>(),
    ]
}

/// Fragments that make recognizers fire, so their edges meet random text.
fn a_fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        vec(a_char(), 0..12).prop_map(|c| c.into_iter().collect()),
        select(vec![
            "07700 900123",
            "+44 7700 900123",
            "my snap is ",
            "@amira_99",
            "a@b.co.uk",
            "www.x.com/a",
            "M14 5RL",
            "12 Elm Road",
            "born 12/03/2006",
            "my friend ",
            "St Mary's Academy",
            "they will kill me",
            "used to",
            "۱۳۸۵/۰۴/۱۲",
            "شارع ",
            "مدرسة ",
            "ዝበሃል",
            "tháng 4 năm ",
            "Strada ",
            " nr. ",
            "called ",
            "insta: ",
        ])
        .prop_map(str::to_owned),
    ]
}

fn a_text() -> impl Strategy<Value = String> {
    vec(a_fragment(), 0..40).prop_map(|parts| parts.concat())
}

fn a_language() -> impl Strategy<Value = Language> {
    select(Language::ALL.to_vec())
}

fn check(text: &str, lang: Language) -> Result<(), TestCaseError> {
    let rules = rules();
    let got = rules.suggest(text, lang, SubmissionKind::Story);
    let len = text.chars().count();
    let mut previous_end = 0;
    for h in &got.highlights {
        prop_assert!(h.start < h.end, "{h:?}");
        prop_assert!(h.end <= len, "{h:?} past {len}");
        prop_assert!(h.start >= previous_end, "overlap or unsorted at {h:?}");
        prop_assert!((0.0..=1.0).contains(&h.confidence));
        previous_end = h.end;
    }
    for theme in &got.themes {
        prop_assert!(rules.theme_keys().contains(theme));
    }
    prop_assert_eq!(
        rules.safeguarding_level(text, lang, SubmissionKind::Feedback),
        got.safeguarding
    );
    Ok(())
}

proptest! {
    #![proptest_config(cfg(256))]

    #[test]
    fn any_text_in_any_language_gives_well_formed_highlights(text in a_text(), lang in a_language()) {
        check(&text, lang)?;
    }

    #[test]
    fn any_string_at_all(text in any::<String>(), lang in a_language()) {
        check(&text, lang)?;
    }
}

proptest! {
    #![proptest_config(cfg(8))]

    /// Very long words of one repeated fragment, with no space anywhere.
    #[test]
    fn a_twenty_thousand_character_word(fragment in vec(a_char(), 1..6), lang in a_language()) {
        let unit: String = fragment.into_iter().filter(|c| !c.is_whitespace()).collect();
        prop_assume!(!unit.is_empty());
        let text = unit.repeat(20_000 / unit.chars().count());
        check(&text, lang)?;
    }
}

#[test]
fn empty_emoji_only_and_invisible_only_texts() {
    for lang in Language::ALL {
        for text in [
            String::new(),
            "😀🎉👩‍👩‍👧🏳️‍🌈".repeat(50),
            "\u{200B}\u{202E}\u{2066}\u{FEFF}\u{00AD}".repeat(400),
            "\u{0301}".repeat(20_000),
            "9".repeat(20_000),
            "@".repeat(20_000),
            "a.".repeat(10_000),
            "0 ".repeat(10_000),
        ] {
            check(&text, lang).unwrap();
            if !text.chars().any(char::is_alphanumeric) {
                assert!(rules()
                    .suggest(&text, lang, SubmissionKind::Story)
                    .highlights
                    .is_empty());
            }
        }
    }
}
