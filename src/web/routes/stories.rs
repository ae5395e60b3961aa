//! Published stories, for anyone to read. The same for every visitor, so each
//! page is rendered and compressed once per language and release of the
//! stories (`web::compression::PageCache`), then served from memory.
//! Nothing here writes to the database or sets a cookie.

use rocket::http::uri::Origin;
use rocket::{get, routes, Route};

use crate::domain::Language;
use crate::error::AppError;
use crate::storage::published;
use crate::web::compression::{Accepted, CachedPage, Kept, PageCache};
use crate::web::context::{Lang, SurvivorPage};
use crate::web::views::stories::{self as view, StoriesPage};
use crate::web::Services;

pub fn routes() -> Vec<Route> {
    routes![list, story]
}

const PAGE: i64 = 20;

#[get("/<_lang>/stories?<theme>&<language>&<page>", rank = 3)]
// A route's guards and query parameters are its arguments; grouping them would
// only hide what the route reads.
#[allow(clippy::too_many_arguments)]
async fn list(
    _lang: Lang,
    ctx: SurvivorPage<'_>,
    services: &rocket::State<Services>,
    theme: Option<&str>,
    language: Option<&str>,
    page: Option<i64>,
    uri: &Origin<'_>,
    cache: &rocket::State<PageCache>,
    accepted: Accepted,
) -> Result<CachedPage, AppError> {
    let theme = theme
        .filter(|t| services.policy.theme(t).is_some())
        .map(str::to_owned);
    let language = language.and_then(Language::from_code);
    let page = page.unwrap_or(1).clamp(1, 1_000_000);
    // Only what was understood goes into the key, so made-up parameters
    // cannot make pages to keep.
    let key = format!(
        "{}?theme={}&language={}&page={page}",
        uri.path(),
        theme.as_deref().unwrap_or(""),
        language.map_or("", |l| l.code()),
    );
    let release = cache.stories_release(services).await;
    if let Some(file) = release.and_then(|r| cache.data_page(&key, r)) {
        return Ok(CachedPage::Kept(Kept { file, accepted }));
    }
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
    let markup = view::list(
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
    );
    Ok(match release {
        Some(release) => cache.keep_data_page(&key, release, markup, accepted).await,
        None => CachedPage::Fresh(markup),
    })
}

#[get("/<_lang>/stories/<id>", rank = 3)]
async fn story(
    _lang: Lang,
    id: i64,
    ctx: SurvivorPage<'_>,
    services: &rocket::State<Services>,
    uri: &Origin<'_>,
    cache: &rocket::State<PageCache>,
    accepted: Accepted,
) -> Result<CachedPage, AppError> {
    let key = uri.path().to_string();
    let release = cache.stories_release(services).await;
    if let Some(file) = release.and_then(|r| cache.data_page(&key, r)) {
        return Ok(CachedPage::Kept(Kept { file, accepted }));
    }
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
    let markup = view::story(&ctx.0, &services.policy, &story, &themes);
    Ok(match release {
        Some(release) => cache.keep_data_page(&key, release, markup, accepted).await,
        None => CachedPage::Fresh(markup),
    })
}
