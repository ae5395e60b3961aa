//! Building the suggestion rules from the three policy files: the checks that
//! span entries (unique theme keys, labels in every language, name cues with
//! one `{name}`) and one lexicon per language holding every list.
//!
//! This module only turns file contents into rules; it never reads a file.

use super::safeguarding;
use super::{LanguageRules, WebRules};
use crate::domain::suggest::dates::month_pattern;
use crate::domain::suggest::files::{
    File, PerLanguage, RecognizersFile, RuleError, RuleSources, SafeguardingFile, ThemesFile,
    RECOGNIZERS, SAFEGUARDING, THEMES,
};
use crate::domain::suggest::lexicon::{LexiconBuilder, Tag};
use crate::domain::Language;

pub(crate) struct Parsed {
    pub themes: Vec<String>,
    pub languages: Vec<LanguageRules>,
    pub web: WebRules,
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
    let safeguarding::Groups {
        lowering,
        signals,
        combines,
    } = safeguarding::read(&safeguarding_file, &safeguarding, &keys)?;

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
            months: month_pattern(&months),
        });
    }
    Ok(Parsed {
        themes: keys,
        languages,
        web,
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
