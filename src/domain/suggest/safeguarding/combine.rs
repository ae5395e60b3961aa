//! The `[[combine]]` rules: enough different warning signs within a few
//! sentences raise the level, unless a sign the rule names as `unless` stands
//! among them. It reads only signs that were not lowered; it never lowers.

use super::{raise, Assessment};
use crate::domain::suggest::lexicon::Hit;
use crate::domain::suggest::rules::LanguageRules;

/// Applies every rule to the signs that stand, `live` (sentence, sign, hit),
/// sorted by sentence.
pub(super) fn apply(rules: &LanguageRules, live: &[(usize, u8, Hit)], result: &mut Assessment) {
    for rule in &rules.combines {
        if rule.level < result.level && rule.theme.is_none() {
            continue;
        }
        let mut counts = vec![0usize; rules.signals.len()];
        let mut distinct = 0;
        let mut from = 0;
        let mut fired: Option<(usize, usize)> = None;
        for to in 0..live.len() {
            let (sentence, s, _) = live[to];
            while live[from].0 + rule.sentences <= sentence {
                let (_, old, _) = live[from];
                if rule.signals.contains(&old) {
                    counts[usize::from(old)] -= 1;
                    if counts[usize::from(old)] == 0 {
                        distinct -= 1;
                    }
                }
                from += 1;
            }
            if rule.signals.contains(&s) {
                counts[usize::from(s)] += 1;
                if counts[usize::from(s)] == 1 {
                    distinct += 1;
                }
            }
            if distinct >= rule.at_least {
                let first = live[from].0;
                let blocked = live.iter().any(|(sentence, s, _)| {
                    rule.unless.contains(s)
                        && *sentence >= first
                        && *sentence < first + rule.sentences
                });
                if !blocked {
                    fired = Some((from, to));
                    break;
                }
            }
        }
        if let Some((from, to)) = fired {
            let why: Vec<(usize, usize)> = live[from..=to]
                .iter()
                .filter(|(_, s, _)| rule.signals.contains(s))
                .map(|(_, _, h)| (h.start, h.end))
                .collect();
            raise(result, rule.level, &why);
            result.themes.extend(rule.theme);
        }
    }
}
