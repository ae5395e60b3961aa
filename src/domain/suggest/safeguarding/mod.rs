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
use super::rules::{LanguageRules, Scope};
use super::SafeguardingLevel;

mod clauses;
mod combine;
#[cfg(test)]
mod tests;

use clauses::Boundaries;

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

/// The level of a text and what set it.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Assessment {
    pub level: SafeguardingLevel,
    /// Byte ranges of the view: the phrases that set the level.
    pub why: Vec<(usize, usize)>,
    /// The signals found and not lowered, by index, sorted, once each.
    pub signals: Vec<u8>,
    /// Themes suggested by the signals found and the rules that applied.
    pub themes: Vec<u16>,
}

/// Raises the result to `level`, keeping the phrases that set the highest
/// level found so far.
fn raise(result: &mut Assessment, level: SafeguardingLevel, why: &[(usize, usize)]) {
    if level > result.level {
        result.level = level;
        result.why.clear();
    }
    if level == result.level && level > SafeguardingLevel::None {
        result.why.extend_from_slice(why);
    }
}

pub(crate) fn level(view: &View, hits: &[Hit], rules: &LanguageRules) -> SafeguardingLevel {
    assess(view, hits, rules).level
}

pub(crate) fn assess(view: &View, hits: &[Hit], rules: &LanguageRules) -> Assessment {
    let phrases: Vec<Hit> = hits
        .iter()
        .filter(|h| matches!(h.tag, Tag::Urgent | Tag::Concern | Tag::Signal(_)))
        .copied()
        .collect();
    if phrases.is_empty() {
        return Assessment::default();
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
    // The level a phrase keeps once the lowering groups around it apply.
    let lowered = |phrase: &Hit, own: SafeguardingLevel| {
        let mut found = own;
        let clause = bounds.clause(phrase.start);
        if let Some(to) = lowest(&by_clause, clause, own) {
            found = found.min(to);
        }
        let sentence = bounds.sentence(phrase.start);
        let present = present_clauses.binary_search(&clause).is_ok();
        let from = by_sentence.partition_point(|(i, _)| *i < sentence);
        let to = by_sentence[from..]
            .iter()
            .take_while(|(i, _)| *i == sentence)
            .map(|(_, g)| &rules.lowering[usize::from(*g)])
            .filter(|group| group.lowers.contains(&own) && (!present || group.despite_present))
            .map(|group| group.to)
            .min();
        if let Some(to) = to {
            found = found.min(to);
        }
        found
    };
    let mut result = Assessment::default();
    // Signals that stand (not lowered), with their sentence.
    let mut live: Vec<(usize, u8, Hit)> = Vec::new();
    for phrase in &phrases {
        match phrase.tag {
            Tag::Signal(s) => {
                // A sign counts as an urgent one would: danger described as
                // over, an idiom or a denial around it voids it.
                if lowered(phrase, SafeguardingLevel::Urgent) == SafeguardingLevel::Urgent {
                    live.push((bounds.sentence(phrase.start), s, *phrase));
                    let alone = rules.signals[usize::from(s)].alone;
                    raise(&mut result, alone, &[(phrase.start, phrase.end)]);
                }
            }
            tag => {
                let own = if tag == Tag::Urgent {
                    SafeguardingLevel::Urgent
                } else {
                    SafeguardingLevel::Concern
                };
                let found = lowered(phrase, own);
                raise(&mut result, found, &[(phrase.start, phrase.end)]);
            }
        }
    }
    live.sort_by_key(|(sentence, s, hit)| (*sentence, *s, hit.start));
    result.signals = live.iter().map(|(_, s, _)| *s).collect();
    result.signals.sort_unstable();
    result.signals.dedup();
    result.themes = result
        .signals
        .iter()
        .filter_map(|s| rules.signals[usize::from(*s)].theme)
        .collect();
    combine::apply(rules, &live, &mut result);
    result.themes.sort_unstable();
    result.themes.dedup();
    result.why.sort_unstable();
    result.why.dedup();
    result
}
