//! The survivor journeys: share a story or service feedback, keep the receipt,
//! come back with it. No cookies, no JavaScript needed, and the receipt code
//! travels only in POST bodies, never in a URL.
//!
//! The parts: the pages the same for every visitor (`pages`), sharing a story or
//! feedback (`share`), finding and showing a receipt (`receipt`), and what a
//! survivor does there (`receipt_actions`).

mod pages;
mod receipt;
mod receipt_actions;
mod share;

use maud::Markup;
use rocket::http::Status;
use rocket::request::{FromRequest, Outcome, Request};
use rocket::response::Redirect;
use rocket::{routes, Route};

use crate::domain::FormFields;
use crate::policy::{Policy, Resource};
use crate::web::client::ClientAddress;
use crate::web::context::{Audience, PageContext};
use crate::web::ratelimit::RateLimits;
use crate::web::Services;

pub fn routes() -> Vec<Route> {
    routes![
        share::story_form,
        share::story_submit,
        share::feedback_form,
        share::feedback_submit,
        receipt::receipt_new,
        receipt::receipt_form,
        receipt::receipt_open,
        receipt::receipt_show,
        receipt_actions::receipt_consent,
        receipt_actions::receipt_respond,
        receipt_actions::receipt_withdraw,
        pages::safety,
        pages::about,
        pages::privacy,
    ]
}

/// A survivor page's answer: the page, or a redirect to a receipt link.
#[derive(rocket::Responder)]
pub enum Page {
    Page((Status, Markup)),
    Redirect(Box<Redirect>),
}

impl Page {
    fn ok(markup: Markup) -> Self {
        Page::Page((Status::Ok, markup))
    }

    fn with(status: Status, markup: Markup) -> Self {
        Page::Page((status, markup))
    }
}

/// Everything a survivor page handler needs: the page context, who is asking (for
/// rate limits only), the shared services and policy, and whether the request
/// says it comes from another site.
pub struct Survivor<'r> {
    ctx: PageContext<'r>,
    client: ClientAddress,
    limits: &'r RateLimits,
    services: &'r Services,
    policy: &'r Policy,
    /// Another site is trying to make this visitor's browser post a form (see
    /// [`is_cross_site`]). Survivor forms carry no token (they set no cookie),
    /// so this is how such posts are told apart.
    cross_site: bool,
}

/// Whether the request's headers say it was sent by another site.
///
/// `Sec-Fetch-Site` decides when the browser sends it: only `same-origin` and
/// `none` (typed, or a bookmark) are this site. Its `Origin` cannot be used
/// then, because Voices' own `Referrer-Policy: no-referrer` makes current
/// browsers send `Origin: null` even for a form on this very site. Browsers
/// without `Sec-Fetch-Site` (before 2023) are judged by an `Origin` that names
/// another host; a missing or `null` origin is let through, because such a
/// browser may send `null` for Voices' own forms too, and a survivor must never
/// be stuck with a form that is refused however often they send it.
pub fn is_cross_site(req: &Request<'_>) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get_one("Sec-Fetch-Site") {
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get_one("Origin") else {
        return false;
    };
    let host = headers.get_one("Host").unwrap_or("");
    // Compare the origin's host (and port) with the host the browser asked for;
    // the scheme is left out because a TLS-terminating proxy changes it.
    match origin.split_once("://") {
        Some((_, rest)) => !rest.trim_end_matches('/').eq_ignore_ascii_case(host),
        None => false,
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Survivor<'r> {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        let rocket = req.rocket();
        let client = match ClientAddress::from_request(req).await {
            Outcome::Success(client) => client,
            _ => return Outcome::Error((Status::InternalServerError, ())),
        };
        match (
            PageContext::from_request(req, Audience::Survivor),
            rocket.state::<RateLimits>(),
            rocket.state::<Services>(),
        ) {
            (Some(ctx), Some(limits), Some(services)) => Outcome::Success(Survivor {
                ctx,
                client,
                limits,
                services,
                policy: &services.policy,
                cross_site: is_cross_site(req),
            }),
            _ => Outcome::Error((Status::InternalServerError, ())),
        }
    }
}

fn empty_form() -> FormFields {
    FormFields::default()
}

impl Survivor<'_> {
    fn resources(&self) -> Vec<&Resource> {
        self.policy.resources_for(self.ctx.lang).collect()
    }

    fn prefix(&self) -> String {
        format!("/{}", self.ctx.lang.code())
    }
}
