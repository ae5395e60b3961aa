//! The safeguarding level of a text: phrases from `safeguarding.toml` raise it
//! to `concern` or `urgent`; phrases of a `[[lower]]` group (danger described
//! as over, idioms, lawful work, negation) bring one match down to that group's
//! level when they stand in the same clause or sentence, as the group's scope
//! says. A `present` marker ("now", "still", "tonight") in the match's own
//! clause keeps a sentence-scoped lowering from applying, so "I used to be safe
//! but now they will kill me" stays urgent.
//!
//! It never lowers the level of a match because of something said in another
//! sentence, and it never raises anything outside Voices: the level only
//! orders the moderators' queue.

use super::lexicon::{Hit, Tag};
use super::normalise::View;
use super::rules::LanguageRules;
use super::SafeguardingLevel;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Clause,
    Sentence,
}

#[derive(Debug, Clone)]
pub(crate) struct Lowering {
    /// The levels this group may lower.
    pub lowers: Vec<SafeguardingLevel>,
    pub to: SafeguardingLevel,
    pub scope: Scope,
}

fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '\n' | '\u{061F}' | '\u{1362}' | '\u{1367}' | '\u{06D4}' | '\u{2026}'
    )
}

fn ends_clause(c: char) -> bool {
    ends_sentence(c)
        || matches!(
            c,
            ',' | ';' | ':' | '\u{060C}' | '\u{061B}' | '\u{1363}' | '\u{1364}' | '\u{1365}'
        )
}

/// Sorted boundary positions; a position's sentence (or clause) is the number
/// of boundaries before it.
struct Boundaries {
    sentences: Vec<usize>,
    clauses: Vec<usize>,
}

impl Boundaries {
    fn new(view: &View, hits: &[Hit]) -> Self {
        let mut sentences = Vec::new();
        let mut clauses = Vec::new();
        for (i, c) in view.text().char_indices() {
            if ends_sentence(c) {
                sentences.push(i);
            }
            if ends_clause(c) {
                clauses.push(i);
            }
        }
        clauses.extend(
            hits.iter()
                .filter(|h| h.tag == Tag::ClauseBreak)
                .map(|h| h.start),
        );
        clauses.sort_unstable();
        Boundaries { sentences, clauses }
    }

    fn sentence(&self, at: usize) -> usize {
        self.sentences.partition_point(|b| *b < at)
    }

    fn clause(&self, at: usize) -> usize {
        self.clauses.partition_point(|b| *b < at)
    }
}

/// Hits of `inner` that lie strictly inside a hit of `outer` are void: "don't
/// get paid" is a concern, and the lawful-work phrase "get paid" inside it must
/// not lower it. Linear after sorting.
fn not_inside(mut inner: Vec<Hit>, outer: &[Hit]) -> Vec<Hit> {
    let mut outer: Vec<&Hit> = outer.iter().collect();
    outer.sort_by_key(|h| h.start);
    inner.sort_by_key(|h| h.start);
    let mut next = 0;
    let mut reach: Option<(usize, usize)> = None;
    inner.retain(|m| {
        while next < outer.len() && outer[next].start <= m.start {
            let o = outer[next];
            if reach.is_none_or(|(_, end)| o.end > end) {
                reach = Some((o.start, o.end));
            }
            next += 1;
        }
        !reach.is_some_and(|(start, end)| end >= m.end && (start < m.start || end > m.end))
    });
    inner
}

pub(crate) fn level(view: &View, hits: &[Hit], rules: &LanguageRules) -> SafeguardingLevel {
    let phrases: Vec<Hit> = hits
        .iter()
        .filter(|h| matches!(h.tag, Tag::Urgent | Tag::Concern))
        .copied()
        .collect();
    if phrases.is_empty() {
        return SafeguardingLevel::None;
    }
    let bounds = Boundaries::new(view, hits);
    let markers = not_inside(
        hits.iter()
            .filter(|h| matches!(h.tag, Tag::Lower(_)))
            .copied()
            .collect(),
        &phrases,
    );
    let present = not_inside(
        hits.iter()
            .filter(|h| h.tag == Tag::Present)
            .copied()
            .collect(),
        &markers,
    );
    // The lowering groups present in each clause and each sentence.
    let mut by_clause: Vec<(usize, u8)> = Vec::new();
    let mut by_sentence: Vec<(usize, u8)> = Vec::new();
    for m in &markers {
        let Tag::Lower(g) = m.tag else { continue };
        match rules.lowering[usize::from(g)].scope {
            Scope::Clause => by_clause.push((bounds.clause(m.start), g)),
            Scope::Sentence => by_sentence.push((bounds.sentence(m.start), g)),
        }
    }
    by_clause.sort_unstable();
    by_clause.dedup();
    by_sentence.sort_unstable();
    by_sentence.dedup();
    let mut present_clauses: Vec<usize> = present.iter().map(|p| bounds.clause(p.start)).collect();
    present_clauses.sort_unstable();
    let lowest = |table: &[(usize, u8)], id: usize, level: SafeguardingLevel| {
        let from = table.partition_point(|(i, _)| *i < id);
        table[from..]
            .iter()
            .take_while(|(i, _)| *i == id)
            .map(|(_, g)| &rules.lowering[usize::from(*g)])
            .filter(|group| group.lowers.contains(&level))
            .map(|group| group.to)
            .min()
    };
    let mut result = SafeguardingLevel::None;
    for phrase in &phrases {
        let mut found = if phrase.tag == Tag::Urgent {
            SafeguardingLevel::Urgent
        } else {
            SafeguardingLevel::Concern
        };
        let clause = bounds.clause(phrase.start);
        let own = found;
        if let Some(to) = lowest(&by_clause, clause, own) {
            found = found.min(to);
        }
        if present_clauses.binary_search(&clause).is_err() {
            if let Some(to) = lowest(&by_sentence, bounds.sentence(phrase.start), own) {
                found = found.min(to);
            }
        }
        result = result.max(found);
        if result == SafeguardingLevel::Urgent {
            break;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use crate::domain::suggest::testing::shipped;
    use crate::domain::suggest::SafeguardingLevel::{self, Concern, None, Urgent};
    use crate::domain::{Language, SubmissionKind};

    fn level(text: &str, lang: Language) -> SafeguardingLevel {
        let rules = shipped();
        let quick = rules.safeguarding_level(text, lang, SubmissionKind::Story);
        let full = rules
            .suggest(text, lang, SubmissionKind::Feedback)
            .safeguarding;
        assert_eq!(quick, full, "{text}");
        quick
    }

    #[test]
    fn danger_now_is_urgent() {
        for text in [
            "They said they will kill me if I talk.",
            "Please help me, I am locked in a house and cannot leave.",
            "I want to kill myself.",
            "I used to be safe but now they will kill me.",
        ] {
            assert_eq!(level(text, Language::En), Urgent, "{text}");
        }
    }

    #[test]
    fn indirect_intent_to_end_ones_life_is_urgent() {
        for text in [
            "I don't want to wake up tomorrow.",
            "Everyone would be better off without me.",
            "I've written letters to say goodbye to my sister.",
        ] {
            assert_eq!(level(text, Language::En), Urgent, "{text}");
        }
    }

    #[test]
    fn danger_described_as_over_does_not_raise_the_level() {
        for text in [
            "I was in danger but now I am safe.",
            "They used to hit me when I was fourteen.",
        ] {
            assert!(level(text, Language::En) < Urgent, "{text}");
        }
    }

    #[test]
    fn idioms_and_lawful_work_do_not_raise_the_level() {
        for text in [
            "After the walk my feet were killing me.",
            "I'd kill for a pizza right now.",
            "I am dying to see my little brother again.",
            "I work at a car wash and get paid properly, with a contract.",
        ] {
            assert_eq!(level(text, Language::En), None, "{text}");
        }
        assert!(level("I work at a car wash and don't get paid.", Language::En) >= Concern);
    }

    #[test]
    fn every_language_has_an_urgent_phrase_that_works() {
        for (lang, text) in [
            (Language::Vi, "Họ sẽ giết tôi nếu tôi nói."),
            (Language::Ar, "سوف يقتلونني إذا تكلمت."),
            (Language::Sq, "Do të më vrasin nëse flas."),
            (Language::Ro, "Mă vor omorî dacă vorbesc."),
            (Language::Ti, "እንተ ተዛሪበ ክቐትሉኒ እዮም።"),
            (Language::Fa, "اگر حرف بزنم مرا می‌کشند."),
            (Language::Ps, "که خبرې وکړم ما به ووژني."),
        ] {
            assert_eq!(level(text, lang), Urgent, "{lang}: {text}");
        }
    }
}
