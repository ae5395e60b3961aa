//! The survivor pages that are the same for every visitor (safety, about,
//! privacy), and how such a page is kept: rendered and compressed once per path.
//! Nothing here reads or writes the database.

use maud::Markup;
use rocket::get;
use rocket::http::uri::Origin;

use super::Survivor;
use crate::web::compression::{Accepted, Kept, PageCache};
use crate::web::context::Lang;
use crate::web::views::survivor as view;

/// A page that is the same for every visitor: rendered and compressed once per
/// path (which holds the language), then served from memory.
pub(super) async fn kept(
    uri: &Origin<'_>,
    cache: &PageCache,
    accepted: Accepted,
    render: impl FnOnce() -> Markup,
) -> Kept {
    Kept {
        file: cache.fixed(uri.path().as_str(), render).await,
        accepted,
    }
}

#[get("/<_lang>/safety", rank = 3)]
pub(super) async fn safety(
    _lang: Lang,
    page: Survivor<'_>,
    uri: &Origin<'_>,
    cache: &rocket::State<PageCache>,
    accepted: Accepted,
) -> Kept {
    kept(uri, cache, accepted, || view::safety(&page.ctx)).await
}

#[get("/<_lang>/about", rank = 3)]
pub(super) async fn about(
    _lang: Lang,
    page: Survivor<'_>,
    uri: &Origin<'_>,
    cache: &rocket::State<PageCache>,
    accepted: Accepted,
) -> Kept {
    kept(uri, cache, accepted, || view::about(&page.ctx)).await
}

#[get("/<_lang>/privacy", rank = 3)]
pub(super) async fn privacy(
    _lang: Lang,
    page: Survivor<'_>,
    uri: &Origin<'_>,
    cache: &rocket::State<PageCache>,
    accepted: Accepted,
) -> Kept {
    kept(uri, cache, accepted, || {
        view::privacy(&page.ctx, page.policy)
    })
    .await
}
