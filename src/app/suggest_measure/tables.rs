//! The Markdown tables `voices policy measure` prints from a report: per language,
//! per detail kind, and the level confusion. Formats figures only; never scores.

use std::fmt::Write as _;

use crate::domain::suggest::{DetailKind, SafeguardingLevel};

use super::tally::{Report, Tally};

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
