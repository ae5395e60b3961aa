//! The review sheet for a native speaker: every message of one language in page
//! order (the order of `locales/en/main.ftl`, under its `## Section` headings),
//! with the English source, the current translation, the language's review state,
//! the open questions about that message, and room for a correction.
//!
//! Written for reviewers who are not developers: one self-contained HTML page
//! (no scripts, fonts or links to load; it works offline and prints), or CSV for
//! a spreadsheet. It reads only the translations compiled into the binary.

use std::collections::HashMap;
use std::fmt::Write as _;

use fluent_syntax::ast;
use maud::{html, Markup, DOCTYPE};

use super::status::{LanguageStatus, OpenQuestion, ReviewStatus};
use super::SOURCES;
use crate::domain::Language;

/// One message as the sheet shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow<'s> {
    pub id: String,
    /// The `## Section` of the English file it sits under.
    pub section: String,
    pub english: String,
    pub translation: String,
    /// The open questions that name this message.
    pub questions: Vec<&'s OpenQuestion>,
}

/// A language's sheet: its rows and the questions about no single message.
#[derive(Debug)]
pub struct Sheet<'s> {
    pub lang: Language,
    pub status: &'s LanguageStatus,
    pub rows: Vec<SheetRow<'s>>,
    /// Questions about the whole language, a policy file's text, or a message
    /// that no longer exists.
    pub general: Vec<&'s OpenQuestion>,
}

fn source(lang: Language) -> &'static str {
    SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .expect("every language has a source")
}

/// A pattern as a reviewer reads it: placeables as written (`{ $name }`), and a
/// selector as one line per variant (`[one] …`, `*[other] …`).
fn pattern_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => expression_text(expression, out),
        }
    }
}

fn expression_text(expression: &ast::Expression<&str>, out: &mut String) {
    match expression {
        ast::Expression::Inline(inline) => inline_text(inline, out),
        ast::Expression::Select { selector, variants } => {
            out.push('{');
            inline_text(selector, out);
            out.push_str(" ->");
            for variant in variants {
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => (*name).to_owned(),
                    ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                };
                let star = if variant.default { "*" } else { "" };
                let _ = write!(out, "\n  {star}[{key}] ");
                pattern_text(&variant.value, out);
            }
            out.push_str("\n}");
        }
    }
}

fn inline_text(inline: &ast::InlineExpression<&str>, out: &mut String) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            let _ = write!(out, "{{ ${} }}", id.name);
        }
        ast::InlineExpression::StringLiteral { value } => out.push_str(value),
        ast::InlineExpression::NumberLiteral { value } => out.push_str(value),
        ast::InlineExpression::MessageReference { id, .. } => {
            let _ = write!(out, "{{ {} }}", id.name);
        }
        ast::InlineExpression::TermReference { id, .. } => {
            let _ = write!(out, "{{ -{} }}", id.name);
        }
        ast::InlineExpression::FunctionReference { id, .. } => {
            let _ = write!(out, "{{ {}(…) }}", id.name);
        }
        ast::InlineExpression::Placeable { expression } => expression_text(expression, out),
    }
}

fn message_text(message: &ast::Message<&str>) -> String {
    let mut text = String::new();
    if let Some(value) = &message.value {
        pattern_text(value, &mut text);
    }
    text.trim().to_owned()
}

/// Every message of `lang` in English page order.
pub fn sheet(lang: Language, status: &ReviewStatus) -> Sheet<'_> {
    let status = status.of(lang);
    let translated = fluent_syntax::parser::parse(source(lang)).expect("valid Fluent");
    let translations: HashMap<&str, String> = translated
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some((m.id.name, message_text(m))),
            _ => None,
        })
        .collect();
    let english = fluent_syntax::parser::parse(source(Language::En)).expect("valid Fluent");
    let mut section = String::new();
    let mut rows = Vec::new();
    for entry in &english.body {
        match entry {
            ast::Entry::GroupComment(comment) => {
                section = comment.content.join(" ").trim().to_owned();
            }
            ast::Entry::Message(m) => rows.push(SheetRow {
                id: m.id.name.to_owned(),
                section: section.clone(),
                english: message_text(m),
                translation: translations.get(m.id.name).cloned().unwrap_or_default(),
                questions: status
                    .open_questions
                    .iter()
                    .filter(|q| q.is_about(m.id.name))
                    .collect(),
            }),
            _ => {}
        }
    }
    let general = status
        .open_questions
        .iter()
        .filter(|q| !rows.iter().any(|r| r.questions.contains(q)))
        .collect();
    Sheet {
        lang,
        status,
        rows,
        general,
    }
}

/// Whether a section is shown on staff pages rather than to survivors.
fn audience(section: &str) -> &'static str {
    if section.starts_with("Staff") || section == "First admin" || section == "Translation review" {
        "staff pages"
    } else {
        "survivor pages"
    }
}

fn state_line(status: &LanguageStatus) -> String {
    let mut line = status.state.as_str().to_owned();
    if let Some(date) = &status.date {
        let _ = write!(line, ", {date}");
    }
    if let Some(reviewer) = &status.reviewer {
        let _ = write!(line, ", by a {reviewer}");
    }
    line
}

const CSS: &str = "
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1rem;font-size:100%;line-height:1.5;color:#1d1d1b;background:#fff;
font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"Noto Sans Ethiopic\",\"Abyssinica SIL\",\"Kefa\",\"Nyala\",\"Ebrima\",\"Noto Naskh Arabic\",\"Noto Sans Arabic\",\"Vazirmatn\",\"Tahoma\",Arial,sans-serif}
h1{font-size:1.5rem;margin:0 0 .5rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:2px solid #1d1d1b}
.message{border:1px solid #8a877f;border-radius:4px;padding:.5rem .75rem;margin:0 0 .75rem;break-inside:avoid;page-break-inside:avoid}
.message h3{font-size:1rem;margin:0;font-family:ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.where{margin:0 0 .25rem;color:#55534d;font-size:.875rem}
dl{margin:0}
dt{font-weight:700;font-size:.875rem;margin-top:.5rem}
dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.translation{font-size:1.125rem}
.questions{background:#fff4ce;border-inline-start:4px solid #b58100;padding:.25rem .5rem}
.questions ul{margin:0;padding-inline-start:1.25rem}
textarea{display:block;width:100%;min-height:4.5rem;margin-top:.25rem;font:inherit;border:1px solid #1d1d1b;border-radius:2px;padding:.25rem}
.state{font-weight:700}
@media print{body{max-width:none;padding:0;font-size:11pt}textarea{resize:none}a{color:inherit}}
";

/// The sheet as one self-contained HTML page.
pub fn html(sheet: &Sheet<'_>) -> String {
    let lang = sheet.lang;
    let code = lang.code();
    let dir = lang.direction().as_str();
    let title = format!("Voices: review sheet for {} ({code})", lang.endonym());
    let mut sections: Vec<(&str, Vec<&SheetRow<'_>>)> = Vec::new();
    for row in &sheet.rows {
        match sections.last_mut() {
            Some((name, rows)) if *name == row.section => rows.push(row),
            _ => sections.push((&row.section, vec![row])),
        }
    }
    let question = |q: &OpenQuestion| -> Markup {
        html! { li { (q.doubt.trim()) } }
    };
    let page = html! {
        (DOCTYPE)
        html lang="en" dir="ltr" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (maud::PreEscaped(CSS)) }
            }
            body {
                header {
                    h1 { (title) }
                    p { "Review state: " span class="state" { (state_line(sheet.status)) } }
                    @if let Some(note) = &sheet.status.note {
                        p { (note) }
                    }
                    p {
                        "Every message of the site, in the order the pages show them. For each one, "
                        "read the English and the " span lang=(code) dir=(dir) { (lang.endonym()) }
                        " text. If the translation is wrong, unclear, too formal or could upset a young "
                        "reader, write a better one in the box (on paper or on screen). Leave the box "
                        "empty when it is right. Keep the parts in curly brackets, such as { $name }, "
                        "exactly as they are: the site puts a name or a number there."
                    }
                    p { (sheet.rows.len()) " messages." }
                    @if !sheet.general.is_empty() {
                        section class="questions" aria-labelledby="general" {
                            h2 id="general" { "Open questions about the whole language or the policy files" }
                            ul lang="en" dir="ltr" {
                                @for q in &sheet.general { (question(q)) }
                            }
                        }
                    }
                }
                main {
                    @for (section, rows) in &sections {
                        section {
                            h2 { (section) }
                            @for row in rows {
                                article class="message" id=(row.id) {
                                    h3 { (row.id) }
                                    p class="where" { (section) " · " (audience(section)) }
                                    dl {
                                        dt { "English" }
                                        dd lang="en" dir="ltr" { (row.english) }
                                        dt { (lang.endonym()) " (now)" }
                                        dd class="translation" lang=(code) dir=(dir) { (row.translation) }
                                        dt { "Review state" }
                                        dd { (sheet.status.state.as_str()) @if !row.questions.is_empty() { ", open question" } }
                                        @if !row.questions.is_empty() {
                                            dt { "Open question" }
                                            dd class="questions" lang="en" dir="ltr" {
                                                ul { @for q in &row.questions { (question(q)) } }
                                            }
                                        }
                                        dt { label for=(format!("fix-{}", row.id)) { "Your correction" } }
                                        dd {
                                            textarea id=(format!("fix-{}", row.id)) lang=(code) dir=(dir) rows="3" {}
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    page.into_string()
}

fn csv_field(out: &mut String, value: &str) {
    if value.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// The sheet as CSV for a spreadsheet: UTF-8 with a byte-order mark (so
/// spreadsheet apps read the scripts correctly), a header row, one row per
/// message, CRLF line ends.
pub fn csv(sheet: &Sheet<'_>) -> String {
    let mut out = String::from("\u{FEFF}");
    let header = [
        "id",
        "section",
        "where",
        "english",
        "translation",
        "review_state",
        "open_questions",
        "correction",
    ];
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    let state = sheet.status.state.as_str();
    for row in &sheet.rows {
        let questions = row
            .questions
            .iter()
            .map(|q| q.doubt.trim())
            .collect::<Vec<_>>()
            .join("\n\n");
        let fields = [
            row.id.as_str(),
            &row.section,
            audience(&row.section),
            &row.english,
            &row.translation,
            state,
            &questions,
            "",
        ];
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_field(&mut out, field);
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status() -> ReviewStatus {
        ReviewStatus::embedded().unwrap()
    }

    #[test]
    fn rows_follow_the_english_order_and_sections() {
        let status = status();
        let sheet = sheet(Language::Ti, &status);
        let english = fluent_syntax::parser::parse(source(Language::En)).unwrap();
        let ids: Vec<&str> = english
            .body
            .iter()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        let rows: Vec<&str> = sheet.rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(rows, ids);
        assert_eq!(sheet.rows[0].section, "Every page");
        assert!(
            sheet.rows.iter().all(|r| !r.translation.is_empty()),
            "missing"
        );
        let exit = sheet.rows.iter().find(|r| r.id == "quick-exit").unwrap();
        assert_eq!(exit.questions.len(), 1);
        // Quoted in the quick-exit question too.
        let quoted = sheet
            .rows
            .iter()
            .find(|r| r.id == "landing-leave-quickly")
            .unwrap();
        assert!(quoted.questions.iter().any(|q| q.id == "quick-exit"));
    }

    #[test]
    fn selectors_show_every_variant() {
        let status = status();
        let sheet = sheet(Language::Ar, &status);
        let row = sheet
            .rows
            .iter()
            .find(|r| r.id == "error-rate-limited")
            .unwrap();
        assert!(row.english.contains("{ $minutes }"), "{}", row.english);
        for key in ["[zero]", "[one]", "[two]", "[few]", "[many]", "*[other]"] {
            assert!(row.translation.contains(key), "{key}: {}", row.translation);
        }
    }

    #[test]
    fn questions_about_no_message_are_listed_for_the_whole_language() {
        let status = status();
        let fa = sheet(Language::Fa, &status);
        assert!(fa.general.iter().any(|q| q.id == "*"));
        assert!(fa
            .general
            .iter()
            .any(|q| q.id == "feedback.toml foster_care"));
        assert!(!fa.general.iter().any(|q| q.id == "share-text-limit"));
    }

    #[test]
    fn csv_fields_with_commas_quotes_and_lines_are_quoted() {
        let mut out = String::new();
        csv_field(&mut out, "plain");
        csv_field(&mut out, "a, \"b\"\nc");
        assert_eq!(out, "plain\"a, \"\"b\"\"\nc\"");
    }
}
