//! `voices policy measure DIR`: the suggestions engine run over a directory of
//! labelled items (the format of `tests/fixtures/suggestions/`, README there)
//! and scored the way a moderator would score it: urgent recall, tricky
//! negatives flagged urgent, the level confusion (what was expected against
//! what was given), identifying-detail recall per kind with how much of each
//! expected detail the highlights cover, and theme recall and precision; per
//! language and in total.
//!
//! The same code scores the labelled sets in `tests/suggestions.rs`, so the
//! figures the command prints are the figures the test floors hold.
//! Nothing here is logged; the texts are read, scored and dropped.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::suggest::{DetailKind, SafeguardingLevel, SuggestionRules};
use crate::domain::{Language, SubmissionKind};

#[derive(Deserialize)]
struct FixtureFile {
    #[serde(default)]
    item: Vec<RawItem>,
}

#[derive(Deserialize)]
struct RawItem {
    id: String,
    kind: String,
    level: String,
    #[serde(default)]
    tricky: bool,
    #[serde(default)]
    themes: Vec<String>,
    text: String,
    #[serde(default)]
    repeat: Option<usize>,
    #[serde(default)]
    spans: Vec<(String, String)>,
    /// Only needed when neither the file name nor the id names the language.
    #[serde(default)]
    lang: Option<String>,
    /// Anything else (a note, a source) is kept out of the scoring.
    #[serde(flatten)]
    _other: BTreeMap<String, toml::Value>,
}

/// One labelled item, ready to score.
#[derive(Debug, Clone)]
pub struct LabelledItem {
    pub id: String,
    pub lang: Language,
    pub kind: SubmissionKind,
    pub level: SafeguardingLevel,
    pub tricky: bool,
    pub themes: Vec<String>,
    pub text: String,
    pub spans: Vec<(DetailKind, String)>,
}

/// The language of an item: the file's name (`fa.toml`), else the item's
/// `lang`, else the first part of its id that is a language code
/// (`dev-fa-03`, `fa_12`).
fn language_of(file: &Path, item: &RawItem) -> Option<Language> {
    if let Some(code) = &item.lang {
        return Language::from_code(code.trim());
    }
    if let Some(lang) = file
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(Language::from_code)
    {
        return Some(lang);
    }
    item.id
        .split(|c: char| !c.is_ascii_alphabetic())
        .find_map(Language::from_code)
}

/// Parse one file of labelled items; `file` names it in errors and gives
/// the language when it is named after one.
pub fn parse_file(file: &Path, source: &str) -> Result<Vec<LabelledItem>, String> {
    let name = file.display();
    let parsed: FixtureFile = toml::from_str(source).map_err(|e| format!("{name}: {e}"))?;
    let mut out = Vec::with_capacity(parsed.item.len());
    for raw in parsed.item {
        let id = raw.id.clone();
        let lang = language_of(file, &raw).ok_or_else(|| {
            format!("{name}: item `{id}`: no language (name the file en.toml..., or give `lang`)")
        })?;
        let kind: SubmissionKind = raw.kind.parse().map_err(|()| {
            format!(
                "{name}: item `{id}`: kind `{}` is not story or feedback",
                raw.kind
            )
        })?;
        let level: SafeguardingLevel = raw.level.parse().map_err(|()| {
            format!(
                "{name}: item `{id}`: level `{}` is not none, concern or urgent",
                raw.level
            )
        })?;
        let text = raw.text.repeat(raw.repeat.unwrap_or(1).max(1));
        let mut spans = Vec::with_capacity(raw.spans.len());
        for (kind, needle) in raw.spans {
            let kind: DetailKind = kind
                .parse()
                .map_err(|()| format!("{name}: item `{id}`: unknown detail kind `{kind}`"))?;
            if needle.is_empty() || !text.contains(&needle) {
                return Err(format!(
                    "{name}: item `{id}`: the {kind} `{needle}` is not in the text"
                ));
            }
            spans.push((kind, needle));
        }
        out.push(LabelledItem {
            id,
            lang,
            kind,
            level,
            tricky: raw.tricky,
            themes: raw.themes,
            text,
            spans,
        });
    }
    Ok(out)
}

/// Every `*.toml` directly in `dir` except files with no `[[item]]`, in name
/// order.
pub fn load_dir(dir: &Path) -> Result<Vec<LabelledItem>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut items = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        items.extend(parse_file(file, &source)?);
    }
    if items.is_empty() {
        return Err(format!(
            "{}: no labelled items (*.toml with [[item]])",
            dir.display()
        ));
    }
    Ok(items)
}

/// Counts for one kind of detail.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct DetailCount {
    /// Expected details.
    pub expected: usize,
    /// Expected details that a highlight of the same kind overlaps.
    pub found: usize,
    /// Characters of the expected details, and how many a highlight of the
    /// same kind covers.
    pub expected_chars: usize,
    pub covered_chars: usize,
    /// Highlights given, and how many of them overlap an expected detail of
    /// their kind.
    pub highlighted: usize,
    pub correct: usize,
}

impl DetailCount {
    fn add(&mut self, o: DetailCount) {
        self.expected += o.expected;
        self.found += o.found;
        self.expected_chars += o.expected_chars;
        self.covered_chars += o.covered_chars;
        self.highlighted += o.highlighted;
        self.correct += o.correct;
    }
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.expected)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.highlighted)
    }
    /// The share of the expected characters that highlights cover.
    pub fn coverage(&self) -> f64 {
        ratio(self.covered_chars, self.expected_chars)
    }
}

/// `a / b`, and 1 when there is nothing to count.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn level_index(level: SafeguardingLevel) -> usize {
    match level {
        SafeguardingLevel::None => 0,
        SafeguardingLevel::Concern => 1,
        SafeguardingLevel::Urgent => 2,
    }
}

/// The figures of one language, or of all of them.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    pub items: usize,
    /// `levels[expected][given]`, in the order none, concern, urgent.
    pub levels: [[usize; 3]; 3],
    pub tricky: usize,
    /// Ids of tricky negatives given `urgent`.
    pub tricky_urgent: Vec<String>,
    pub details: BTreeMap<DetailKind, DetailCount>,
    pub themes_expected: usize,
    pub themes_found: usize,
    pub themes_suggested: usize,
    pub themes_correct: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.items += o.items;
        for (row, other) in self.levels.iter_mut().zip(o.levels.iter()) {
            for (cell, n) in row.iter_mut().zip(other.iter()) {
                *cell += n;
            }
        }
        self.tricky += o.tricky;
        self.tricky_urgent.extend(o.tricky_urgent.iter().cloned());
        for (kind, c) in &o.details {
            self.details.entry(*kind).or_default().add(*c);
        }
        self.themes_expected += o.themes_expected;
        self.themes_found += o.themes_found;
        self.themes_suggested += o.themes_suggested;
        self.themes_correct += o.themes_correct;
    }
    /// Items a moderator would call urgent, and how many were given urgent.
    pub fn urgent(&self) -> (usize, usize) {
        (self.levels[2][2], self.levels[2].iter().sum())
    }
    /// Items a moderator would call concern (or urgent), given at least concern.
    pub fn concern_or_more(&self) -> (usize, usize) {
        let expected: usize =
            self.levels[1].iter().sum::<usize>() + self.levels[2].iter().sum::<usize>();
        let given = self.levels[1][1] + self.levels[1][2] + self.levels[2][1] + self.levels[2][2];
        (given, expected)
    }
    /// Items whose level is exactly the expected one.
    pub fn levels_right(&self) -> usize {
        (0..3).map(|i| self.levels[i][i]).sum()
    }
    pub fn all_details(&self) -> DetailCount {
        let mut total = DetailCount::default();
        for c in self.details.values() {
            total.add(*c);
        }
        total
    }
    pub fn theme_recall(&self) -> f64 {
        ratio(self.themes_found, self.themes_expected)
    }
    pub fn theme_precision(&self) -> f64 {
        ratio(self.themes_correct, self.themes_suggested)
    }
}

/// Everything measured on a set.
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub by_language: BTreeMap<Language, Tally>,
    pub total: Tally,
    /// One line per miss or extra, for the person tuning the files.
    pub misses: Vec<String>,
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

fn pct(x: f64) -> String {
    format!("{:.0}%", 100.0 * x)
}

fn row(out: &mut String, name: &str, t: &Tally) {
    let (urgent, urgent_of) = t.urgent();
    let (concern, concern_of) = t.concern_or_more();
    let details = t.all_details();
    let names = t
        .details
        .get(&DetailKind::Name)
        .copied()
        .unwrap_or_default();
    let schools = t
        .details
        .get(&DetailKind::School)
        .copied()
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "| {name} | {} | {urgent} of {urgent_of} | {} of {} | {} | {} | {concern} of {concern_of} | {} of {} | {} | {} of {} | {} of {} | {} | {} |",
        t.items,
        t.tricky_urgent.len(),
        t.tricky,
        t.levels[2][1],
        t.levels[1][2],
        t.levels_right(),
        t.items,
        pct(details.recall()),
        names.found,
        names.expected,
        schools.found,
        schools.expected,
        pct(t.theme_recall()),
        pct(t.theme_precision()),
    );
}

impl Report {
    /// The tables `voices policy measure` prints (Markdown).
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str(
            "| language | items | urgent flagged | tricky flagged urgent | urgent given concern | concern given urgent | concern or more flagged | level exactly right | details found | names | schools | theme recall | theme precision |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n",
        );
        for (lang, t) in &self.by_language {
            row(&mut out, lang.code(), t);
        }
        row(&mut out, "**all**", &self.total);
        out.push_str(
            "\n| detail | expected | found | recall | characters covered | highlighted | precision |\n|---|---|---|---|---|---|---|\n",
        );
        for (kind, c) in &self.total.details {
            let _ = writeln!(
                out,
                "| {kind} | {} | {} | {} | {} | {} | {} |",
                c.expected,
                c.found,
                pct(c.recall()),
                pct(c.coverage()),
                c.highlighted,
                pct(c.precision())
            );
        }
        let all = self.total.all_details();
        let _ = writeln!(
            out,
            "| **all kinds** | {} | {} | {} | {} | {} | {} |",
            all.expected,
            all.found,
            pct(all.recall()),
            pct(all.coverage()),
            all.highlighted,
            pct(all.precision())
        );
        out.push_str("\nlevels, expected (rows) against given (columns):\n\n| expected | none | concern | urgent |\n|---|---|---|---|\n");
        for (i, level) in SafeguardingLevel::ALL.iter().enumerate() {
            let r = self.total.levels[i];
            let _ = writeln!(out, "| {level} | {} | {} | {} |", r[0], r[1], r[2]);
        }
        if !self.total.tricky_urgent.is_empty() {
            let _ = writeln!(
                out,
                "\ntricky negatives flagged urgent: {}",
                self.total.tricky_urgent.join(", ")
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Policy;

    fn rules() -> Policy {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("moderation");
        Policy::load(&dir).unwrap()
    }

    const SET: &str = r#"
[[item]]
id = "t-01"
kind = "story"
level = "urgent"
themes = ["debt_bondage"]
text = "I owe them a debt. Call Amira on 07700 900123, they will kill me."
spans = [["phone", "07700 900123"], ["name", "Amira"], ["school", "Call"]]

[[item]]
id = "t-02"
kind = "feedback"
level = "none"
tricky = true
themes = []
note = "not scored"
text = "My feet were killing me after the walk."
"#;

    #[test]
    fn a_set_is_scored_per_language_and_kind() {
        let items = parse_file(Path::new("dir/en.toml"), SET).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].lang, Language::En);
        let report = measure(&rules().suggest, &items);
        let t = &report.total;
        assert_eq!(t.items, 2);
        assert_eq!(t.urgent(), (1, 1));
        assert_eq!(t.tricky, 1);
        assert!(t.tricky_urgent.is_empty());
        assert_eq!(t.levels_right(), 2);
        let phone = t.details[&DetailKind::Phone];
        assert_eq!((phone.found, phone.expected), (1, 1));
        assert_eq!(phone.coverage(), 1.0);
        // "Call" is not a school: a miss that the report must show.
        let school = t.details[&DetailKind::School];
        assert_eq!((school.found, school.expected), (0, 1));
        assert!(report
            .misses
            .iter()
            .any(|m| m.contains("missed school `Call`")));
        assert_eq!((t.themes_found, t.themes_expected), (1, 1));
        let table = report.render();
        assert!(table.contains("| en | 2 | 1 of 1 | 0 of 1 |"), "{table}");
        assert!(table.contains("| school | 1 | 0 | 0% |"), "{table}");
    }

    #[test]
    fn the_language_comes_from_the_file_the_lang_key_or_the_id() {
        let set =
            "[[item]]\nid = \"dev-fa-01\"\nkind = \"story\"\nlevel = \"none\"\ntext = \"سلام\"\n";
        let items = parse_file(Path::new("x/held-out.toml"), set).unwrap();
        assert_eq!(items[0].lang, Language::Fa);
        let set = "[[item]]\nid = \"a1\"\nlang = \"ps\"\nkind = \"story\"\nlevel = \"none\"\ntext = \"x\"\n";
        assert_eq!(
            parse_file(Path::new("x/en.toml"), set).unwrap()[0].lang,
            Language::Ps
        );
        let set = "[[item]]\nid = \"a1\"\nkind = \"story\"\nlevel = \"none\"\ntext = \"x\"\n";
        let err = parse_file(Path::new("x/set.toml"), set).unwrap_err();
        assert!(err.contains("x/set.toml") && err.contains("a1"), "{err}");
    }

    #[test]
    fn bad_labels_are_refused_with_the_file_and_item() {
        for (set, says) in [
            ("[[item]]\nid = \"a\"\nkind = \"poem\"\nlevel = \"none\"\ntext = \"x\"\n", "poem"),
            ("[[item]]\nid = \"a\"\nkind = \"story\"\nlevel = \"high\"\ntext = \"x\"\n", "high"),
            (
                "[[item]]\nid = \"a\"\nkind = \"story\"\nlevel = \"none\"\ntext = \"x\"\nspans = [[\"name\", \"Bob\"]]\n",
                "`Bob` is not in the text",
            ),
            ("[[item]]\nid = \"a\"\n", "en.toml"),
        ] {
            let err = parse_file(Path::new("d/en.toml"), set).unwrap_err();
            assert!(err.contains(says), "{err}");
        }
    }
}
