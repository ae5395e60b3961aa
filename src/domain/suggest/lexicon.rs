//! One Aho-Corasick automaton per language holding every phrase of every list
//! (names, cues, street and school words, theme keywords, safeguarding
//! phrases...), each tagged with the list it came from, so a text is scanned for
//! all of them in one linear pass.
//!
//! A phrase matches whole words: the characters on either side must not be
//! letters, digits or marks. A `*` at the start or end of a phrase lifts that
//! rule on its side (`believ*` matches "believed"; the hit then runs to the end
//! of the word). In Arabic, a phrase may also follow the one-letter clitics
//! written joined to the next word (و ف ب ل ك, and ال).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::normalise::{is_word_char, normalise_phrase, View};

/// Which list a phrase came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    Name,
    AmbiguousName,
    /// A cue after which a name follows ("my friend").
    CueBeforeName,
    /// A cue before which a name stands (Tigrinya "ዝበሃል").
    CueAfterName,
    Stop,
    Allow,
    Street,
    School,
    /// A word that places a story at a school ("teachers", "my class").
    SchoolContext,
    HandleCue,
    Platform,
    DateCue,
    Month,
    PhoneContext,
    Theme(u16),
    Urgent,
    Concern,
    /// A phrase that lowers a safeguarding match; the index of its group.
    Lower(u8),
    Present,
    ClauseBreak,
    /// A warning sign that counts in combination; the index of its signal.
    Signal(u8),
}

/// A phrase found in the view: byte range `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub tag: Tag,
    pub start: usize,
    pub end: usize,
}

struct Entry {
    tag: Tag,
    open_start: bool,
    open_end: bool,
}

pub(crate) struct Lexicon {
    automaton: Option<AhoCorasick>,
    entries: Vec<Entry>,
}

#[derive(Default)]
pub(crate) struct LexiconBuilder {
    patterns: Vec<String>,
    entries: Vec<Entry>,
    /// Chat spellings of the language (`[spellings]`): each phrase is also
    /// added with these words swapped ("em" as "e", "you" as "u").
    spellings: Vec<(String, String)>,
}

/// At most this many spellings of one phrase, however many of its words
/// have a chat spelling.
const MAX_SPELLINGS: usize = 16;

/// `phrase` (normalised) and its other spellings: every combination of the
/// swaps whose word or words stand whole in it, or whose prefix or suffix
/// (`*` on one side) begins or ends one of its words.
/// `word` with a prefix (`from` "سي*", `to` "رح ي*") or a suffix (`from`
/// "*ها", `to` "* ها") swapped, if it has it and more.
fn swap_affix(word: &str, from: &str, to: &str) -> Option<String> {
    if let (Some(prefix), Some(new)) = (from.strip_suffix('*'), to.strip_suffix('*')) {
        let rest = word.strip_prefix(prefix).filter(|r| !r.is_empty())?;
        return Some(format!("{new}{rest}"));
    }
    let (suffix, new) = (from.strip_prefix('*')?, to.strip_prefix('*')?);
    let rest = word.strip_suffix(suffix).filter(|r| !r.is_empty())?;
    Some(format!("{rest}{new}"))
}

fn spellings_of(phrase: &str, swaps: &[(String, String)]) -> Vec<String> {
    let mut all = vec![phrase.to_owned()];
    for (from, to) in swaps {
        let affix = from.starts_with('*') || from.ends_with('*');
        let from = format!(" {from} ");
        let to = format!(" {to} ");
        let mut more = Vec::new();
        for p in &all {
            if affix {
                let words: Vec<String> = p
                    .split(' ')
                    .map(|w| swap_affix(w, from.trim(), to.trim()).unwrap_or_else(|| w.to_owned()))
                    .collect();
                let swapped = words.join(" ");
                if swapped != *p {
                    more.push(swapped);
                }
                continue;
            }
            let padded = format!(" {p} ");
            if padded.contains(&from) {
                // Twice, so that "em ... em" and adjacent words both change.
                let swapped = padded.replace(&from, &to).replace(&from, &to);
                more.push(swapped.trim().to_owned());
            }
        }
        for m in more {
            if all.len() >= MAX_SPELLINGS {
                break;
            }
            if !all.contains(&m) {
                all.push(m);
            }
        }
    }
    all
}

const ARABIC_CLITICS: [char; 5] = ['\u{0648}', '\u{0641}', '\u{0628}', '\u{0644}', '\u{0643}'];

impl LexiconBuilder {
    /// Adds one phrase; `Err` with the reason when it is empty once normalised.
    pub fn add(&mut self, phrase: &str, tag: Tag) -> Result<(), String> {
        let trimmed = phrase.trim();
        let open_start = trimmed.starts_with('*');
        let open_end = trimmed.ends_with('*') && trimmed.len() > 1;
        let core = trimmed.trim_matches('*');
        let normalised = normalise_phrase(core);
        if normalised.chars().filter(|c| is_word_char(*c)).count() == 0 {
            return Err(format!("the phrase `{phrase}` has no letters or digits"));
        }
        for spelling in spellings_of(&normalised, &self.spellings) {
            self.patterns.push(spelling);
            self.entries.push(Entry {
                tag,
                open_start,
                open_end,
            });
        }
        Ok(())
    }

    /// Chat spellings ("word=spelling", as in `[spellings]`) for every
    /// phrase added after this.
    pub fn spellings(&mut self, pairs: &[String]) {
        self.spellings = pairs
            .iter()
            .filter_map(|pair| pair.split_once('='))
            .map(|(from, to)| (normalise_phrase(from.trim()), normalise_phrase(to.trim())))
            .filter(|(from, to)| !from.is_empty() && !to.is_empty())
            .collect();
    }

    pub fn build(self) -> Lexicon {
        let automaton = (!self.patterns.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                // A contiguous NFA, not a full DFA: loading the rules of every
                // language made the process 57 MB resident with DFAs and 14 MB
                // with these, for the same matches at a similar speed
                // (`suggest_bench`).
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(&self.patterns)
                .expect("lexicon phrases are plain strings")
        });
        Lexicon {
            automaton,
            entries: self.entries,
        }
    }
}

impl Lexicon {
    /// Every whole-word occurrence of every phrase, overlapping ones included,
    /// in order of their end.
    pub fn hits(&self, view: &View, arabic_clitics: bool) -> Vec<Hit> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let text = view.text();
        let mut hits = Vec::new();
        for m in automaton.find_overlapping_iter(text) {
            let entry = &self.entries[m.pattern().as_usize()];
            let (start, mut end) = (m.start(), m.end());
            let starts_word = entry.open_start
                || view.char_before(start).is_none_or(|c| !is_word_char(c))
                || (arabic_clitics && after_clitics(text, start));
            if !starts_word {
                continue;
            }
            if entry.open_end {
                end += text[end..]
                    .char_indices()
                    .find(|(_, c)| !is_word_char(*c))
                    .map_or(text.len() - end, |(i, _)| i);
            } else if view.char_after(end).is_some_and(is_word_char) {
                continue;
            }
            hits.push(Hit {
                tag: entry.tag,
                start,
                end,
            });
        }
        hits
    }
}

/// Whether the word letters before `at` are one or two Arabic clitics (and
/// optionally the article ال), with a word boundary before them.
fn after_clitics(text: &str, at: usize) -> bool {
    let mut prefix = text[..at].chars().rev();
    let mut taken = 0;
    let mut article = false;
    loop {
        match prefix.clone().next() {
            Some(c) if !is_word_char(c) => break,
            None => break,
            Some(_) if taken >= 4 => return false,
            Some(c) => {
                prefix.next();
                taken += 1;
                // "ال" read backwards: lam then alef.
                if c == '\u{0644}' && prefix.clone().next() == Some('\u{0627}') && !article {
                    prefix.next();
                    taken += 1;
                    article = true;
                    continue;
                }
                if !ARABIC_CLITICS.contains(&c) {
                    return false;
                }
            }
        }
    }
    taken > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(phrases: &[&str]) -> Lexicon {
        let mut b = LexiconBuilder::default();
        for p in phrases {
            b.add(p, Tag::Stop).unwrap();
        }
        b.build()
    }

    fn found(lex: &Lexicon, text: &str, clitics: bool) -> Vec<String> {
        let view = View::new(text);
        lex.hits(&view, clitics)
            .iter()
            .map(|h| view.text()[h.start..h.end].to_owned())
            .collect()
    }

    #[test]
    fn whole_words_only_unless_a_star_says_otherwise() {
        let lex = lexicon(&["kill", "believ*", "*ዝበሃል"]);
        assert!(found(&lex, "skills killed", false).is_empty());
        assert_eq!(found(&lex, "they kill.", false), ["kill"]);
        assert_eq!(found(&lex, "nobody Believed me", false), ["believed"]);
        assert_eq!(found(&lex, "ሰላም እትዝበሃል", false), ["ዝበሃል"]);
    }

    #[test]
    fn phrases_match_however_the_text_was_typed() {
        let lex = lexicon(&["didn't listen", "không ai tin"]);
        assert_eq!(
            found(&lex, "They DIDN’T\u{200B}  listen", false),
            ["didnt listen"]
        );
        assert_eq!(found(&lex, "KHÔNG AI TIN", false), ["khong ai tin"]);
        // Typed without diacritics or apostrophes, or with the older cedilla
        // letters of Romanian.
        assert_eq!(found(&lex, "khong ai tin", false), ["khong ai tin"]);
        assert_eq!(found(&lex, "they didnt listen", false), ["didnt listen"]);
        let lex = lexicon(&["știu unde", "s'do vij më"]);
        assert_eq!(found(&lex, "ei ştiu unde stau", false), ["stiu unde"]);
        assert_eq!(found(&lex, "stiu unde", false), ["stiu unde"]);
        assert_eq!(found(&lex, "sdo vij me", false), ["sdo vij me"]);
    }

    #[test]
    fn chat_spellings_match_too() {
        let mut builder = LexiconBuilder::default();
        builder.spellings(&["em=e".to_owned(), "không=ko".to_owned(), "you=u".to_owned()]);
        for phrase in ["em không biết", "thank you", "emergency"] {
            builder.add(phrase, Tag::Urgent).expect("phrase");
        }
        let lex = builder.build();
        assert_eq!(found(&lex, "e ko biet", false), ["e ko biet"]);
        assert_eq!(found(&lex, "em ko biet", false), ["em ko biet"]);
        assert_eq!(found(&lex, "thank u", false), ["thank u"]);
        assert!(found(&lex, "ergency", false).is_empty());
        // A prefix or a suffix written apart ("می کشند" for "می‌کشند").
        let mut builder = LexiconBuilder::default();
        builder.spellings(&["می*=می *".to_owned(), "*ها=* ها".to_owned()]);
        builder.add("می‌کشند", Tag::Urgent).expect("phrase");
        builder.add("بچه‌ها", Tag::Urgent).expect("phrase");
        let lex = builder.build();
        for text in ["می کشند", "میکشند", "بچه ها"] {
            assert_eq!(found(&lex, text, false), [View::new(text).text()]);
        }
    }

    #[test]
    fn arabic_clitics_join_the_next_word() {
        let lex = lexicon(&["الشرطة", "مدرسة"]);
        assert_eq!(found(&lex, "والشرطة", true), ["الشرطة"]);
        assert_eq!(found(&lex, "بالمدرسة", true), ["مدرسة"]);
        assert!(found(&lex, "والشرطة", false).is_empty());
        assert!(found(&lex, "كتابمدرسة", true).is_empty());
    }

    #[test]
    fn a_phrase_without_letters_is_refused() {
        let mut b = LexiconBuilder::default();
        assert!(b.add("  * ", Tag::Stop).is_err());
        assert!(b.add("\u{200B}", Tag::Stop).is_err());
    }
}
