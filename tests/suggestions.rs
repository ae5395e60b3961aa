//! The suggestions engine measured on its labelled test set
//! (`tests/fixtures/suggestions/`, synthetic items in all eight languages):
//! recall and precision of highlights per kind and per language, theme recall,
//! urgent recall and tricky negatives flagged urgent. Prints the table that
//! `docs/SUGGESTIONS.md` reports and fails below the floors set here.
//!
//! A highlight matches an expected detail when the kinds are equal and the
//! spans overlap. Also runs `voices policy try` and `voices policy check` as
//! the people who write the policy run them.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;
use voices::domain::suggest::{DetailKind, SafeguardingLevel, SuggestionRules};
use voices::domain::{Language, SubmissionKind};
use voices::policy::Policy;

/// Every urgent item must be flagged; at most one tricky item may be.
const URGENT_RECALL_FLOOR: f64 = 1.0;
const TRICKY_URGENT_CEILING: usize = 1;
const DETAIL_RECALL_FLOOR: f64 = 0.9;
const DETAIL_PRECISION_FLOOR: f64 = 0.85;
/// Per language, so no language is carried by the others.
const LANGUAGE_RECALL_FLOOR: f64 = 0.8;
const THEME_RECALL_FLOOR: f64 = 0.7;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FixtureFile {
    item: Vec<Item>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    id: String,
    kind: String,
    level: String,
    #[serde(default)]
    tricky: bool,
    themes: Vec<String>,
    text: String,
    #[serde(default)]
    repeat: Option<usize>,
    spans: Vec<(String, String)>,
}

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rules() -> Policy {
    Policy::load(&manifest().join("moderation")).unwrap_or_else(|e| panic!("{e}"))
}

fn fixtures() -> Vec<(Language, Item)> {
    let mut out = Vec::new();
    for lang in Language::ALL {
        let path = manifest()
            .join("tests/fixtures/suggestions")
            .join(format!("{}.toml", lang.code()));
        let source = std::fs::read_to_string(&path).unwrap();
        let file: FixtureFile =
            toml::from_str(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(file.item.len() >= 12, "{lang} has fewer than 12 items");
        out.extend(file.item.into_iter().map(|i| (lang, i)));
    }
    out
}

#[derive(Default, Clone, Copy)]
struct Count {
    expected: usize,
    found: usize,
    highlighted: usize,
    correct: usize,
}

impl Count {
    fn add(&mut self, other: Count) {
        self.expected += other.expected;
        self.found += other.found;
        self.highlighted += other.highlighted;
        self.correct += other.correct;
    }
    fn recall(&self) -> f64 {
        ratio(self.found, self.expected)
    }
    fn precision(&self) -> f64 {
        ratio(self.correct, self.highlighted)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The char range of the first occurrence of `needle` in `text`.
fn char_span(text: &str, needle: &str) -> Option<(usize, usize)> {
    let byte = text.find(needle)?;
    let start = text[..byte].chars().count();
    Some((start, start + needle.chars().count()))
}

struct Measured {
    by_kind: BTreeMap<&'static str, Count>,
    by_language: BTreeMap<&'static str, Count>,
    themes_expected: usize,
    themes_found: usize,
    urgent: usize,
    urgent_flagged: usize,
    tricky: usize,
    tricky_urgent: Vec<String>,
    levels_right: usize,
    items: usize,
    misses: Vec<String>,
}

fn measure(rules: &SuggestionRules) -> Measured {
    let mut m = Measured {
        by_kind: BTreeMap::new(),
        by_language: BTreeMap::new(),
        themes_expected: 0,
        themes_found: 0,
        urgent: 0,
        urgent_flagged: 0,
        tricky: 0,
        tricky_urgent: Vec::new(),
        levels_right: 0,
        items: 0,
        misses: Vec::new(),
    };
    for (lang, item) in fixtures() {
        let kind: SubmissionKind = item.kind.parse().expect("story or feedback");
        let expected_level: SafeguardingLevel = item.level.parse().expect("a level");
        let text = item.text.repeat(item.repeat.unwrap_or(1));
        let got = rules.suggest(&text, lang, kind);
        assert_eq!(
            rules.safeguarding_level(&text, lang, kind),
            got.safeguarding,
            "{}: the intake level differs from the full one",
            item.id
        );
        let chars: Vec<char> = text.chars().collect();
        for h in &got.highlights {
            assert!(
                h.start < h.end && h.end <= chars.len(),
                "{}: {h:?}",
                item.id
            );
        }
        m.items += 1;
        if got.safeguarding == expected_level {
            m.levels_right += 1;
        }
        if expected_level == SafeguardingLevel::Urgent {
            m.urgent += 1;
            if got.safeguarding == SafeguardingLevel::Urgent {
                m.urgent_flagged += 1;
            } else {
                m.misses.push(format!("{}: not urgent", item.id));
            }
        }
        if item.tricky {
            m.tricky += 1;
            if got.safeguarding == SafeguardingLevel::Urgent {
                m.tricky_urgent.push(item.id.clone());
            }
        }
        for theme in &item.themes {
            m.themes_expected += 1;
            if got.themes.contains(theme) {
                m.themes_found += 1;
            } else {
                m.misses
                    .push(format!("{}: theme {theme} not suggested", item.id));
            }
        }
        let expected: Vec<(DetailKind, (usize, usize))> = item
            .spans
            .iter()
            .map(|(kind, needle)| {
                let kind: DetailKind = kind.parse().expect("a detail kind");
                let span = char_span(&text, needle)
                    .unwrap_or_else(|| panic!("{}: `{needle}` is not in the text", item.id));
                (kind, span)
            })
            .collect();
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        for (kind, span) in &expected {
            let mut count = Count {
                expected: 1,
                ..Count::default()
            };
            if got
                .highlights
                .iter()
                .any(|h| h.kind == *kind && overlaps((h.start, h.end), *span))
            {
                count.found = 1;
            } else {
                let text: String = chars[span.0..span.1].iter().collect();
                m.misses
                    .push(format!("{}: missed {kind} `{text}`", item.id));
            }
            m.by_kind.entry(kind.as_str()).or_default().add(count);
            m.by_language.entry(lang.code()).or_default().add(count);
        }
        // A detail written twice may be highlighted twice.
        let everywhere: Vec<(DetailKind, (usize, usize))> = item
            .spans
            .iter()
            .flat_map(|(kind, needle)| {
                let kind: DetailKind = kind.parse().expect("a detail kind");
                let text = &text;
                text.match_indices(needle.as_str()).map(move |(byte, _)| {
                    let start = text[..byte].chars().count();
                    (kind, (start, start + needle.chars().count()))
                })
            })
            .collect();
        for h in &got.highlights {
            let mut count = Count {
                highlighted: 1,
                ..Count::default()
            };
            if everywhere
                .iter()
                .any(|(kind, span)| *kind == h.kind && overlaps((h.start, h.end), *span))
            {
                count.correct = 1;
            } else {
                let text: String = chars[h.start..h.end].iter().take(40).collect();
                m.misses
                    .push(format!("{}: extra {} `{text}`", item.id, h.kind));
            }
            m.by_kind.entry(h.kind.as_str()).or_default().add(count);
            m.by_language.entry(lang.code()).or_default().add(count);
        }
    }
    m
}

fn table(m: &Measured) -> String {
    let mut out =
        String::from("| | expected | recall | highlighted | precision |\n|---|---|---|---|---|\n");
    let mut total = Count::default();
    for (name, c) in &m.by_kind {
        total.add(*c);
        out += &format!(
            "| {name} | {} | {:.0}% | {} | {:.0}% |\n",
            c.expected,
            100.0 * c.recall(),
            c.highlighted,
            100.0 * c.precision()
        );
    }
    out += &format!(
        "| **all kinds** | {} | {:.1}% | {} | {:.1}% |\n",
        total.expected,
        100.0 * total.recall(),
        total.highlighted,
        100.0 * total.precision()
    );
    for (name, c) in &m.by_language {
        out += &format!(
            "| {name} | {} | {:.0}% | {} | {:.0}% |\n",
            c.expected,
            100.0 * c.recall(),
            c.highlighted,
            100.0 * c.precision()
        );
    }
    out += &format!(
        "\nitems {}; theme recall {}/{} = {:.1}%; urgent flagged {}/{}; tricky negatives flagged urgent {}/{} {:?}; level exactly right {}/{}\n",
        m.items,
        m.themes_found,
        m.themes_expected,
        100.0 * ratio(m.themes_found, m.themes_expected),
        m.urgent_flagged,
        m.urgent,
        m.tricky_urgent.len(),
        m.tricky,
        m.tricky_urgent,
        m.levels_right,
        m.items
    );
    out
}

#[test]
fn the_labelled_set_meets_its_floors() {
    let policy = rules();
    let m = measure(&policy.suggest);
    println!("{}", table(&m));
    println!("misses and extras:\n  {}", m.misses.join("\n  "));
    let mut total = Count::default();
    for c in m.by_kind.values() {
        total.add(*c);
    }
    assert!(
        ratio(m.urgent_flagged, m.urgent) >= URGENT_RECALL_FLOOR,
        "urgent recall"
    );
    assert!(
        m.tricky_urgent.len() <= TRICKY_URGENT_CEILING,
        "{:?}",
        m.tricky_urgent
    );
    assert!(
        total.recall() >= DETAIL_RECALL_FLOOR,
        "detail recall {:.3}",
        total.recall()
    );
    assert!(
        total.precision() >= DETAIL_PRECISION_FLOOR,
        "detail precision {:.3}",
        total.precision()
    );
    for (lang, c) in &m.by_language {
        assert!(
            c.recall() >= LANGUAGE_RECALL_FLOOR,
            "{lang} recall {:.3}",
            c.recall()
        );
    }
    assert!(
        ratio(m.themes_found, m.themes_expected) >= THEME_RECALL_FLOOR,
        "theme recall"
    );
}

fn voices(args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_voices"))
        .env_clear()
        .env("VOICES_LOG", "warn")
        .env("VOICES_CONFIG", "/nonexistent/voices.toml")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run voices");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn moderation_dir() -> PathBuf {
    manifest().join("moderation")
}

#[test]
fn policy_try_prints_the_level_themes_and_original_characters() {
    let dir = moderation_dir();
    let text = "I still owe them a debt. Call 07700\u{200B}900123, they will kill me.";
    let out = voices(
        &[
            "policy",
            "try",
            "--lang",
            "en",
            "--moderation-dir",
            dir.to_str().unwrap(),
        ],
        text,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["safeguarding"], "urgent");
    assert_eq!(value["themes"][0], "debt_bondage");
    let phone = &value["highlights"][0];
    assert_eq!(phone["kind"], "phone");
    assert_eq!(phone["text"], "07700\u{200B}900123");
    assert_eq!(phone["start"], 30);
    assert_eq!(phone["end"], 42);
    assert!(phone["confidence"].as_f64().unwrap() > 0.8);

    // Feedback in Farsi, and invalid UTF-8 replaced rather than refused.
    let out = voices(
        &[
            "policy",
            "try",
            "--lang",
            "fa",
            "--kind",
            "feedback",
            "--moderation-dir",
            dir.to_str().unwrap(),
        ],
        "مترجم نبود \u{FFFD}",
    );
    assert!(out.status.success());
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["safeguarding"], "none");

    let out = voices(&["policy", "try", "--lang", "de"], "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("de"));
}

#[test]
fn policy_check_passes_the_shipped_files_and_names_the_line_of_a_broken_one() {
    let dir = moderation_dir();
    let out = voices(
        &["policy", "check", "--moderation-dir", dir.to_str().unwrap()],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(said.starts_with("valid"), "{said}");

    let copy = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), copy.path().join(entry.file_name())).unwrap();
    }
    let source = std::fs::read_to_string(dir.join("safeguarding.toml")).unwrap();
    let at = source.find("\n[concern]\n").unwrap() + 1;
    let line = source[..at].lines().count() + 1;
    let broken = format!(
        "{}[concern{}",
        &source[..at],
        &source[at + "[concern]".len()..]
    );
    std::fs::write(copy.path().join("safeguarding.toml"), broken).unwrap();
    let out = voices(
        &[
            "policy",
            "check",
            "--moderation-dir",
            copy.path().to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(&format!("safeguarding.toml (line {line}): ")),
        "{said}"
    );

    // A language missing from a recognizer list is named with its line too.
    std::fs::copy(
        dir.join("safeguarding.toml"),
        copy.path().join("safeguarding.toml"),
    )
    .unwrap();
    let source = std::fs::read_to_string(dir.join("recognizers.toml")).unwrap();
    let broken = source.replacen(
        "\nps = [\"زما ملګری {name}\"",
        "\npz = [\"زما ملګری {name}\"",
        1,
    );
    assert_ne!(broken, source);
    std::fs::write(copy.path().join("recognizers.toml"), broken).unwrap();
    let out = voices(
        &[
            "policy",
            "check",
            "--moderation-dir",
            copy.path().to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("recognizers.toml (line ") && said.contains("`pz`"),
        "{said}"
    );
}
