//! Published stories, for anyone to read.

use maud::Markup;
use rocket::{get, routes, Route};

use crate::domain::Language;
use crate::error::AppError;
use crate::storage::published;
use crate::web::context::{Lang, SurvivorPage};
use crate::web::views::stories::{self as view, StoriesPage};
use crate::web::Services;

pub fn routes() -> Vec<Route> {
    routes![list, story]
}

const PAGE: i64 = 20;

#[get("/<_lang>/stories?<theme>&<language>&<page>", rank = 3)]
async fn list(
    _lang: Lang,
    ctx: SurvivorPage<'_>,
    services: &rocket::State<Services>,
    theme: Option<&str>,
    language: Option<&str>,
    page: Option<i64>,
) -> Result<Markup, AppError> {
    let theme = theme
        .filter(|t| services.policy.theme(t).is_some())
        .map(str::to_owned);
    let language = language.and_then(Language::from_code);
    let page = page.unwrap_or(1).clamp(1, 1_000_000);
    let filter_theme = theme.clone();
    let (stories, total) = services
        .run(move |conn| {
            let (rows, total) = published::page(
                conn,
                language.map(|l| l.code()),
                filter_theme.as_deref(),
                (page - 1) * PAGE,
                PAGE,
            )?;
            let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
            let themes = published::themes_of(conn, &ids)?;
            let with_themes = rows
                .into_iter()
                .map(|row| {
                    let keys = themes
                        .iter()
                        .filter(|(id, _)| *id == row.id)
                        .map(|(_, t)| t.clone())
                        .collect();
                    (row, keys)
                })
                .collect::<Vec<_>>();
            Ok((with_themes, total))
        })
        .await?;
    Ok(view::list(
        &ctx.0,
        &services.policy,
        &StoriesPage {
            stories: &stories,
            theme: theme.as_deref(),
            language,
            page,
            pages: total.pages(PAGE),
            total,
        },
    ))
}

#[get("/<_lang>/stories/<id>", rank = 3)]
async fn story(
    _lang: Lang,
    id: i64,
    ctx: SurvivorPage<'_>,
    services: &rocket::State<Services>,
) -> Result<Markup, AppError> {
    let (story, themes) = services
        .run(move |conn| {
            let story = published::by_id(conn, id)?.ok_or(AppError::NotFound)?;
            let themes = published::themes_of(conn, &[id])?
                .into_iter()
                .map(|(_, t)| t)
                .collect::<Vec<_>>();
            Ok((story, themes))
        })
        .await?;
    Ok(view::story(&ctx.0, &services.policy, &story, &themes))
}
