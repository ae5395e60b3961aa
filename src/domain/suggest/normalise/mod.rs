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

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

mod fold;

use fold::{accented_latin, fold, is_invisible, plain_uncased_letter, unaccented};

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
