//! How the staff pages name things: a state, a kind, a safeguarding level and its
//! badge, a language, a detail kind, an event. Labels only: never a whole page,
//! never the words of a submission.

use maud::{html, Markup};

use crate::domain::suggest::{DetailKind, SafeguardingLevel};
use crate::domain::{Language, ModerationState, SubmissionKind};
use crate::policy::Policy;
use crate::web::context::PageContext;

pub(super) fn kebab(key: &str) -> String {
    key.replace('_', "-")
}

pub fn state_label(ctx: &PageContext<'_>, state: ModerationState) -> String {
    ctx.t(&format!("state-{}", kebab(state.as_str())))
}

pub fn kind_label(ctx: &PageContext<'_>, kind: SubmissionKind) -> String {
    ctx.t(&format!("kind-{}", kind.as_str()))
}

pub(super) fn level_label(
    ctx: &PageContext<'_>,
    policy: &Policy,
    level: SafeguardingLevel,
) -> String {
    policy.level(level).label.get(ctx.lang).to_owned()
}

pub(super) fn level_badge(
    ctx: &PageContext<'_>,
    policy: &Policy,
    level: SafeguardingLevel,
) -> Markup {
    html! {
        span class=(format!("level level-{}", level.as_str())) { (level_label(ctx, policy, level)) }
    }
}

pub(super) fn language_name(lang: Option<Language>) -> String {
    lang.map(|l| l.endonym().to_owned())
        .unwrap_or_else(|| "?".into())
}

pub(super) fn labels_of<'a>(
    ctx: &PageContext<'_>,
    keys: &'a [String],
    label: impl Fn(&'a str) -> Option<&'a crate::policy::Translated>,
) -> String {
    keys.iter()
        .filter_map(|k| label(k))
        .map(|t| t.get(ctx.lang).to_owned())
        .collect::<Vec<_>>()
        .join(ctx.lang.list_separator())
}

pub(super) fn detail_label(ctx: &PageContext<'_>, policy: &Policy, kind: DetailKind) -> String {
    policy
        .redactions
        .iter()
        .find(|r| r.suggested_kinds.contains(&kind))
        .map(|r| r.label.get(ctx.lang).to_owned())
        .unwrap_or_else(|| kind.as_str().to_owned())
}

/// An event's label; an action the interface does not know is shown as stored.
pub fn event_label(ctx: &PageContext<'_>, action: &str) -> String {
    let key = format!("event-{}", kebab(action));
    let text = ctx.t(&key);
    if text == key {
        action.to_owned()
    } else {
        text
    }
}
