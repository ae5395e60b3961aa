//! Loading labelled items: the TOML format of `tests/fixtures/suggestions/`, each
//! item's language, kind, level, themes and expected details, checked against its
//! text. Reads files only; never scores and never logs a text.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::suggest::{DetailKind, SafeguardingLevel};
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::parse_file;
    use crate::domain::Language;

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
