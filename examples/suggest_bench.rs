//! How long suggestions take: `suggest` and the intake-only
//! `safeguarding_level` on a realistic 20,000-character story in each launch
//! language (the labelled stories of `tests/fixtures/suggestions/` joined into
//! one long text), and on 20,000-character texts with no spaces. Prints the
//! median and 99th percentile in microseconds per call.
//!
//! `cargo run --release --example suggest_bench [RUNS] [LANG]`

use std::time::Instant;

use voices::domain::suggest::SuggestionRules;
use voices::domain::{Language, SubmissionKind};
use voices::policy::Policy;

const LENGTH: usize = 20_000;

fn story(lang: Language) -> String {
    let path = format!(
        "{}/tests/fixtures/suggestions/{}.toml",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let file: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let texts: Vec<String> = file["item"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item.get("repeat").is_none())
        .map(|item| item["text"].as_str().unwrap().to_owned())
        .collect();
    texts
        .iter()
        .flat_map(|t| t.chars().chain(['\n']))
        .cycle()
        .take(LENGTH)
        .collect()
}

/// Minimum, median and 99th percentile. The minimum is the best guide to the
/// cost on an idle machine when other work shares the cores.
fn percentiles(mut micros: Vec<f64>) -> (f64, f64, f64) {
    micros.sort_by(|a, b| a.total_cmp(b));
    let at = |p: f64| micros[((micros.len() - 1) as f64 * p).round() as usize];
    (at(0.0), at(0.5), at(0.99))
}

fn time(runs: usize, mut f: impl FnMut()) -> (f64, f64, f64) {
    f();
    let samples = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    percentiles(samples)
}

fn row(rules: &SuggestionRules, name: &str, lang: Language, text: &str, runs: usize) {
    let (min, median, p99) = time(runs, || {
        std::hint::black_box(rules.suggest(text, lang, SubmissionKind::Story));
    });
    let (level_min, level_median, level_p99) = time(runs, || {
        std::hint::black_box(rules.safeguarding_level(text, lang, SubmissionKind::Story));
    });
    println!(
        "| {name} | {} | {median:.0} | {p99:.0} | {min:.0} | {level_median:.0} | {level_p99:.0} | {level_min:.0} |",
        text.chars().count()
    );
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(300);
    let policy = Policy::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("moderation"))
        .expect("the shipped policy");
    let rules = &policy.suggest;
    println!("{runs} runs each; microseconds per call\n");
    println!(
        "| text | chars | suggest median | suggest p99 | suggest min | level median | level p99 | level min |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let only = std::env::args()
        .nth(2)
        .and_then(|c| Language::from_code(&c));
    for lang in Language::ALL {
        if only.is_some_and(|o| o != lang) {
            continue;
        }
        row(
            rules,
            &format!("story, {}", lang.code()),
            lang,
            &story(lang),
            runs,
        );
    }
    if only.is_some() {
        return;
    }
    let no_space: String = "ЖжΩωاب፩ሀ日本😀\u{301}\u{202E}07700٣@a."
        .chars()
        .cycle()
        .take(LENGTH)
        .collect();
    row(
        rules,
        "no spaces, mixed scripts",
        Language::En,
        &no_space,
        runs,
    );
    let letters = "a".repeat(LENGTH);
    row(rules, "no spaces, one letter", Language::En, &letters, runs);
    let digits: String = "0123456789".chars().cycle().take(LENGTH).collect();
    row(rules, "no spaces, digits", Language::En, &digits, runs);
}
