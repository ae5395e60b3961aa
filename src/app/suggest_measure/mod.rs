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

mod labelled;
mod score;
mod tables;
mod tally;

pub use labelled::{load_dir, parse_file, LabelledItem};
pub use score::measure;
pub use tally::{ratio, DetailCount, Report, Tally};

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::domain::suggest::DetailKind;
    use crate::domain::Language;
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
}
