//! Scoring: runs the suggestion rules over each labelled item and counts what a
//! moderator would count (levels, tricky negatives, details, themes), with a line
//! per miss. The texts are read, scored and dropped; nothing is logged.

use crate::domain::suggest::{DetailKind, SafeguardingLevel, SuggestionRules};

use super::labelled::LabelledItem;
use super::tally::{DetailCount, Report, Tally};

fn level_index(level: SafeguardingLevel) -> usize {
    match level {
        SafeguardingLevel::None => 0,
        SafeguardingLevel::Concern => 1,
        SafeguardingLevel::Urgent => 2,
    }
}

/// Char ranges of every occurrence of `needle` in `text`.
fn char_spans(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let len = needle.chars().count();
    text.match_indices(needle)
        .map(|(byte, _)| {
            let start = text[..byte].chars().count();
            (start, start + len)
        })
        .collect()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Score every item.
pub fn measure(rules: &SuggestionRules, items: &[LabelledItem]) -> Report {
    let mut report = Report::default();
    for item in items {
        let got = rules.suggest(&item.text, item.lang, item.kind);
        let tally = report.by_language.entry(item.lang).or_default();
        tally.items += 1;
        tally.levels[level_index(item.level)][level_index(got.safeguarding)] += 1;
        if item.level != got.safeguarding {
            report.misses.push(format!(
                "{}: level {} expected, {} given",
                item.id, item.level, got.safeguarding
            ));
        }
        if item.tricky {
            tally.tricky += 1;
            if got.safeguarding == SafeguardingLevel::Urgent {
                tally.tricky_urgent.push(item.id.clone());
            }
        }
        tally.themes_expected += item.themes.len();
        tally.themes_suggested += got.themes.len();
        for theme in &item.themes {
            if got.themes.contains(theme) {
                tally.themes_found += 1;
            } else {
                report
                    .misses
                    .push(format!("{}: theme {theme} not suggested", item.id));
            }
        }
        for theme in &got.themes {
            if item.themes.contains(theme) {
                tally.themes_correct += 1;
            } else {
                report
                    .misses
                    .push(format!("{}: theme {theme} suggested", item.id));
            }
        }
        let chars: Vec<char> = item.text.chars().collect();
        let mut everywhere: Vec<(DetailKind, (usize, usize))> = Vec::new();
        for (kind, needle) in &item.spans {
            let spans = char_spans(&item.text, needle);
            everywhere.extend(spans.iter().map(|s| (*kind, *s)));
            let Some(&span) = spans.first() else { continue };
            let same: Vec<(usize, usize)> = got
                .highlights
                .iter()
                .filter(|h| h.kind == *kind)
                .map(|h| (h.start, h.end))
                .collect();
            let covered = (span.0..span.1)
                .filter(|c| same.iter().any(|h| h.0 <= *c && *c < h.1))
                .count();
            let found = same.iter().any(|h| overlaps(*h, span));
            if !found {
                report
                    .misses
                    .push(format!("{}: missed {kind} `{needle}`", item.id));
            }
            tally.details.entry(*kind).or_default().add(DetailCount {
                expected: 1,
                found: usize::from(found),
                expected_chars: span.1 - span.0,
                covered_chars: covered,
                ..DetailCount::default()
            });
        }
        // A detail written twice may be highlighted twice.
        for h in &got.highlights {
            let correct = everywhere
                .iter()
                .any(|(kind, span)| *kind == h.kind && overlaps((h.start, h.end), *span));
            if !correct {
                let text: String = chars[h.start..h.end.min(chars.len())]
                    .iter()
                    .take(40)
                    .collect();
                report
                    .misses
                    .push(format!("{}: extra {} `{text}`", item.id, h.kind));
            }
            tally.details.entry(h.kind).or_default().add(DetailCount {
                highlighted: 1,
                correct: usize::from(correct),
                ..DetailCount::default()
            });
        }
    }
    let mut total = Tally::default();
    for tally in report.by_language.values() {
        total.add(tally);
    }
    report.total = total;
    report
}
