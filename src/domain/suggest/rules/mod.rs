//! Building the suggestion rules from the three policy files: the checks that
//! span entries (unique theme keys, labels in every language, name cues with
//! one `{name}`, lowering levels) and one lexicon per language holding every
//! list.
//!
//! This module only turns file contents into rules; it never reads a file.

use toml::Spanned;

use super::contact::WebRules;
use super::files::{File, PerLanguage, RecognizersFile, SafeguardingFile, ThemesFile};
use super::lexicon::{Lexicon, LexiconBuilder, Tag};
use super::safeguarding::{Combine, Lowering, Scope, Signal};
use super::SafeguardingLevel;
use crate::domain::Language;

pub use super::files::{RuleError, RuleSources};
pub(crate) use super::files::{RECOGNIZERS, SAFEGUARDING, THEMES};

/// Everything known about one language once the files are read.
pub(crate) struct LanguageRules {
    /// Every list of every file for this language (plus English names, allow
    /// list and platforms, which survivors use in any language).
    pub lexicon: Lexicon,
    /// Only the safeguarding phrases: the cheap path at intake.
    pub safeguarding_lexicon: Lexicon,
    pub arabic_clitics: bool,
    /// Tigrinya, Persian and Pashto put the verb last: the last word of a
    /// sentence after a school word is a verb, not the school's name.
    pub verb_final: bool,
    pub lowering: Vec<Lowering>,
    /// Warning signs that count in combination, and the combinations.
    pub signals: Vec<Signal>,
    pub combines: Vec<Combine>,
    pub phone_regions: Vec<phonenumber::country::Id>,
    /// Dates written with the month names of this language and English.
    pub months: regex::Regex,
}

pub(crate) struct Parsed {
    pub themes: Vec<String>,
    pub languages: Vec<LanguageRules>,
    pub web: WebRules,
}

fn level(file: &File<'_>, raw: &Spanned<String>) -> Result<SafeguardingLevel, RuleError> {
    match raw.get_ref().as_str() {
        "none" => Ok(SafeguardingLevel::None),
        "concern" => Ok(SafeguardingLevel::Concern),
        other => Err(file.error(
            Some(raw.span().start),
            format!("`to` must be \"none\" or \"concern\", not `{other}`"),
        )),
    }
}

pub(crate) fn parse(sources: &RuleSources<'_>) -> Result<Parsed, RuleError> {
    let themes_file = File {
        name: THEMES,
        source: sources.themes,
    };
    let safeguarding_file = File {
        name: SAFEGUARDING,
        source: sources.safeguarding,
    };
    let recognizers_file = File {
        name: RECOGNIZERS,
        source: sources.recognizers,
    };

    let themes: ThemesFile = themes_file.parse()?;
    if themes.theme.is_empty() {
        return Err(themes_file.error(None, "no themes"));
    }
    let mut keys: Vec<String> = Vec::new();
    for theme in &themes.theme {
        let key = theme.key.get_ref();
        let at = Some(theme.key.span().start);
        if keys.contains(key) {
            return Err(themes_file.error(at, format!("theme `{key}` appears twice")));
        }
        match &theme.label {
            None => return Err(themes_file.error(at, format!("theme `{key}` has no labels"))),
            Some(labels) => {
                for lang in Language::ALL {
                    if labels
                        .get_ref()
                        .get(lang.code())
                        .is_none_or(|l| l.trim().is_empty())
                    {
                        return Err(themes_file.error(
                            Some(labels.span().start),
                            format!("theme `{key}` has no `{}` label", lang.code()),
                        ));
                    }
                }
            }
        }
        let Some(keywords) = &theme.keywords else {
            return Err(themes_file.error(at, format!("theme `{key}` has no keywords")));
        };
        themes_file.per_language(keywords, &format!("theme `{key}` keywords"))?;
        keys.push(key.clone());
    }

    let safeguarding: SafeguardingFile = safeguarding_file.parse()?;
    for (table, what) in [
        (&safeguarding.urgent, "[urgent]"),
        (&safeguarding.concern, "[concern]"),
        (&safeguarding.present, "[present]"),
        (&safeguarding.clause_breaks, "[clause_breaks]"),
    ] {
        safeguarding_file.per_language(table, what)?;
    }
    if safeguarding.lower.is_empty() {
        return Err(safeguarding_file.error(None, "no [[lower]] groups"));
    }
    let mut lowering = Vec::new();
    for group in &safeguarding.lower {
        let name = group.name.get_ref();
        safeguarding_file.per_language(&group.phrases, &format!("[[lower]] `{name}`"))?;
        let scope = match group.scope.get_ref().as_str() {
            "clause" => Scope::Clause,
            "sentence" => Scope::Sentence,
            other => {
                return Err(safeguarding_file.error(
                    Some(group.scope.span().start),
                    format!("`scope` must be \"clause\" or \"sentence\", not `{other}`"),
                ))
            }
        };
        let to = level(&safeguarding_file, &group.to)?;
        let mut lowers = Vec::new();
        for raw in group.lowers.get_ref() {
            let from = match raw.get_ref().as_str() {
                "urgent" => SafeguardingLevel::Urgent,
                "concern" => SafeguardingLevel::Concern,
                other => {
                    return Err(safeguarding_file.error(
                        Some(raw.span().start),
                        format!("`lowers` lists \"urgent\" or \"concern\", not `{other}`"),
                    ))
                }
            };
            if from <= to {
                return Err(safeguarding_file.error(
                    Some(raw.span().start),
                    format!("[[lower]] `{name}` cannot lower `{}` to `{}`", from, to),
                ));
            }
            lowers.push(from);
        }
        if lowers.is_empty() {
            return Err(safeguarding_file.error(
                Some(group.lowers.span().start),
                format!("[[lower]] `{name}`: `lowers` is empty"),
            ));
        }
        lowering.push(Lowering {
            to,
            scope,
            lowers,
            despite_present: group.despite_present,
        });
    }
    if lowering.len() > usize::from(u8::MAX) {
        return Err(safeguarding_file.error(None, "too many [[lower]] groups"));
    }
    let mut signals: Vec<Signal> = Vec::new();
    for raw in &safeguarding.signal {
        let name = raw.name.get_ref();
        let at = Some(raw.name.span().start);
        if signals.iter().any(|s| &s.name == name) {
            return Err(safeguarding_file.error(at, format!("[[signal]] `{name}` appears twice")));
        }
        safeguarding_file.per_language(&raw.phrases, &format!("[[signal]] `{name}`"))?;
        let alone = match &raw.alone {
            None => SafeguardingLevel::None,
            Some(level) => match level.get_ref().as_str() {
                "none" => SafeguardingLevel::None,
                "concern" => SafeguardingLevel::Concern,
                "urgent" => SafeguardingLevel::Urgent,
                other => {
                    return Err(safeguarding_file.error(
                        Some(level.span().start),
                        format!(
                            "`alone` must be \"none\", \"concern\" or \"urgent\", not `{other}`"
                        ),
                    ))
                }
            },
        };
        signals.push(Signal {
            name: name.clone(),
            alone,
            theme: theme_index(&safeguarding_file, &keys, raw.theme.as_ref())?,
        });
    }
    if signals.len() > usize::from(u8::MAX) {
        return Err(safeguarding_file.error(None, "too many [[signal]] kinds"));
    }
    let mut combines = Vec::new();
    for raw in &safeguarding.combine {
        let name = raw.name.get_ref();
        let mut ids: Vec<u8> = Vec::new();
        for signal in raw.signals.get_ref() {
            let id = signals
                .iter()
                .position(|s| &s.name == signal.get_ref())
                .ok_or_else(|| {
                    safeguarding_file.error(
                        Some(signal.span().start),
                        format!(
                            "[[combine]] `{name}`: no [[signal]] named `{}`",
                            signal.get_ref()
                        ),
                    )
                })?;
            let id = id as u8;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let mut unless: Vec<u8> = Vec::new();
        if let Some(list) = &raw.unless {
            for signal in list.get_ref() {
                let id = signals
                    .iter()
                    .position(|s| &s.name == signal.get_ref())
                    .ok_or_else(|| {
                        safeguarding_file.error(
                            Some(signal.span().start),
                            format!(
                                "[[combine]] `{name}`: no [[signal]] named `{}`",
                                signal.get_ref()
                            ),
                        )
                    })?;
                unless.push(id as u8);
            }
        }
        if ids.is_empty() {
            return Err(safeguarding_file.error(
                Some(raw.signals.span().start),
                format!("[[combine]] `{name}`: `signals` is empty"),
            ));
        }
        let at_least = raw.at_least.as_ref().map_or(ids.len(), |n| *n.get_ref());
        if at_least == 0 || at_least > ids.len() {
            return Err(safeguarding_file.error(
                raw.at_least.as_ref().map(|n| n.span().start),
                format!(
                    "[[combine]] `{name}`: `at_least` must be between 1 and {}",
                    ids.len()
                ),
            ));
        }
        let sentences = *raw.sentences.get_ref();
        if sentences == 0 {
            return Err(safeguarding_file.error(
                Some(raw.sentences.span().start),
                format!("[[combine]] `{name}`: `sentences` must be 1 or more"),
            ));
        }
        let level = match raw.level.get_ref().as_str() {
            "concern" => SafeguardingLevel::Concern,
            "urgent" => SafeguardingLevel::Urgent,
            other => {
                return Err(safeguarding_file.error(
                    Some(raw.level.span().start),
                    format!("`level` must be \"concern\" or \"urgent\", not `{other}`"),
                ))
            }
        };
        combines.push(Combine {
            signals: ids,
            unless,
            at_least,
            sentences,
            level,
            theme: theme_index(&safeguarding_file, &keys, raw.theme.as_ref())?,
        });
    }

    let recognizers: RecognizersFile = recognizers_file.parse()?;
    let tables: [(&PerLanguage, &str, Tag); 13] = [
        (&recognizers.names, "[names]", Tag::Name),
        (
            &recognizers.names_ambiguous,
            "[names_ambiguous]",
            Tag::AmbiguousName,
        ),
        (&recognizers.name_cues, "[name_cues]", Tag::CueBeforeName),
        (&recognizers.stop_words, "[stop_words]", Tag::Stop),
        (&recognizers.allow, "[allow]", Tag::Allow),
        (&recognizers.street_words, "[street_words]", Tag::Street),
        (&recognizers.school_words, "[school_words]", Tag::School),
        (&recognizers.handle_cues, "[handle_cues]", Tag::HandleCue),
        (
            &recognizers.handle_platforms,
            "[handle_platforms]",
            Tag::Platform,
        ),
        (&recognizers.date_cues, "[date_cues]", Tag::DateCue),
        (&recognizers.months, "[months]", Tag::Month),
        (
            &recognizers.phone_context,
            "[phone_context]",
            Tag::PhoneContext,
        ),
        (&recognizers.phone_regions, "[phone_regions]", Tag::Stop),
    ];
    let mut checked = Vec::new();
    for (table, what, _) in &tables {
        checked.push(recognizers_file.per_language(table, what)?);
    }
    for (lang, cues) in &checked[2] {
        for cue in cues {
            if cue.matches("{name}").count() != 1
                || !(cue.trim().starts_with("{name}") || cue.trim().ends_with("{name}"))
            {
                let at = recognizers_file.key_offset(recognizers.name_cues.span(), lang.code());
                return Err(recognizers_file.error(
                    Some(at),
                    format!(
                        "[name_cues]: `{cue}` must have one `{{name}}`, at its start or its end"
                    ),
                ));
            }
        }
    }
    let web = WebRules::new(
        recognizers
            .web
            .tlds
            .get_ref()
            .iter()
            .map(|t| t.get_ref().clone())
            .collect(),
        recognizers
            .web
            .allowed_domains
            .get_ref()
            .iter()
            .map(|t| t.get_ref().clone())
            .collect(),
    )
    .map_err(|m| recognizers_file.error(Some(recognizers.web.tlds.span().start), m))?;

    if let Some(spellings) = &safeguarding.spellings {
        for list in spellings.get_ref().values() {
            for pair in list.get_ref() {
                let ok = pair
                    .get_ref()
                    .split_once('=')
                    .is_some_and(|(a, b)| !a.trim().is_empty() && !b.trim().is_empty());
                if !ok {
                    return Err(safeguarding_file.error(
                        Some(pair.span().start),
                        format!("[spellings]: `{}` is not \"word=spelling\"", pair.get_ref()),
                    ));
                }
            }
        }
    }

    let mut languages = Vec::new();
    for lang in Language::ALL {
        let mut all = LexiconBuilder::default();
        let mut cheap = LexiconBuilder::default();
        let spellings: Vec<String> = safeguarding
            .spellings
            .as_ref()
            .and_then(|table| table.get_ref().get(lang.code()))
            .map(|list| list.get_ref().iter().map(|p| p.get_ref().clone()).collect())
            .unwrap_or_default();
        all.spellings(&spellings);
        cheap.spellings(&spellings);
        for (i, theme) in themes.theme.iter().enumerate() {
            let tag =
                Tag::Theme(u16::try_from(i).map_err(|_| {
                    themes_file.error(Some(theme.key.span().start), "too many themes")
                })?);
            if let Some(keywords) = &theme.keywords {
                themes_file.add_all(&mut all, keywords, lang, tag)?;
            }
        }
        for (builder, _) in [(&mut all, 0), (&mut cheap, 1)] {
            for (table, tag) in [
                (&safeguarding.urgent, Tag::Urgent),
                (&safeguarding.concern, Tag::Concern),
                (&safeguarding.present, Tag::Present),
                (&safeguarding.clause_breaks, Tag::ClauseBreak),
            ] {
                safeguarding_file.add_all(builder, table, lang, tag)?;
            }
            for (g, group) in safeguarding.lower.iter().enumerate() {
                let tag = Tag::Lower(g as u8);
                safeguarding_file.add_all(builder, &group.phrases, lang, tag)?;
            }
            for (i, signal) in safeguarding.signal.iter().enumerate() {
                let tag = Tag::Signal(i as u8);
                safeguarding_file.add_all(builder, &signal.phrases, lang, tag)?;
            }
        }
        for (table, _, tag) in &tables[..12] {
            if *tag == Tag::CueBeforeName {
                add_cues(&recognizers_file, &mut all, table, lang)?;
                continue;
            }
            recognizers_file.add_all(&mut all, table, lang, *tag)?;
            // Survivors use English names, town names, public bodies,
            // platform names and the English words for a school ("Hillside
            // college") whatever language they write in.
            let shared = matches!(
                tag,
                Tag::Name | Tag::Allow | Tag::Platform | Tag::Street | Tag::School
            );
            if shared && lang != Language::En {
                recognizers_file.add_all(&mut all, table, Language::En, *tag)?;
            }
        }
        if let Some(context) = &recognizers.school_context {
            recognizers_file.add_all(&mut all, context, lang, Tag::SchoolContext)?;
            if lang != Language::En {
                recognizers_file.add_all(&mut all, context, Language::En, Tag::SchoolContext)?;
            }
        }
        let regions = checked[12][&lang]
            .iter()
            .map(|code| {
                code.parse::<phonenumber::country::Id>().map_err(|_| {
                    let at =
                        recognizers_file.key_offset(recognizers.phone_regions.span(), lang.code());
                    recognizers_file.error(
                        Some(at),
                        format!("[phone_regions]: `{code}` is not a region code such as GB"),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut months: Vec<String> = checked[10][&lang].clone();
        if lang != Language::En {
            months.extend(checked[10][&Language::En].iter().cloned());
        }
        languages.push(LanguageRules {
            lexicon: all.build(),
            safeguarding_lexicon: cheap.build(),
            arabic_clitics: lang == Language::Ar,
            verb_final: matches!(lang, Language::Ti | Language::Fa | Language::Ps),
            lowering: lowering.clone(),
            signals: signals.clone(),
            combines: combines.clone(),
            phone_regions: regions,
            months: super::dates::month_pattern(&months),
        });
    }
    Ok(Parsed {
        themes: keys,
        languages,
        web,
    })
}

/// The index of a theme named in `safeguarding.toml`.
fn theme_index(
    file: &File<'_>,
    keys: &[String],
    theme: Option<&Spanned<String>>,
) -> Result<Option<u16>, RuleError> {
    let Some(theme) = theme else {
        return Ok(None);
    };
    keys.iter()
        .position(|k| k == theme.get_ref())
        .map(|i| Some(i as u16))
        .ok_or_else(|| {
            file.error(
                Some(theme.span().start),
                format!("no theme `{}` in themes.toml", theme.get_ref()),
            )
        })
}

/// Name cues are written with `{name}` where the name stands: "my friend
/// {name}" or "{name} ዝበሃል".
fn add_cues(
    file: &File<'_>,
    builder: &mut LexiconBuilder,
    table: &PerLanguage,
    lang: Language,
) -> Result<(), RuleError> {
    let Some(list) = table.get_ref().get(lang.code()) else {
        return Ok(());
    };
    for cue in list.get_ref() {
        let text = cue.get_ref().trim();
        let (phrase, tag) = match text.strip_prefix("{name}") {
            Some(rest) => (rest, Tag::CueAfterName),
            None => (text.trim_end_matches("{name}"), Tag::CueBeforeName),
        };
        builder
            .add(phrase, tag)
            .map_err(|m| file.error(Some(cue.span().start), m))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::suggest::files::line_at;

    fn shipped(name: &str) -> String {
        std::fs::read_to_string(format!("{}/moderation/{name}", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
    }

    fn with(file: &str, edit: impl Fn(String) -> String) -> RuleError {
        let mut themes = shipped(THEMES);
        let mut safeguarding = shipped(SAFEGUARDING);
        let mut recognizers = shipped(RECOGNIZERS);
        match file {
            THEMES => themes = edit(themes),
            SAFEGUARDING => safeguarding = edit(safeguarding),
            _ => recognizers = edit(recognizers),
        }
        match parse(&RuleSources {
            themes: &themes,
            safeguarding: &safeguarding,
            recognizers: &recognizers,
        }) {
            Ok(_) => panic!("an edited {file} was accepted"),
            Err(e) => e,
        }
    }

    fn line_of(source: &str, needle: &str) -> usize {
        line_at(source, source.find(needle).expect(needle))
    }

    #[test]
    fn the_shipped_files_are_valid() {
        let parsed = parse(&RuleSources {
            themes: &shipped(THEMES),
            safeguarding: &shipped(SAFEGUARDING),
            recognizers: &shipped(RECOGNIZERS),
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(parsed.themes.len() >= 20);
        assert_eq!(parsed.languages.len(), 8);
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let source = shipped(SAFEGUARDING);
        let broken_at = line_of(&source, "\n[concern]\n") + 1;
        let e = with(SAFEGUARDING, |s| {
            s.replacen("\n[concern]\n", "\n[concern\n", 1)
        });
        assert_eq!(e.file, SAFEGUARDING);
        assert_eq!(e.line, Some(broken_at), "{e}");
        assert!(e
            .to_string()
            .starts_with(&format!("safeguarding.toml (line {broken_at}): ")));
    }

    #[test]
    fn an_unknown_key_names_its_line() {
        let source = shipped(RECOGNIZERS);
        let at = line_of(&source, "\n[names]\n") + 1;
        let e = with(RECOGNIZERS, |s| {
            s.replacen("\n[names]\n", "\n[names]\nde = [\"x\"]\n", 1)
        });
        assert!(e.message.contains("`de`"), "{e}");
        assert_eq!(e.line, Some(at + 1), "{e}");
        let e = with(SAFEGUARDING, |s| {
            s.replacen("\n[urgent]\n", "\ncolour = 1\n[urgent]\n", 1)
        });
        assert!(e.message.contains("colour"), "{e}");
        assert!(e.line.is_some());
    }

    #[test]
    fn a_missing_language_or_an_empty_list_is_refused_with_its_line() {
        let source = shipped(SAFEGUARDING);
        let start = source.find("\n[concern]\n").unwrap() + 1;
        let ti = start + source[start..].find("\nti = ").unwrap() + 1;
        let e = with(SAFEGUARDING, |s| {
            let mut s = s;
            s.replace_range(ti..ti + 5, "xx = ");
            s
        });
        assert!(e.message.contains("`xx`"), "{e}");
        assert_eq!(e.line, Some(line_at(&source, ti)));

        let e = with(SAFEGUARDING, |s| {
            let mut s = s;
            s.insert(ti, '#');
            s
        });
        assert!(e.message.contains("no `ti` list"), "{e}");
        assert_eq!(e.line, Some(line_at(&source, start)), "{e}");

        let e = with(RECOGNIZERS, |s| {
            s.replacen("\n[allow]\n", "\n[allow]\nzz = []\n", 1)
        });
        assert!(e.message.contains("zz"), "{e}");
    }

    #[test]
    fn a_theme_without_labels_or_keywords_is_refused() {
        let e = with(THEMES, |s| {
            s.replacen("[theme.label]", "[theme.unlabelled]", 1)
        });
        assert!(e.message.contains("unlabelled"), "{e}");
        let e = with(THEMES, |s| {
            let at = s.find("[theme.label]").unwrap();
            let end = at + s[at..].find("[theme.keywords]").unwrap();
            format!("{}{}", &s[..at], &s[end..])
        });
        assert!(e.message.contains("no labels"), "{e}");
        assert_eq!(
            e.line,
            Some(line_of(&shipped(THEMES), "key = \"not_listened_to\""))
        );
    }

    #[test]
    fn combinations_name_signals_and_themes_that_exist() {
        let e = with(SAFEGUARDING, |s| {
            s.replacen(
                "signals = [\"threat\", \"soon\"]",
                "signals = [\"threat\", \"later\"]",
                1,
            )
        });
        assert!(e.message.contains("`later`"), "{e}");
        assert!(e.line.is_some());
        let e = with(SAFEGUARDING, |s| {
            s.replacen("theme = \"debt_bondage\"", "theme = \"debts\"", 1)
        });
        assert!(e.message.contains("`debts`"), "{e}");
        let e = with(SAFEGUARDING, |s| {
            s.replacen("at_least = 3", "at_least = 9", 1)
        });
        assert!(e.message.contains("at_least"), "{e}");
        let e = with(SAFEGUARDING, |s| {
            s.replacen("sentences = 2", "sentences = 0", 1)
        });
        assert!(e.message.contains("sentences"), "{e}");
    }

    #[test]
    fn name_cues_show_where_the_name_goes() {
        let e = with(RECOGNIZERS, |s| {
            s.replacen(
                "[name_cues]\nen = [",
                "[name_cues]\nen = [\"my {name} friend\", ",
                1,
            )
        });
        assert!(e.message.contains("{name}"), "{e}");
    }
}
