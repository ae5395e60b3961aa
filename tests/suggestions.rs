//! The suggestions engine measured on its labelled sets
//! (`tests/fixtures/suggestions/` and its development set `dev/`, synthetic
//! items in all eight languages) with the scoring `voices policy measure`
//! prints: urgent recall, tricky negatives flagged urgent, concern recall and
//! level accuracy, recall, precision and coverage of highlights per kind and
//! per language, theme recall and precision. Prints the tables that
//! `docs/SUGGESTIONS.md` reports and fails below the floors set here.
//!
//! A highlight matches an expected detail when the kinds are equal and the
//! spans overlap. Also runs `voices policy try` and `voices policy check` as
//! the people who write the policy run them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use voices::app::suggest_measure::{self, ratio, LabelledItem, Report};
use voices::domain::suggest::DetailKind;
use voices::domain::Language;
use voices::policy::Policy;

/// Floors of the labelled sets. Each is what the set shows, rounded down, so
/// a rule that stops working (a whole kind of detail, a language, a kind of
/// urgent item) fails the test.
struct Floors {
    /// Urgent items given urgent, in all and in each language.
    urgent_recall: f64,
    /// Tricky negatives given urgent, at most.
    tricky_urgent: usize,
    /// Items expected concern or urgent, given at least concern.
    concern_recall: f64,
    /// Items given exactly the expected level.
    level_accuracy: f64,
    detail_recall: f64,
    detail_precision: f64,
    /// Share of the expected characters the highlights cover.
    detail_coverage: f64,
    /// Per language, so no language is carried by the others.
    language_recall: f64,
    /// Per kind, so no kind is carried by the others: the share found and
    /// the share of the kind's expected characters covered.
    kind_recall: &'static [(DetailKind, f64)],
    theme_recall: f64,
    theme_precision: f64,
}

const MAIN: Floors = Floors {
    urgent_recall: 1.0,
    tricky_urgent: 1,
    concern_recall: 0.65,
    level_accuracy: 0.8,
    detail_recall: 0.9,
    detail_precision: 0.85,
    detail_coverage: 0.95,
    language_recall: 0.8,
    kind_recall: &[
        (DetailKind::Phone, 0.9),
        (DetailKind::Email, 0.9),
        (DetailKind::Url, 0.9),
        (DetailKind::Postcode, 0.9),
        (DetailKind::Address, 0.85),
        (DetailKind::Handle, 0.9),
        (DetailKind::Date, 0.9),
        (DetailKind::School, 0.85),
        (DetailKind::Name, 0.9),
    ],
    theme_recall: 0.9,
    theme_precision: 0.7,
};

/// The development set (`dev/`): new items written after the engine, in every
/// language, three batches, tuned on. Its floors are what it shows now,
/// rounded down.
const DEV: Floors = Floors {
    urgent_recall: 1.0,
    tricky_urgent: 0,
    concern_recall: 0.95,
    level_accuracy: 0.95,
    detail_recall: 0.95,
    detail_precision: 0.95,
    detail_coverage: 0.95,
    language_recall: 0.85,
    kind_recall: &[
        (DetailKind::Phone, 1.0),
        (DetailKind::Email, 1.0),
        (DetailKind::Postcode, 1.0),
        (DetailKind::Address, 1.0),
        (DetailKind::Handle, 0.9),
        (DetailKind::Date, 0.8),
        (DetailKind::School, 0.95),
        (DetailKind::Name, 0.9),
    ],
    theme_recall: 0.7,
    theme_precision: 0.7,
};

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rules() -> Policy {
    Policy::load(&manifest().join("moderation")).unwrap_or_else(|e| panic!("{e}"))
}

fn load(dir: &str, per_language: usize) -> Vec<LabelledItem> {
    let items = suggest_measure::load_dir(&manifest().join(dir)).unwrap_or_else(|e| panic!("{e}"));
    for lang in Language::ALL {
        let n = items.iter().filter(|i| i.lang == lang).count();
        assert!(n >= per_language, "{dir}: {lang} has {n} items");
    }
    items
}

fn check(name: &str, report: &Report, floors: &Floors) {
    println!("{name}\n{}", report.render());
    println!("misses and extras:\n  {}", report.misses.join("\n  "));
    let t = &report.total;
    let (urgent, of) = t.urgent();
    assert!(
        ratio(urgent, of) >= floors.urgent_recall,
        "{name}: urgent {urgent} of {of}"
    );
    for (lang, l) in &report.by_language {
        let (urgent, of) = l.urgent();
        assert!(
            ratio(urgent, of) >= floors.urgent_recall,
            "{name}: {lang} urgent {urgent} of {of}"
        );
    }
    assert!(
        t.tricky_urgent.len() <= floors.tricky_urgent,
        "{name}: {:?}",
        t.tricky_urgent
    );
    let (concern, of) = t.concern_or_more();
    assert!(
        ratio(concern, of) >= floors.concern_recall,
        "{name}: concern or more {concern} of {of}"
    );
    assert!(
        ratio(t.levels_right(), t.items) >= floors.level_accuracy,
        "{name}: levels right {} of {}",
        t.levels_right(),
        t.items
    );
    let all = t.all_details();
    assert!(
        all.recall() >= floors.detail_recall,
        "{name}: detail recall {:.3}",
        all.recall()
    );
    assert!(
        all.precision() >= floors.detail_precision,
        "{name}: detail precision {:.3}",
        all.precision()
    );
    assert!(
        all.coverage() >= floors.detail_coverage,
        "{name}: detail coverage {:.3}",
        all.coverage()
    );
    for (kind, floor) in floors.kind_recall {
        let c = t.details.get(kind).copied().unwrap_or_default();
        assert!(c.expected > 0, "{name}: no {kind} in the set");
        assert!(
            c.recall() >= *floor,
            "{name}: {kind} recall {:.3}",
            c.recall()
        );
        assert!(
            c.coverage() >= *floor,
            "{name}: {kind} coverage of the expected text {:.3}",
            c.coverage()
        );
    }
    for (lang, l) in &report.by_language {
        let c = l.all_details();
        assert!(
            c.recall() >= floors.language_recall,
            "{name}: {lang} detail recall {:.3}",
            c.recall()
        );
    }
    assert!(
        t.theme_recall() >= floors.theme_recall,
        "{name}: theme recall {:.3}",
        t.theme_recall()
    );
    assert!(
        t.theme_precision() >= floors.theme_precision,
        "{name}: theme precision {:.3}",
        t.theme_precision()
    );
}

#[test]
fn the_labelled_set_meets_its_floors() {
    let policy = rules();
    let items = load("tests/fixtures/suggestions", 12);
    for item in &items {
        assert_eq!(
            policy
                .suggest
                .safeguarding_level(&item.text, item.lang, item.kind),
            policy
                .suggest
                .suggest(&item.text, item.lang, item.kind)
                .safeguarding,
            "{}: the intake level differs from the full one",
            item.id
        );
    }
    check(
        "labelled set",
        &suggest_measure::measure(&policy.suggest, &items),
        &MAIN,
    );
}

#[test]
fn the_development_set_meets_its_floors() {
    let policy = rules();
    let items = load("tests/fixtures/suggestions/dev", 12);
    for item in &items {
        assert_eq!(
            policy
                .suggest
                .safeguarding_level(&item.text, item.lang, item.kind),
            policy
                .suggest
                .suggest(&item.text, item.lang, item.kind)
                .safeguarding,
            "{}: the intake level differs from the full one",
            item.id
        );
    }
    check(
        "development set",
        &suggest_measure::measure(&policy.suggest, &items),
        &DEV,
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
fn policy_measure_prints_the_figures_per_language_and_names_a_bad_set() {
    let dir = moderation_dir();
    let set = tempfile::tempdir().unwrap();
    std::fs::write(
        set.path().join("fa.toml"),
        "[[item]]\nid = \"fa-1\"\nkind = \"story\"\nlevel = \"urgent\"\nthemes = [\"mental_health\"]\n\
         text = \"می‌خواهم بمیرم. دوستم مهسا می‌داند.\"\nspans = [[\"name\", \"مهسا\"]]\n\n\
         [[item]]\nid = \"fa-2\"\nkind = \"feedback\"\nlevel = \"none\"\ntricky = true\nthemes = []\n\
         text = \"از خنده مردم.\"\n",
    )
    .unwrap();
    std::fs::write(set.path().join("notes.txt"), "not a set").unwrap();
    let out = voices(
        &[
            "policy",
            "measure",
            set.path().to_str().unwrap(),
            "--misses",
            "--moderation-dir",
            dir.to_str().unwrap(),
        ],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("| fa | 2 | 1 of 1 | 0 of 1 |"), "{said}");
    assert!(said.contains("| **all** | 2 | 1 of 1 | 0 of 1 |"), "{said}");
    assert!(said.contains("| name | 1 | 1 | 100% |"), "{said}");
    assert!(said.contains("| urgent | 0 | 0 | 1 |"), "{said}");

    std::fs::write(
        set.path().join("fa.toml"),
        "[[item]]\nid = \"fa-1\"\nkind = \"story\"\nlevel = \"very\"\ntext = \"x\"\n",
    )
    .unwrap();
    let out = voices(
        &[
            "policy",
            "measure",
            set.path().to_str().unwrap(),
            "--moderation-dir",
            dir.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("fa.toml") && said.contains("fa-1") && said.contains("very"),
        "{said}"
    );
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
    // One verdict, then where each policy file came from.
    assert!(said.starts_with("valid"), "{said}");
    let sources: Vec<&str> = said.lines().skip(1).collect();
    assert_eq!(sources.len(), 8, "{said}");
    assert!(sources.iter().all(|l| l.contains(" from ")), "{said}");

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
