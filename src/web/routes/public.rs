//! Public pages that are not part of a survivor journey's forms.
//! Nothing here reads the database, sets a cookie or logs.

use rocket::http::uri::Origin;
use rocket::http::Header;
use rocket::response::Redirect;
use rocket::{get, post, routes, Route, State};

use crate::error::AppError;
use crate::web::Services;

use crate::web::compression::{Accepted, Kept, PageCache};
use crate::web::context::{Lang, RequestLanguage, SurvivorPage};
use crate::web::views;

pub fn routes() -> Vec<Route> {
    routes![healthz, root, landing, not_found_get, not_found_post]
}

/// For load balancers and monitors. Touches nothing.
#[get("/healthz")]
fn healthz() -> &'static str {
    "ok"
}

#[derive(rocket::Responder)]
pub struct LanguageRedirect {
    redirect: Redirect,
    vary: Header<'static>,
}

/// Sends the visitor to their language's start page.
#[get("/")]
fn root(lang: RequestLanguage) -> LanguageRedirect {
    LanguageRedirect {
        redirect: Redirect::to(format!("/{}/", lang.0.code())),
        vary: Header::new("Vary", "Accept-Language"),
    }
}

#[derive(rocket::Responder)]
enum StartPage {
    Page(Kept),
    Redirect(Box<Redirect>),
}

/// `/{lang}/` is the start page; `/{lang}` redirects there. (Rocket matches both
/// with one route, so the trailing slash is checked here.)
/// The same for every visitor: rendered and compressed once per language.
#[get("/<lang>")]
async fn landing(
    lang: Lang,
    uri: &Origin<'_>,
    page: SurvivorPage<'_>,
    services: &State<Services>,
    cache: &State<PageCache>,
    accepted: Accepted,
) -> StartPage {
    if uri.path().ends_with('/') {
        let file = cache
            .fixed(uri.path().as_str(), || {
                let resources: Vec<_> = services.policy.resources_for(lang.0).collect();
                views::survivor::landing(&page.0, &resources)
            })
            .await;
        StartPage::Page(Kept { file, accepted })
    } else {
        StartPage::Redirect(Box::new(Redirect::permanent(format!(
            "/{}/",
            lang.0.code()
        ))))
    }
}

/// Anything no route serves, including an unknown language prefix, is a 404 page
/// in the visitor's language (rather than the 422 Rocket gives when a path
/// parameter such as the language does not parse).
#[get("/<_..>", rank = 100)]
fn not_found_get() -> AppError {
    AppError::NotFound
}

#[post("/<_..>", rank = 100)]
fn not_found_post() -> AppError {
    AppError::NotFound
}
