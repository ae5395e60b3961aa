//! The safeguarding rules of `safeguarding.toml` checked and turned into data:
//! the `[[lower]]` groups, the `[[signal]]` kinds and the `[[combine]]` rules,
//! each refused with the file's line when it is wrong. It never reads a file.

use toml::Spanned;

use super::{Combine, Lowering, Scope, Signal};
use crate::domain::suggest::files::{File, RuleError, SafeguardingFile};
use crate::domain::suggest::SafeguardingLevel;

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

/// What `safeguarding.toml` says beyond its lists of phrases.
pub(super) struct Groups {
    pub(super) lowering: Vec<Lowering>,
    pub(super) signals: Vec<Signal>,
    pub(super) combines: Vec<Combine>,
}

/// The lowering groups, warning signs and combinations, checked against each
/// other and against the theme keys of `themes.toml`.
pub(super) fn read(
    safeguarding_file: &File<'_>,
    safeguarding: &SafeguardingFile,
    keys: &[String],
) -> Result<Groups, RuleError> {
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
        let to = level(safeguarding_file, &group.to)?;
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
            theme: theme_index(safeguarding_file, keys, raw.theme.as_ref())?,
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
            theme: theme_index(safeguarding_file, keys, raw.theme.as_ref())?,
        });
    }
    Ok(Groups {
        lowering,
        signals,
        combines,
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
