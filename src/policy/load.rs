//! Loading the moderation directory: which copy of each policy file is read (the
//! override directory, the configured one, or the copy built into the binary),
//! reading them, and the checks that span files. Errors name the file; it never
//! writes a file or falls back silently when a configured directory is missing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Feedback, Policy, PrivacyNotice};
use crate::domain::suggest::{RuleSources, SuggestionRules};

/// Where the policy was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicySource {
    Directory(PathBuf),
    /// The copy compiled into the binary.
    BuiltIn,
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
    (
        "feedback.toml",
        include_str!("../../moderation/feedback.toml"),
    ),
    (
        "privacy.toml",
        include_str!("../../moderation/privacy.toml"),
    ),
    (
        "guidelines.md",
        include_str!("../../moderation/guidelines.md"),
    ),
];

#[derive(Debug, thiserror::Error)]
#[error("{file}: {problem}")]
pub struct PolicyError {
    pub file: PathBuf,
    pub problem: String,
}

impl Policy {
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
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::PolicySource;
    use crate::domain::Language;
    use crate::policy::Policy;

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
}
