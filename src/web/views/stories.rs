//! Published stories: words survivors agreed to share, after edits they
//! approved. A reader sees the content warnings first and opens a story only if
//! they choose to (a plain `details` element: no script needed).
//!
//! The pages print no count of stories and no month: a count per language or
//! theme would be a small count outside the digest rules, and a month would
//! break the digests' figures down further than their tables do. A card shows
//! the language and themes the survivor published with their words.

use maud::{html, Markup};

use crate::domain::Language;
use crate::policy::Policy;
use crate::storage::published::{StoryRow, StorySummary};
use crate::storage::submissions::Counted;
use crate::web::context::PageContext;

use super::layout::page;
use super::pagination::pager;

pub struct StoriesPage<'a> {
    pub stories: &'a [(StorySummary, Vec<String>)],
    pub theme: Option<&'a str>,
    pub language: Option<Language>,
    pub page: i64,
    pub pages: i64,
    pub total: Counted,
}

fn warnings_of(ctx: &PageContext<'_>, policy: &Policy, stored: &str) -> Vec<String> {
    stored
        .split_whitespace()
        .filter_map(|k| policy.content_warning(k))
        .map(|c| c.label.get(ctx.lang).to_owned())
        .collect()
}

fn themes_of(ctx: &PageContext<'_>, policy: &Policy, keys: &[String]) -> Vec<String> {
    keys.iter()
        .filter_map(|k| policy.theme(k))
        .map(|t| t.label.get(ctx.lang).to_owned())
        .collect()
}

fn link(
    ctx: &PageContext<'_>,
    theme: Option<&str>,
    language: Option<Language>,
    page: i64,
) -> String {
    let mut query = Vec::new();
    if let Some(theme) = theme {
        query.push(format!("theme={theme}"));
    }
    if let Some(language) = language {
        query.push(format!("language={}", language.code()));
    }
    query.push(format!("page={page}"));
    format!("/{}/stories?{}", ctx.lang.code(), query.join("&"))
}

pub fn list(ctx: &PageContext<'_>, policy: &Policy, view: &StoriesPage<'_>) -> Markup {
    let prefix = format!("/{}", ctx.lang.code());
    page(
        ctx,
        &ctx.t("stories-title"),
        html! {
            p class="lead" { (ctx.t("stories-intro")) }
            form method="get" action=(format!("{prefix}/stories")) class="filters" {
                div class="field" {
                    label for="theme" { (ctx.t("stories-filter-theme")) }
                    select id="theme" name="theme" {
                        option value="" selected[view.theme.is_none()] { (ctx.t("stories-any")) }
                        @for t in &policy.themes {
                            option value=(t.key) selected[view.theme == Some(t.key.as_str())] { (t.label.get(ctx.lang)) }
                        }
                    }
                }
                div class="field" {
                    label for="language" { (ctx.t("stories-filter-language")) }
                    select id="language" name="language" {
                        option value="" selected[view.language.is_none()] { (ctx.t("stories-any")) }
                        @for l in Language::ALL {
                            option value=(l.code()) lang=(l.code()) selected[view.language == Some(l)] { (l.endonym()) }
                        }
                    }
                }
                button type="submit" class="secondary" { (ctx.t("stories-filter-apply")) }
            }
            @if view.stories.is_empty() {
                p { (ctx.t("stories-none")) }
            }
            ul class="stories" {
                @for (story, themes) in view.stories {
                    @let language = Language::from_code(&story.language);
                    li class="story-card" {
                        p class="story-meta" {
                            span lang=[language.map(|l| l.code())] { (language.map(|l| l.endonym()).unwrap_or("?")) }
                        }
                        @let labels = themes_of(ctx, policy, themes);
                        @if !labels.is_empty() {
                            p { (ctx.t("stories-themes")) " " (labels.join(ctx.lang.list_separator())) }
                        }
                        @let warnings = warnings_of(ctx, policy, &story.content_warnings);
                        @if !warnings.is_empty() {
                            p class="content-warning-line" { strong { (ctx.t("stories-warning")) } " " (warnings.join(ctx.lang.list_separator())) }
                        }
                        p { a href=(format!("{prefix}/stories/{}", story.id)) { (ctx.t("stories-read")) } }
                    }
                }
            }
            (pager(ctx, view.page, view.pages, view.total.more, |n| link(ctx, view.theme, view.language, n)))
        },
    )
}

pub fn story(
    ctx: &PageContext<'_>,
    policy: &Policy,
    story: &StoryRow,
    themes: &[String],
) -> Markup {
    let language = Language::from_code(&story.language);
    let warnings = warnings_of(ctx, policy, &story.content_warnings);
    let words = html! {
        div class="their-words" dir="auto" lang=[language.map(|l| l.code())] { (story.body) }
    };
    page(
        ctx,
        &ctx.t("story-page-title"),
        html! {
            p class="story-meta" {
                span lang=[language.map(|l| l.code())] { (language.map(|l| l.endonym()).unwrap_or("?")) }
            }
            @let labels = themes_of(ctx, policy, themes);
            @if !labels.is_empty() {
                p { (ctx.t("stories-themes")) " " (labels.join(ctx.lang.list_separator())) }
            }
            @if warnings.is_empty() {
                (words)
            } @else {
                div class="notice" {
                    p { strong { (ctx.t("stories-warning")) } " " (warnings.join(ctx.lang.list_separator())) }
                    p { (ctx.t("stories-warning-choice")) }
                }
                details class="story" {
                    summary { (ctx.t("stories-show")) }
                    (words)
                }
            }
            p { (ctx.t("stories-agreed")) }
            p { a href=(format!("/{}/stories", ctx.lang.code())) { (ctx.t("stories-back")) } }
        },
    )
}
