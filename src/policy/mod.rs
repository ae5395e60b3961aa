//! Moderation policy as data: the files under `moderation/` (themes, crisis
//! resources, the publication checklist, decline reasons, message templates,
//! redaction tokens, safeguarding levels, the guidelines, and the suggestion
//! engine's lexicons), read and validated once at start-up. An unknown key, a
//! missing translation, or a theme without a label stops the server with a
//! message that names the file, the entry and, where it can, the line.
//!
//! A binary started where no `moderation/` directory exists (and none was
//! configured) uses the copy compiled into it, and says so.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::domain::suggest::{DetailKind, RuleSources, SafeguardingLevel, SuggestionRules};
use crate::domain::Language;

pub mod feedback;
pub mod privacy;
pub use feedback::Feedback;
pub use privacy::PrivacyNotice;

/// A text in every launch language.
#[derive(Debug, Clone)]
pub struct Translated(BTreeMap<Language, String>);

impl Translated {
    pub fn get(&self, lang: Language) -> &str {
        &self.0[&lang]
    }
}

#[derive(Debug, Clone)]
pub struct Theme {
    pub key: String,
    pub label: Translated,
}

#[derive(Debug, Clone)]
pub struct Resource {
    pub key: String,
    pub phone: Option<String>,
    pub sms: Option<String>,
    /// Shown only in these languages; every language when `None`.
    pub languages: Option<Vec<Language>>,
    /// The service's own https:// address.
    pub web: Option<String>,
    pub name: Translated,
    pub when: Translated,
    /// One more sentence (silent calls, online chat).
    pub more: Option<Translated>,
}

impl Resource {
    pub fn shown_in(&self, lang: Language) -> bool {
        self.languages
            .as_ref()
            .is_none_or(|langs| langs.contains(&lang))
    }
}

/// A keyed entry with a label in every language (checklist items, content
/// warnings).
#[derive(Debug, Clone)]
pub struct Labelled {
    pub key: String,
    pub label: Translated,
}

/// A kind of identifying detail and the token that replaces it.
#[derive(Debug, Clone)]
pub struct Redaction {
    pub key: String,
    /// Which suggested details this category replaces.
    pub suggested_kinds: Vec<DetailKind>,
    pub label: Translated,
    pub token: Translated,
}

/// Why words are not published, and what the survivor is told.
#[derive(Debug, Clone)]
pub struct DeclineReason {
    pub key: String,
    pub label: Translated,
    pub message: Translated,
}

/// A kind starting point for a message to a survivor.
#[derive(Debug, Clone)]
pub struct MessageTemplate {
    pub key: String,
    pub label: Translated,
    pub text: Translated,
}

/// A safeguarding level and what it sets in motion.
#[derive(Debug, Clone)]
pub struct LevelPolicy {
    pub level: SafeguardingLevel,
    pub rank: i32,
    pub notify_lead: bool,
    pub label: Translated,
    pub guidance: Translated,
}

/// Where the policy was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicySource {
    Directory(PathBuf),
    /// The copy compiled into the binary.
    BuiltIn,
}

#[derive(Debug, Clone)]
pub struct Policy {
    pub themes: Vec<Theme>,
    pub resources: Vec<Resource>,
    pub checklist: Vec<Labelled>,
    pub content_warnings: Vec<Labelled>,
    /// Each content warning's key and the themes it is suggested for.
    pub warning_themes: Vec<(String, Vec<String>)>,
    pub redactions: Vec<Redaction>,
    pub decline_reasons: Vec<DeclineReason>,
    pub message_templates: Vec<MessageTemplate>,
    pub levels: Vec<LevelPolicy>,
    /// What the service-feedback form asks.
    pub feedback: Feedback,
    /// The privacy notice template.
    pub privacy: PrivacyNotice,
    /// The moderators' guidelines (Markdown), shown in the staff area.
    pub guidelines: String,
    pub suggest: Arc<SuggestionRules>,
    pub source: PolicySource,
    /// Each file's name and the directory it was read from (or
    /// [`BUILT_IN_ORIGIN`]), in [`BUILT_IN`] order: what `voices doctor` shows.
    pub origins: Vec<(String, String)>,
}

/// What [`Policy::origins`] says of a file taken from the binary.
pub const BUILT_IN_ORIGIN: &str = "built into the binary";

/// The policy files compiled into the binary: (file name, contents).
pub const BUILT_IN: [(&str, &str); 8] = [
    ("themes.toml", include_str!("../../moderation/themes.toml")),
    (
        "resources.toml",
        include_str!("../../moderation/resources.toml"),
    ),
    ("policy.toml", include_str!("../../moderation/policy.toml")),
    (
        "safeguarding.toml",
        include_str!("../../moderation/safeguarding.toml"),
    ),
    (
        "recognizers.toml",
        include_str!("../../moderation/recognizers.toml"),
    ),
    ("feedback.toml", include_str!("../../moderation/feedback.toml")),
    ("privacy.toml", include_str!("../../moderation/privacy.toml")),
    ("guidelines.md", include_str!("../../moderation/guidelines.md")),
];

#[derive(Debug, thiserror::Error)]
#[error("{file}: {problem}")]
pub struct PolicyError {
    pub file: PathBuf,
    pub problem: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemesFile {
    theme: Vec<RawTheme>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTheme {
    key: String,
    label: BTreeMap<String, String>,
    /// Checked by `domain::suggest`, which uses it.
    #[serde(default, rename = "keywords")]
    _keywords: Option<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    checklist: Vec<RawLabelled>,
    content_warning: Vec<RawWarning>,
    redaction: Vec<RawRedaction>,
    decline_reason: Vec<RawDeclineReason>,
    message_template: Vec<RawTemplate>,
    safeguarding_level: Vec<RawLevel>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLabelled {
    key: String,
    label: BTreeMap<String, String>,
}

/// A content warning, and the themes it is suggested for before anyone reads.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWarning {
    key: String,
    label: BTreeMap<String, String>,
    #[serde(default)]
    themes: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRedaction {
    key: String,
    suggested_kinds: Vec<String>,
    label: BTreeMap<String, String>,
    token: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeclineReason {
    key: String,
    label: BTreeMap<String, String>,
    message: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTemplate {
    key: String,
    label: BTreeMap<String, String>,
    text: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevel {
    key: String,
    rank: i32,
    notify_lead: bool,
    label: BTreeMap<String, String>,
    guidance: BTreeMap<String, String>,
}

/// The redaction categories a policy must have: the tokens moderators and
/// survivors see.
pub const REQUIRED_REDACTIONS: [&str; 9] = [
    "name",
    "place",
    "school",
    "phone",
    "email",
    "link",
    "date",
    "social_media",
    "address",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResourcesFile {
    resource: Vec<RawResource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResource {
    key: String,
    phone: Option<String>,
    sms: Option<String>,
    web: Option<String>,
    languages: Option<Vec<String>>,
    name: BTreeMap<String, String>,
    when: BTreeMap<String, String>,
    more: Option<BTreeMap<String, String>>,
}

/// The line on which `key = "<key>"` appears, for error messages.
fn line_of(source: &str, key: &str) -> String {
    let needle = format!("\"{key}\"");
    source
        .lines()
        .position(|l| l.trim_start().starts_with("key") && l.contains(&needle))
        .map(|i| format!(" (line {})", i + 1))
        .unwrap_or_default()
}

fn translated(
    source: &str,
    what: &str,
    key: &str,
    field: &str,
    raw: BTreeMap<String, String>,
) -> Result<Translated, String> {
    let mut texts = BTreeMap::new();
    for (code, text) in raw {
        let lang = Language::from_code(&code).ok_or_else(|| {
            format!(
                "{what} `{key}`{}: `{field}` has unknown language `{code}`",
                line_of(source, key)
            )
        })?;
        if text.trim().is_empty() {
            return Err(format!(
                "{what} `{key}`{}: `{field}` is empty in `{code}`",
                line_of(source, key)
            ));
        }
        texts.insert(lang, text);
    }
    for lang in Language::ALL {
        if !texts.contains_key(&lang) {
            return Err(format!(
                "{what} `{key}`{}: `{field}` has no `{}` translation",
                line_of(source, key),
                lang.code()
            ));
        }
    }
    Ok(Translated(texts))
}

fn check_key(
    source: &str,
    what: &str,
    key: &str,
    seen: &mut BTreeSet<String>,
) -> Result<(), String> {
    let snake = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && key.starts_with(|c: char| c.is_ascii_lowercase());
    if !snake {
        return Err(format!(
            "{what} key `{key}`{} must be snake_case",
            line_of(source, key)
        ));
    }
    if !seen.insert(key.to_owned()) {
        return Err(format!(
            "{what} key `{key}`{} appears twice",
            line_of(source, key)
        ));
    }
    Ok(())
}

impl Policy {
    pub fn parse_themes(source: &str) -> Result<Vec<Theme>, String> {
        let file: ThemesFile = toml::from_str(source).map_err(|e| e.to_string())?;
        if file.theme.is_empty() {
            return Err("no themes".into());
        }
        let mut seen = BTreeSet::new();
        file.theme
            .into_iter()
            .map(|raw| {
                check_key(source, "theme", &raw.key, &mut seen)?;
                let label = translated(source, "theme", &raw.key, "label", raw.label)?;
                Ok(Theme {
                    key: raw.key,
                    label,
                })
            })
            .collect()
    }

    pub fn parse_resources(source: &str) -> Result<Vec<Resource>, String> {
        let file: ResourcesFile = toml::from_str(source).map_err(|e| e.to_string())?;
        let mut seen = BTreeSet::new();
        let resources = file
            .resource
            .into_iter()
            .map(|raw| {
                check_key(source, "resource", &raw.key, &mut seen)?;
                if raw.phone.is_none() && raw.sms.is_none() {
                    return Err(format!(
                        "resource `{}`{} needs a `phone` or an `sms`",
                        raw.key,
                        line_of(source, &raw.key)
                    ));
                }
                let languages = raw
                    .languages
                    .map(|codes| {
                        codes
                            .iter()
                            .map(|c| {
                                Language::from_code(c).ok_or_else(|| {
                                    format!(
                                        "resource `{}`{}: unknown language `{c}`",
                                        raw.key,
                                        line_of(source, &raw.key)
                                    )
                                })
                            })
                            .collect::<Result<Vec<_>, _>>()
                    })
                    .transpose()?;
                if let Some(web) = &raw.web {
                    let plain = web
                        .chars()
                        .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>'));
                    if !web.starts_with("https://") || !plain {
                        return Err(format!(
                            "resource `{}`{}: `web` must be an https:// address",
                            raw.key,
                            line_of(source, &raw.key)
                        ));
                    }
                }
                Ok(Resource {
                    name: translated(source, "resource", &raw.key, "name", raw.name)?,
                    when: translated(source, "resource", &raw.key, "when", raw.when)?,
                    more: raw
                        .more
                        .map(|m| translated(source, "resource", &raw.key, "more", m))
                        .transpose()?,
                    key: raw.key,
                    phone: raw.phone,
                    sms: raw.sms,
                    web: raw.web,
                    languages,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        for lang in Language::ALL {
            if !resources.iter().any(|r| r.shown_in(lang)) {
                return Err(format!("no resource is shown in `{}`", lang.code()));
            }
        }
        Ok(resources)
    }

    /// Reads and validates the policy in `dir`, or, when `dir` does not exist
    /// and `fall_back` is true (the configured directory is the default one),
    /// the copy compiled into the binary.
    pub fn load_or_built_in(dir: &Path, fall_back: bool) -> Result<Policy, PolicyError> {
        if fall_back && !dir.exists() {
            return Self::built_in();
        }
        Self::load(dir)
    }

    /// The policy for a configuration: `moderation_dir` (or the built-in copy
    /// when the default directory does not exist), with each file that exists in
    /// `moderation_override_dir` taking the place of its namesake.
    pub fn for_config(config: &crate::config::Config) -> Result<Policy, PolicyError> {
        Self::load_layered(
            &config.moderation_dir,
            config.moderation_override_dir.as_deref(),
            config.moderation_dir_is_default(),
        )
    }

    /// Reads each policy file from `overrides` when it holds that file, else from
    /// `base`, else (when `base` does not exist and `fall_back` is true) from the
    /// copy compiled into the binary; validates the whole as usual. An override
    /// directory that does not exist is simply empty.
    pub fn load_layered(
        base: &Path,
        overrides: Option<&Path>,
        fall_back: bool,
    ) -> Result<Policy, PolicyError> {
        let built_in = fall_back && !base.exists();
        // Where each file comes from, decided once: the same answer reads it,
        // names it in an error and goes into `origins`.
        let chosen: BTreeMap<&str, Option<PathBuf>> = BUILT_IN
            .iter()
            .map(|(name, _)| {
                let overridden = overrides
                    .map(|dir| dir.join(name))
                    .filter(|file| file.is_file());
                let from = match overridden {
                    Some(file) => Some(file),
                    None if built_in => None,
                    None => Some(base.join(name)),
                };
                (*name, from)
            })
            .collect();
        let text_of = |name: &str| -> Result<String, String> {
            match &chosen[name] {
                Some(file) => {
                    std::fs::read_to_string(file).map_err(|e| format!("cannot read: {e}"))
                }
                None => Ok(BUILT_IN
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, text)| (*text).to_owned())
                    .unwrap_or_default()),
            }
        };
        let path_of = |name: &str| match &chosen[name] {
            Some(file) => file.clone(),
            None => PathBuf::from(format!("(built-in) moderation/{name}")),
        };
        let source = if built_in {
            PolicySource::BuiltIn
        } else {
            PolicySource::Directory(base.to_owned())
        };
        let mut policy = Self::from_files(text_of, path_of, source)?;
        policy.origins = BUILT_IN
            .iter()
            .map(|(name, _)| {
                let origin = match &chosen[name] {
                    Some(file) => file
                        .parent()
                        .map(|d| d.display().to_string())
                        .unwrap_or_default(),
                    None => BUILT_IN_ORIGIN.to_owned(),
                };
                ((*name).to_owned(), origin)
            })
            .collect();
        Ok(policy)
    }

    /// The policy compiled into the binary.
    pub fn built_in() -> Result<Policy, PolicyError> {
        let files: BTreeMap<&str, String> = BUILT_IN
            .iter()
            .map(|(name, text)| (*name, (*text).to_owned()))
            .collect();
        Self::from_files(
            |name| Ok(files[name].clone()),
            |name| PathBuf::from(format!("(built-in) moderation/{name}")),
            PolicySource::BuiltIn,
        )
    }

    /// Reads and validates every policy file in `dir`.
    pub fn load(dir: &Path) -> Result<Policy, PolicyError> {
        Self::from_files(
            |name| std::fs::read_to_string(dir.join(name)).map_err(|e| format!("cannot read: {e}")),
            |name| dir.join(name),
            PolicySource::Directory(dir.to_owned()),
        )
    }

    fn from_files(
        read: impl Fn(&str) -> Result<String, String>,
        path: impl Fn(&str) -> PathBuf,
        source: PolicySource,
    ) -> Result<Policy, PolicyError> {
        let read = |name: &str| {
            read(name).map_err(|problem| PolicyError {
                file: path(name),
                problem,
            })
        };
        let fail = |name: &str| {
            let file = path(name);
            move |problem: String| PolicyError { file, problem }
        };
        let themes_text = read("themes.toml")?;
        let themes = Self::parse_themes(&themes_text).map_err(fail("themes.toml"))?;
        let resources =
            Self::parse_resources(&read("resources.toml")?).map_err(fail("resources.toml"))?;
        let rules = Self::parse_rules(&read("policy.toml")?).map_err(fail("policy.toml"))?;
        for (warning, for_themes) in &rules.warning_themes {
            if let Some(unknown) = for_themes
                .iter()
                .find(|t| !themes.iter().any(|theme| &theme.key == *t))
            {
                return Err(fail("policy.toml")(format!(
                    "content_warning `{warning}` names theme `{unknown}`, which themes.toml does not have"
                )));
            }
        }
        let feedback = Feedback::parse(&read("feedback.toml")?).map_err(fail("feedback.toml"))?;
        let privacy = PrivacyNotice::parse(&read("privacy.toml")?).map_err(fail("privacy.toml"))?;
        let guidelines = read("guidelines.md")?;
        if guidelines.trim().is_empty() {
            return Err(fail("guidelines.md")("the guidelines are empty".into()));
        }
        let safeguarding = read("safeguarding.toml")?;
        let recognizers = read("recognizers.toml")?;
        let suggest = SuggestionRules::from_sources(&RuleSources {
            themes: &themes_text,
            safeguarding: &safeguarding,
            recognizers: &recognizers,
        })
        .map_err(|e| PolicyError {
            file: path(e.file),
            problem: match e.line {
                Some(line) => format!("(line {line}): {}", e.message),
                None => e.message,
            },
        })?;
        Ok(Policy {
            themes,
            resources,
            checklist: rules.checklist,
            content_warnings: rules.content_warnings,
            warning_themes: rules.warning_themes,
            redactions: rules.redactions,
            decline_reasons: rules.decline_reasons,
            message_templates: rules.message_templates,
            levels: rules.levels,
            feedback,
            privacy,
            guidelines,
            suggest: Arc::new(suggest),
            origins: BUILT_IN
                .iter()
                .map(|(name, _)| {
                    let origin = match &source {
                        PolicySource::Directory(dir) => dir.display().to_string(),
                        PolicySource::BuiltIn => BUILT_IN_ORIGIN.to_owned(),
                    };
                    ((*name).to_owned(), origin)
                })
                .collect(),
            source,
        })
    }

    /// Parses `policy.toml`.
    pub fn parse_rules(source: &str) -> Result<Rules, String> {
        let file: PolicyFile = toml::from_str(source).map_err(|e| e.to_string())?;
        let labelled = |what: &str, raw: Vec<RawLabelled>| -> Result<Vec<Labelled>, String> {
            if raw.is_empty() {
                return Err(format!("no {what} entries"));
            }
            let mut seen = BTreeSet::new();
            raw.into_iter()
                .map(|r| {
                    check_key(source, what, &r.key, &mut seen)?;
                    Ok(Labelled {
                        label: translated(source, what, &r.key, "label", r.label)?,
                        key: r.key,
                    })
                })
                .collect()
        };
        let checklist = labelled("checklist", file.checklist)?;
        let warning_themes: Vec<(String, Vec<String>)> = file
            .content_warning
            .iter()
            .map(|w| (w.key.clone(), w.themes.clone()))
            .collect();
        let content_warnings = labelled(
            "content_warning",
            file.content_warning
                .into_iter()
                .map(|w| RawLabelled {
                    key: w.key,
                    label: w.label,
                })
                .collect(),
        )?;

        let mut seen = BTreeSet::new();
        // Only `PartialEq` is asked of `DetailKind`; there are nine of them.
        let mut covered: Vec<(DetailKind, String)> = Vec::new();
        let mut redactions = Vec::new();
        for r in file.redaction {
            check_key(source, "redaction", &r.key, &mut seen)?;
            let mut kinds = Vec::new();
            for name in &r.suggested_kinds {
                let kind: DetailKind = name.parse().map_err(|_| {
                    format!(
                        "redaction `{}`{}: unknown suggested kind `{name}` (use {})",
                        r.key,
                        line_of(source, &r.key),
                        DetailKind::ALL.map(DetailKind::as_str).join(", ")
                    )
                })?;
                if let Some((_, other)) = covered.iter().find(|(k, _)| *k == kind) {
                    return Err(format!(
                        "redaction `{}`{}: suggested kind `{name}` already belongs to `{other}`",
                        r.key,
                        line_of(source, &r.key)
                    ));
                }
                covered.push((kind, r.key.clone()));
                kinds.push(kind);
            }
            redactions.push(Redaction {
                label: translated(source, "redaction", &r.key, "label", r.label)?,
                token: translated(source, "redaction", &r.key, "token", r.token)?,
                suggested_kinds: kinds,
                key: r.key,
            });
        }
        for required in REQUIRED_REDACTIONS {
            if !redactions.iter().any(|r| r.key == required) {
                return Err(format!("redaction `{required}` is missing"));
            }
        }
        for kind in DetailKind::ALL {
            if !covered.iter().any(|(k, _)| *k == kind) {
                return Err(format!(
                    "no redaction lists the suggested kind `{}`",
                    kind.as_str()
                ));
            }
        }

        let mut seen = BTreeSet::new();
        let decline_reasons = file
            .decline_reason
            .into_iter()
            .map(|r| {
                check_key(source, "decline_reason", &r.key, &mut seen)?;
                Ok(DeclineReason {
                    label: translated(source, "decline_reason", &r.key, "label", r.label)?,
                    message: translated(source, "decline_reason", &r.key, "message", r.message)?,
                    key: r.key,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        for needed in ["duplicate", "spam"] {
            if !decline_reasons.iter().any(|r| r.key == needed) {
                return Err(format!(
                    "decline_reason `{needed}` is missing (the queue's bulk actions use it)"
                ));
            }
        }

        let mut seen = BTreeSet::new();
        let message_templates = file
            .message_template
            .into_iter()
            .map(|r| {
                check_key(source, "message_template", &r.key, &mut seen)?;
                Ok(MessageTemplate {
                    label: translated(source, "message_template", &r.key, "label", r.label)?,
                    text: translated(source, "message_template", &r.key, "text", r.text)?,
                    key: r.key,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        if message_templates.is_empty() {
            return Err("no message_template entries".into());
        }

        let mut seen = BTreeSet::new();
        let mut levels = file
            .safeguarding_level
            .into_iter()
            .map(|r| {
                check_key(source, "safeguarding_level", &r.key, &mut seen)?;
                let level: SafeguardingLevel = r.key.parse().map_err(|_| {
                    format!(
                        "safeguarding_level `{}`{}: use none, concern or urgent",
                        r.key,
                        line_of(source, &r.key)
                    )
                })?;
                Ok(LevelPolicy {
                    level,
                    rank: r.rank,
                    notify_lead: r.notify_lead,
                    label: translated(source, "safeguarding_level", &r.key, "label", r.label)?,
                    guidance: translated(
                        source,
                        "safeguarding_level",
                        &r.key,
                        "guidance",
                        r.guidance,
                    )?,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        levels.sort_by_key(|l| l.level);
        let ranks: Vec<(SafeguardingLevel, i64)> = levels
            .iter()
            .map(|l| (l.level, i64::from(l.rank)))
            .collect();
        let expected = SafeguardingLevel::ALL.map(|l| (l, rank_of(l)));
        if ranks != expected {
            return Err(
                "safeguarding_level needs exactly none (rank 0), concern (rank 1) and urgent (rank 2)"
                    .into(),
            );
        }
        Ok(Rules {
            checklist,
            content_warnings,
            warning_themes,
            redactions,
            decline_reasons,
            message_templates,
            levels,
        })
    }

    pub fn checklist_keys(&self) -> Vec<&str> {
        self.checklist.iter().map(|c| c.key.as_str()).collect()
    }

    pub fn decline_reason(&self, key: &str) -> Option<&DeclineReason> {
        self.decline_reasons.iter().find(|r| r.key == key)
    }

    pub fn level(&self, level: SafeguardingLevel) -> &LevelPolicy {
        self.levels
            .iter()
            .find(|l| l.level == level)
            .expect("validated: every level is present")
    }

    /// The token that replaces a suggested detail of `kind` in `lang`.
    pub fn token_for(&self, kind: DetailKind, lang: Language) -> &str {
        self.redactions
            .iter()
            .find(|r| r.suggested_kinds.contains(&kind))
            .map(|r| r.token.get(lang))
            .expect("validated: every kind has a redaction")
    }

    /// Every replacement token in `lang`.
    pub fn tokens(&self, lang: Language) -> Vec<&str> {
        self.redactions.iter().map(|r| r.token.get(lang)).collect()
    }

    pub fn theme(&self, key: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.key == key)
    }

    /// The content warnings suggested for `themes`, in the policy's order.
    pub fn warnings_for_themes(&self, themes: &[String]) -> Vec<String> {
        self.warning_themes
            .iter()
            .filter(|(_, for_themes)| for_themes.iter().any(|t| themes.contains(t)))
            .map(|(key, _)| key.clone())
            .collect()
    }

    pub fn content_warning(&self, key: &str) -> Option<&Labelled> {
        self.content_warnings.iter().find(|c| c.key == key)
    }
}

/// The queue priority of a safeguarding level (stored in `submissions.priority`).
pub fn rank_of(level: SafeguardingLevel) -> i64 {
    match level {
        SafeguardingLevel::None => 0,
        SafeguardingLevel::Concern => 1,
        SafeguardingLevel::Urgent => 2,
    }
}

/// The level a stored priority stands for.
pub fn level_of_rank(rank: i64) -> SafeguardingLevel {
    match rank {
        r if r >= 2 => SafeguardingLevel::Urgent,
        1 => SafeguardingLevel::Concern,
        _ => SafeguardingLevel::None,
    }
}

/// The parts of `policy.toml`.
pub struct Rules {
    pub checklist: Vec<Labelled>,
    pub content_warnings: Vec<Labelled>,
    pub warning_themes: Vec<(String, Vec<String>)>,
    pub redactions: Vec<Redaction>,
    pub decline_reasons: Vec<DeclineReason>,
    pub message_templates: Vec<MessageTemplate>,
    pub levels: Vec<LevelPolicy>,
}

impl Policy {
    pub fn theme_keys(&self) -> Vec<&str> {
        self.themes.iter().map(|t| t.key.as_str()).collect()
    }

    pub fn resources_for(&self, lang: Language) -> impl Iterator<Item = &Resource> {
        self.resources.iter().filter(move |r| r.shown_in(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(skip: &str) -> String {
        Language::ALL
            .iter()
            .filter(|l| l.code() != skip)
            .map(|l| format!("{} = \"x {}\"\n", l.code(), l.code()))
            .collect()
    }

    #[test]
    fn content_warnings_are_suggested_by_the_themes_they_name_and_only_known_ones() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("moderation");
        let policy = Policy::load(&dir).unwrap();
        let suggested = policy.warnings_for_themes(&["labour_exploitation".into()]);
        assert_eq!(suggested, ["exploitation_work"]);
        assert!(policy.warnings_for_themes(&[]).is_empty());
        let read = |name: &str| {
            let text = std::fs::read_to_string(dir.join(name)).map_err(|e| e.to_string())?;
            Ok(if name == "policy.toml" {
                text.replacen(
                    "themes = [\"labour_exploitation\"",
                    "themes = [\"no_such_theme\"",
                    1,
                )
            } else {
                text
            })
        };
        let err = Policy::from_files(read, |n| dir.join(n), PolicySource::BuiltIn).unwrap_err();
        assert!(err.to_string().contains("no_such_theme"), "{err}");
    }

    #[test]
    fn the_shipped_policy_files_are_valid() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("moderation");
        let policy = Policy::load(&dir).unwrap();
        assert!(policy.themes.len() >= 20);
        for lang in Language::ALL {
            let numbers: Vec<_> = policy
                .resources_for(lang)
                .filter_map(|r| r.phone.clone())
                .collect();
            for required in ["999", "0800 1111", "08000 121 700"] {
                assert!(
                    numbers.iter().any(|n| n == required),
                    "{lang} lacks {required}"
                );
            }
        }
    }

    #[test]
    fn a_missing_translation_names_the_theme_the_language_and_the_line() {
        let source = format!(
            "[[theme]]\nkey = \"not_believed\"\n[theme.label]\n{}",
            labels("ti")
        );
        let err = Policy::parse_themes(&source).unwrap_err();
        assert!(
            err.contains("not_believed") && err.contains("`ti`") && err.contains("line 2"),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_and_languages_are_refused() {
        let source = format!(
            "[[theme]]\nkey = \"a\"\ncolour = \"red\"\n[theme.label]\n{}",
            labels("")
        );
        assert!(Policy::parse_themes(&source)
            .unwrap_err()
            .contains("colour"));
        let source = format!(
            "[[theme]]\nkey = \"a\"\n[theme.label]\n{}de = \"x\"\n",
            labels("")
        );
        assert!(Policy::parse_themes(&source).unwrap_err().contains("`de`"));
        let source = format!(
            "[[theme]]\nkey = \"Not Snake\"\n[theme.label]\n{}",
            labels("")
        );
        assert!(Policy::parse_themes(&source)
            .unwrap_err()
            .contains("snake_case"));
        assert!(Policy::parse_themes("").is_err());
    }

    #[test]
    fn a_resource_needs_a_number() {
        let source = format!(
            "[[resource]]\nkey = \"x\"\n[resource.name]\n{}[resource.when]\n{}",
            labels(""),
            labels("")
        );
        assert!(Policy::parse_resources(&source)
            .unwrap_err()
            .contains("phone"));
    }
}
