//! The words of the view, with what the lexicon says about each (a stop word,
//! an allowed town or public body), for the recognizers that look at the words
//! around a cue: names, schools and street addresses.

use super::lexicon::{Hit, Tag};
use super::normalise::{is_word_char, View};

#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    pub stop: bool,
    pub allowed: bool,
    pub listed_name: bool,
    /// Part of a name cue ("اسمه"), so never the name itself.
    pub cue: bool,
}

pub(crate) struct Words<'v> {
    pub list: Vec<Word>,
    view: &'v View,
}

impl<'v> Words<'v> {
    pub fn new(view: &'v View, hits: &[Hit]) -> Self {
        let text = view.text();
        let mut list = Vec::new();
        let mut start: Option<usize> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            // An apostrophe or hyphen between letters stays inside the word.
            let joins = matches!(c, '\'' | '-')
                && start.is_some()
                && chars.peek().is_some_and(|(_, n)| is_word_char(*n));
            if is_word_char(c) || joins {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                list.push(Word::new(s, i));
            }
        }
        if let Some(s) = start {
            list.push(Word::new(s, text.len()));
        }
        let mut words = Words { list, view };
        for hit in hits {
            let (first, last) = words.covering(hit.start, hit.end);
            for w in &mut words.list[first..last] {
                match hit.tag {
                    Tag::Stop if hit.start <= w.start && w.end <= hit.end => w.stop = true,
                    Tag::Allow => w.allowed = true,
                    Tag::Name | Tag::AmbiguousName if hit.start == w.start => w.listed_name = true,
                    Tag::CueBeforeName | Tag::CueAfterName => w.cue = true,
                    _ => {}
                }
            }
        }
        words
    }

    /// The range of word indices overlapping the bytes `start..end`.
    pub fn covering(&self, start: usize, end: usize) -> (usize, usize) {
        let first = self.list.partition_point(|w| w.end <= start);
        let last = self.list.partition_point(|w| w.start < end);
        (first, last.max(first))
    }

    /// The first word starting at or after `at`, if only spaces and light
    /// punctuation (`:` `,` `-` quotes) stand between.
    pub fn next_after(&self, at: usize) -> Option<usize> {
        let i = self.list.partition_point(|w| w.start < at);
        let w = self.list.get(i)?;
        let gap = &self.view.text()[at..w.start];
        gap.chars()
            .all(|c| {
                matches!(
                    c,
                    ' ' | ':' | ',' | '-' | '"' | '\'' | '\u{060C}' | '\u{00AB}' | '\u{00BB}'
                )
            })
            .then_some(i)
    }

    /// The last word ending at or before `at`, with only spaces between.
    pub fn previous_before(&self, at: usize) -> Option<usize> {
        let i = self.list.partition_point(|w| w.end <= at);
        let w = self.list.get(i.checked_sub(1)?)?;
        self.view.text()[w.end..at]
            .chars()
            .all(|c| c == ' ')
            .then_some(i - 1)
    }

    /// Whether words `i` and `i + 1` are separated by spaces only.
    pub fn joined(&self, i: usize) -> bool {
        i + 1 < self.list.len()
            && self.view.text()[self.list[i].end..self.list[i + 1].start]
                .chars()
                .all(|c| c == ' ')
    }

    pub fn text(&self, i: usize) -> &str {
        &self.view.text()[self.list[i].start..self.list[i].end]
    }

    pub fn is_number(&self, i: usize) -> bool {
        let t = self.text(i);
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        (1..=4).contains(&digits) && t.chars().count() <= digits + 1
    }

    /// A word that may be (part of) a name: capitalised where the script has
    /// capitals, not a stop word, not a number.
    pub fn name_like(&self, i: usize) -> bool {
        let w = self.list[i];
        !w.stop
            && !w.cue
            && self.view.capitalised_or_uncased(w.start)
            && self.text(i).chars().next().is_some_and(char::is_alphabetic)
    }

    pub fn uncased(&self, i: usize) -> bool {
        self.view.is_uncased(self.list[i].start)
    }

    /// Whether every letter of word `i` is written in capitals ("ESOL").
    pub fn view_original_upper(&self, i: usize) -> bool {
        let w = self.list[i];
        let mut at = w.start;
        let text = self.view.text();
        while at < w.end {
            let c = self.view.original_char(at);
            if c.is_alphabetic() && !c.is_uppercase() {
                return false;
            }
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
        true
    }

    /// Whether the first `len` bytes of word `i` are all capitals ("CV" of
    /// "CV-ul").
    pub fn original_upper_prefix(&self, i: usize, len: usize) -> bool {
        let w = self.list[i];
        let text = self.view.text();
        let end = (w.start + len).min(w.end);
        let mut at = w.start;
        while at < end {
            let c = self.view.original_char(at);
            if c.is_alphabetic() && !c.is_uppercase() {
                return false;
            }
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
        true
    }

    pub fn capitalised(&self, i: usize) -> bool {
        self.view.original_char(self.list[i].start).is_uppercase()
    }

    /// Whether word `i` starts a sentence (nothing but spaces and quotes after
    /// a full stop, a line break, or the start of the text).
    pub fn starts_sentence(&self, i: usize) -> bool {
        let before = &self.view.text()[..self.list[i].start];
        before
            .trim_end_matches([' ', '"', '\'', '(', '\u{201C}'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | '\u{061F}' | '\u{1362}'))
    }
}

impl Word {
    fn new(start: usize, end: usize) -> Self {
        Word {
            start,
            end,
            stop: false,
            allowed: false,
            listed_name: false,
            cue: false,
        }
    }
}
