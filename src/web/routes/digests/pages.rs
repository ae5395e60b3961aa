//! The HTML digest pages: the list, each released period, and "you said, we
//! did", kept by the page cache while what they show stays the same. Who may
//! see them is checked on every request, never kept.

use maud::Markup;
use rocket::http::Status;
use rocket::{get, State};

use super::access::{Access, DigestAccess};
use crate::app::digests;
use crate::domain::digest::Period;
use crate::error::AppError;
use crate::web::compression::{Accepted, CachedPage, Kept, PageCache};
use crate::web::context::{Lang, SurvivorPage};
use crate::web::views::digests as view;
use crate::web::Services;

/// An HTML page, or the translated error page.
#[derive(rocket::Responder)]
pub enum PageAnswer {
    Page(Markup),
    Kept(CachedPage),
    Refused((Status, Markup)),
    Error(AppError),
}

fn refused_page(ctx: &crate::web::context::PageContext<'_>, access: Access) -> Option<PageAnswer> {
    match access {
        Access::Allowed => None,
        Access::Unauthorized => Some(PageAnswer::Refused((
            Status::Unauthorized,
            view::refused(ctx, "digests-practitioners-only"),
        ))),
        Access::RateLimited => Some(PageAnswer::Refused((
            Status::TooManyRequests,
            view::refused(ctx, "digests-too-many"),
        ))),
    }
}

/// The digest pages are the same for every reader who may see them, so each
/// is rendered and compressed once per language and per state of what it shows
/// (`web::compression::PageCache`), then served from memory. Who may see them
/// is still checked on every request.
#[get("/<_lang>/digests", rank = 3)]
pub(super) async fn list_page(
    _lang: Lang,
    ctx: SurvivorPage<'_>,
    access: Access,
    services: &State<Services>,
    settings: &State<DigestAccess>,
    cache: &State<PageCache>,
    accepted: Accepted,
) -> PageAnswer {
    if let Some(refusal) = refused_page(&ctx.0, access) {
        return refusal;
    }
    let key = format!("/{}/digests", ctx.0.lang.code());
    let fresh = settings.listing(services).await;
    if let Some(file) = fresh.and_then(|f| cache.digest_page(&key, f)) {
        return PageAnswer::Kept(CachedPage::Kept(Kept { file, accepted }));
    }
    match services.run(digests::list).await {
        Ok(list) => {
            let markup = view::list(&ctx.0, &list);
            match fresh {
                Some(f) => {
                    PageAnswer::Kept(cache.keep_digest_page(&key, f, markup, accepted).await)
                }
                None => PageAnswer::Page(markup),
            }
        }
        Err(e) => PageAnswer::Error(e),
    }
}

#[allow(clippy::too_many_arguments)]
#[get("/<_lang>/digests/<period>", rank = 3)]
pub(super) async fn digest_page(
    _lang: Lang,
    period: &str,
    ctx: SurvivorPage<'_>,
    access: Access,
    services: &State<Services>,
    settings: &State<DigestAccess>,
    cache: &State<PageCache>,
    accepted: Accepted,
) -> PageAnswer {
    if let Some(refusal) = refused_page(&ctx.0, access) {
        return refusal;
    }
    let Ok(period) = period.parse::<Period>() else {
        return PageAnswer::Error(AppError::NotFound);
    };
    // Only released periods have a freshness, so only their pages are kept.
    let fresh = match settings.freshness(services, period).await {
        Ok(Some(fresh)) => fresh,
        Ok(None) => return PageAnswer::Error(AppError::NotFound),
        Err(e) => return PageAnswer::Error(e),
    };
    let key = format!("/{}/digests/{period}", ctx.0.lang.code());
    if let Some(file) = cache.digest_page(&key, fresh) {
        return PageAnswer::Kept(CachedPage::Kept(Kept { file, accepted }));
    }
    let wanted = period.to_string();
    match services
        .run(move |conn| digests::released(conn, &wanted))
        .await
    {
        Ok(Some(digest)) => {
            let markup = view::digest(&ctx.0, &services.policy, &digest);
            PageAnswer::Kept(cache.keep_digest_page(&key, fresh, markup, accepted).await)
        }
        Ok(None) => PageAnswer::Error(AppError::NotFound),
        Err(e) => PageAnswer::Error(e),
    }
}

/// "You said, we did": what the organisation does about what survivors shared,
/// for survivors, in their language. Always public: it holds no figures. Kept
/// like the digest pages.
#[get("/<_lang>/you-said-we-did", rank = 3)]
pub(super) async fn responses_page(
    _lang: Lang,
    ctx: SurvivorPage<'_>,
    services: &State<Services>,
    settings: &State<DigestAccess>,
    cache: &State<PageCache>,
    accepted: Accepted,
) -> Result<CachedPage, AppError> {
    let key = format!("/{}/you-said-we-did", ctx.0.lang.code());
    let fresh = settings.listing(services).await;
    if let Some(file) = fresh.and_then(|f| cache.digest_page(&key, f)) {
        return Ok(CachedPage::Kept(Kept { file, accepted }));
    }
    let responses = services
        .run(|conn| Ok(crate::storage::digests::responses(conn, None)?))
        .await?;
    let markup = view::responses(&ctx.0, &services.policy, &responses);
    Ok(match fresh {
        Some(f) => cache.keep_digest_page(&key, f, markup, accepted).await,
        None => CachedPage::Fresh(markup),
    })
}
