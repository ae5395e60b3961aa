//! The normalised view of a text that every recognizer and lexicon reads, and
//! the map from it back to the original characters.
//!
//! The view is NFKC, lower case, with invisible format characters (zero-width,
//! bidi controls, soft hyphens, variation selectors) removed, every decimal
//! digit folded to ASCII, apostrophes and dashes folded to `'` and `-`, runs of
//! white space collapsed, Arabic-script letter variants and vowel marks folded,
//! and letters from scripts that imitate Latin (Cyrillic, Greek...) replaced by
//! their Unicode confusables skeleton. Lexicon phrases go through the same
//! function, so they match however a text was typed.
//!
//! It must never lose track of where a byte came from: every byte of the view
//! knows the range of original characters it stands for, and a span of the view
//! maps back to whole original characters, widened over invisible characters
//! beside it so that a redaction removes them too.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// A combining sequence longer than this is normalised in pieces, so a text of
/// one base letter and 20,000 marks still costs linear time.
const MAX_CLUSTER: usize = 32;

pub(crate) struct View {
    text: String,
    /// For each byte of `text`: the first original char it came from.
    from: Vec<u32>,
    /// For each byte of `text`: one past the last original char it came from.
    to: Vec<u32>,
    original: Vec<char>,
}

/// Invisible characters removed before matching: Unicode's default-ignorable
/// code points that people use to hide a number or handle. Hand-listed because
/// the crates that hold this table (unicode-security) keep it private.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// The value of a decimal digit in any script. NFKC already folds full-width
/// and mathematical digits; these are the script digits it leaves alone. The
/// standard library has no digit value for non-ASCII digits, so the zero of each
/// decimal block is listed here (Unicode `Nd` blocks are always ten in a row).
fn digit_value(c: char) -> Option<char> {
    const ZEROS: [u32; 34] = [
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
        0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xAA50,
        0xABF0,
    ];
    if c.is_ascii() || !c.is_numeric() {
        return None;
    }
    let code = c as u32;
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .and_then(|zero| char::from_digit(code - zero, 10))
}

/// Scripts whose letters are used to imitate Latin ones in handles and
/// addresses. The launch scripts (Latin, Arabic, Ethiopic) are never replaced.
fn imitates_latin(c: char) -> bool {
    matches!(c as u32,
        0x0250..=0x02AF | 0x0370..=0x03FF | 0x0400..=0x052F | 0x0530..=0x058F
        | 0x13A0..=0x13FF | 0x1C80..=0x1C8F | 0x1D00..=0x1DBF | 0x1F00..=0x1FFF
        | 0x2DE0..=0x2DFF | 0xA640..=0xA69F | 0xAB70..=0xABBF)
}

/// Letters of the launch scripts that have no case and fold to themselves:
/// most of an Arabic-script or Tigrinya text, answered without the Unicode
/// tables.
fn plain_uncased_letter(c: char) -> bool {
    matches!(c as u32,
        0x0626..=0x063A | 0x0641..=0x0648 | 0x064A | 0x066E..=0x06A8 | 0x06AA..=0x06CB
        | 0x06CD..=0x06D3 | 0x1200..=0x135A)
}

/// The Latin letters a look-alike letter stands for (Cyrillic "а" is "a"),
/// from the Unicode confusables skeleton. Computed once for every letter of the
/// look-alike scripts, because a skeleton per character allocates.
fn latin_skeleton(c: char) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<char, String>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let ranges = [
                0x0250..=0x02AF,
                0x0370..=0x03FF,
                0x0400..=0x052F,
                0x0530..=0x058F,
                0x13A0..=0x13FF,
                0x1C80..=0x1C8F,
                0x1D00..=0x1DBF,
                0x1F00..=0x1FFF,
                0x2DE0..=0x2DFF,
                0xA640..=0xA69F,
                0xAB70..=0xABBF,
            ];
            ranges
                .into_iter()
                .flatten()
                .filter_map(char::from_u32)
                .filter_map(|c| {
                    let skeleton: String = unicode_security::skeleton(&c.to_string())
                        .flat_map(char::to_lowercase)
                        .collect();
                    let latin = !skeleton.is_empty()
                        && skeleton.len() <= 3
                        && skeleton.chars().all(|s| s.is_ascii_alphanumeric());
                    latin.then_some((c, skeleton))
                })
                .collect()
        })
        .get(&c)
        .map(String::as_str)
}

/// Accented Latin letters (Vietnamese, Romanian, Albanian): already NFKC,
/// and only their case changes.
fn accented_latin(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x00D6 | 0x00D8..=0x00F6 | 0x00F8..=0x024F | 0x1E00..=0x1EFF)
}

/// An accented Latin letter in lower case, without its marks: "ș" and the
/// older "ş" are "s", "ë" is "e", "ế" and "đ" are "e" and "d". Young people
/// often type Vietnamese, Romanian and Albanian without diacritics
/// ("khong ai tin", "stiu unde", "me gjejne"), so the view and every phrase
/// drop them. Letters with no plain Latin base ("ß", "æ", "þ") stay.
/// Computed once for the two blocks of accented letters.
fn unaccented(c: char) -> char {
    // Indexed by code point: 0x00C0..=0x024F, then 0x1E00..=0x1EFF.
    static TABLE: OnceLock<Vec<char>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        (0x00C0..=0x024F_u32)
            .chain(0x1E00..=0x1EFF)
            .map(|code| {
                let Some(c) = char::from_u32(code) else {
                    return '\0';
                };
                let Some(lower) = c.to_lowercase().next() else {
                    return c;
                };
                let base = match lower {
                    '\u{0111}' | '\u{00F0}' => 'd',
                    '\u{00F8}' => 'o',
                    '\u{0142}' => 'l',
                    _ => lower.to_string().nfd().next().unwrap_or(lower),
                };
                if base.is_ascii_alphabetic() {
                    base
                } else {
                    c
                }
            })
            .collect()
    });
    let code = c as u32;
    let index = match code {
        0x00C0..=0x024F => code - 0x00C0,
        0x1E00..=0x1EFF => code - 0x1E00 + (0x0250 - 0x00C0),
        _ => return c,
    };
    table.get(index as usize).copied().unwrap_or(c)
}

/// One character of NFKC output, folded for matching.
fn fold(c: char, out: &mut String) {
    if plain_uncased_letter(c) {
        out.push(c);
        return;
    }
    if accented_latin(c) {
        let base = unaccented(c);
        if base == c {
            out.extend(c.to_lowercase());
        } else {
            out.push(base);
        }
        return;
    }
    match c {
        _ if is_invisible(c) => {}
        // Apostrophes are dropped: "won't", "won’t" and "wont" are one word.
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' | '`'
        | '\u{00B4}' => {}
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' => out.push('-'),
        '\u{2044}' | '\u{2215}' => out.push('/'),
        // Arabic vowel marks and the tatweel: often left out, sometimes added.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
        // Arabic and Persian spellings of the same letters.
        '\u{0649}' | '\u{06CC}' => out.push('\u{064A}'),
        '\u{06A9}' => out.push('\u{0643}'),
        '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' => out.push('\u{0627}'),
        _ => {
            if let Some(d) = digit_value(c) {
                out.push(d);
                return;
            }
            for lower in c.to_lowercase() {
                if imitates_latin(lower) {
                    if let Some(latin) = latin_skeleton(lower) {
                        out.push_str(latin);
                        continue;
                    }
                }
                out.push(lower);
            }
        }
    }
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

impl View {
    pub fn new(text: &str) -> View {
        let original: Vec<char> = text.chars().collect();
        let mut view = View {
            text: String::with_capacity(text.len()),
            from: Vec::with_capacity(text.len()),
            to: Vec::with_capacity(text.len()),
            original,
        };
        let mut scratch = String::new();
        let mut i = 0;
        let n = view.original.len();
        while i < n {
            let c = view.original[i];
            if is_invisible(c) {
                i += 1;
                continue;
            }
            if c.is_whitespace() {
                let mut j = i;
                let mut line = false;
                while j < n && (view.original[j].is_whitespace() || is_invisible(view.original[j]))
                {
                    line |= is_line_break(view.original[j]);
                    j += 1;
                }
                view.push(if line { '\n' } else { ' ' }, i, i + 1);
                i = j;
                continue;
            }
            if c.is_ascii() && (i + 1 == n || view.original[i + 1].is_ascii()) {
                // A run of printable ASCII is copied in bulk: most of an
                // English, Romanian or Albanian text.
                let mut j = i + 1;
                while j < n
                    && view.original[j].is_ascii_graphic()
                    && (j + 1 == n || view.original[j + 1].is_ascii())
                {
                    j += 1;
                }
                for k in i..j {
                    let c = view.original[k];
                    if c != '\'' && c != '`' {
                        view.push(c.to_ascii_lowercase(), k, k + 1);
                    }
                }
                i = j;
                continue;
            }
            let next_is_mark = i + 1 < n
                && !view.original[i + 1].is_ascii()
                && !plain_uncased_letter(view.original[i + 1])
                && !accented_latin(view.original[i + 1])
                && (canonical_combining_class(view.original[i + 1]) != 0
                    || is_invisible(view.original[i + 1]));
            if !next_is_mark && plain_uncased_letter(c) {
                view.push(c, i, i + 1);
                i += 1;
                continue;
            }
            if !next_is_mark && accented_latin(c) {
                let base = unaccented(c);
                if base == c {
                    for lower in c.to_lowercase() {
                        view.push(lower, i, i + 1);
                    }
                } else {
                    view.push(base, i, i + 1);
                }
                i += 1;
                continue;
            }
            // Most letters of every script are already NFKC: skip the
            // normaliser's buffers for them.
            if !next_is_mark
                && unicode_normalization::is_nfkc_quick(std::iter::once(c))
                    == unicode_normalization::IsNormalized::Yes
            {
                scratch.clear();
                fold(c, &mut scratch);
                let folded = std::mem::take(&mut scratch);
                for ch in folded.chars() {
                    view.push(ch, i, i + 1);
                }
                scratch = folded;
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n
                && j - i < MAX_CLUSTER
                && (canonical_combining_class(view.original[j]) != 0
                    || is_invisible(view.original[j]))
            {
                j += 1;
            }
            scratch.clear();
            for normalised in view.original[i..j]
                .iter()
                .filter(|c| !is_invisible(**c))
                .copied()
                .nfkc()
            {
                fold(normalised, &mut scratch);
            }
            let folded = std::mem::take(&mut scratch);
            for ch in folded.chars() {
                if ch.is_whitespace() {
                    if !view.text.ends_with([' ', '\n']) {
                        view.push(' ', i, j);
                    }
                } else {
                    view.push(ch, i, j);
                }
            }
            scratch = folded;
            i = j;
        }
        view
    }

    fn push(&mut self, c: char, from: usize, to: usize) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.from.push(from as u32);
            self.to.push(to as u32);
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The original characters (start, end) behind the view's bytes
    /// `start..end`, widened over invisible characters right beside them.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        let mut first = self.from[start] as usize;
        let mut last = self.to[end - 1] as usize;
        while first > 0 && is_invisible(self.original[first - 1]) {
            first -= 1;
        }
        while last < self.original.len() && is_invisible(self.original[last]) {
            last += 1;
        }
        (first, last)
    }

    /// The original character behind the view's byte `at`.
    pub fn original_char(&self, at: usize) -> char {
        self.original[self.from[at] as usize]
    }

    /// Whether the word starting at view byte `at` was written with a capital,
    /// or in a script that has no capitals (Arabic, Ethiopic), where every word
    /// may be a name.
    pub fn capitalised_or_uncased(&self, at: usize) -> bool {
        let c = self.original_char(at);
        c.is_uppercase() || (!c.is_lowercase() && c.is_alphabetic())
    }

    pub fn is_uncased(&self, at: usize) -> bool {
        let c = self.original_char(at);
        !c.is_uppercase() && !c.is_lowercase()
    }

    pub fn char_before(&self, at: usize) -> Option<char> {
        self.text[..at].chars().next_back()
    }

    pub fn char_after(&self, at: usize) -> Option<char> {
        self.text[at..].chars().next()
    }
}

/// Letters, digits, combining marks and `_`: what a word is made of in every
/// launch script.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    plain_uncased_letter(c)
        || c.is_alphanumeric()
        || unicode_normalization::char::is_combining_mark(c)
}

/// The view of a lexicon phrase: exactly what a text containing it shows.
pub(crate) fn normalise_phrase(phrase: &str) -> String {
    View::new(phrase).text.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_text(text: &str, view: &View, needle: &str) -> String {
        let start = view.text().find(needle).expect(needle);
        let (s, e) = view.original_span(start, start + needle.len());
        text.chars().skip(s).take(e - s).collect()
    }

    #[test]
    fn invisible_characters_are_removed_and_kept_inside_spans() {
        let text = "call 07700\u{200B}900\u{2060}123 now";
        let view = View::new(text);
        assert_eq!(view.text(), "call 07700900123 now");
        assert_eq!(
            span_text(text, &view, "07700900123"),
            "07700\u{200B}900\u{2060}123"
        );
    }

    #[test]
    fn bidi_controls_beside_a_span_go_with_it() {
        let text = "snap \u{202E}ahcim\u{202C}.";
        let view = View::new(text);
        assert_eq!(view.text(), "snap ahcim.");
        assert_eq!(span_text(text, &view, "ahcim"), "\u{202E}ahcim\u{202C}");
    }

    #[test]
    fn digits_of_every_script_fold_to_ascii() {
        assert_eq!(View::new("٠٧٧٠٠ ۹۰۰۱۲۳").text(), "07700 900123");
        assert_eq!(View::new("０７７００").text(), "07700");
        assert_eq!(View::new("۱۳۸۵/۰۴/۱۲").text(), "1385/04/12");
    }

    #[test]
    fn look_alike_letters_become_latin_and_launch_scripts_stay() {
        // Cyrillic а, о and Greek ο inside a Latin handle.
        assert_eq!(View::new("@Jоhn_ѕmіth").text(), "@john_smith");
        assert_eq!(View::new("mοna").text(), "mona");
        assert_eq!(View::new("Tiếng Việt").text(), "tieng viet");
        assert_eq!(View::new("ስመይ ሰላም").text(), "ስመይ ሰላም");
        // Persian and Arabic spellings of yeh and kaf meet.
        assert_eq!(View::new("کی").text(), View::new("كي").text());
    }

    #[test]
    fn combining_sequences_map_back_whole() {
        // "e" + combining acute becomes one view char; its span is both chars.
        let text = "Jose\u{301} called";
        let view = View::new(text);
        assert_eq!(view.text(), "jose called");
        assert_eq!(span_text(text, &view, "jose"), "Jose\u{301}");
        // Compatibility ligatures expand; either half maps to the ligature.
        let view = View::new("ﬁle");
        assert_eq!(view.text(), "file");
        assert_eq!(view.original_span(1, 2), (0, 1));
    }

    #[test]
    fn white_space_collapses_and_line_breaks_survive() {
        assert_eq!(View::new("a \u{A0}\t b\r\n\nc").text(), "a b\nc");
        assert_eq!(View::new("").text(), "");
        assert_eq!(View::new("\u{200B}\u{202E}").text(), "");
    }

    #[test]
    fn a_long_run_of_marks_is_normalised_in_pieces() {
        let text = format!("a{}", "\u{301}".repeat(5000));
        let view = View::new(&text);
        assert!(view.text().starts_with('a'));
        let (s, e) = view.original_span(0, view.text().len());
        assert_eq!((s, e), (0, 5001));
    }

    #[test]
    fn capitals_are_read_from_the_original() {
        let view = View::new("my friend Amira and ali and علی");
        let at = |w: &str| view.text().find(w).unwrap();
        assert!(view.capitalised_or_uncased(at("amira")));
        assert!(!view.capitalised_or_uncased(at("ali")));
        assert!(view.capitalised_or_uncased(at("علي")));
    }
}
