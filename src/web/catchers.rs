//! Error pages: every error a person can meet is a translated page in their
//! language (from the path prefix or `Accept-Language`), never a stack trace.

use maud::Markup;
use rocket::http::{Header, Status};
use rocket::response::{self, Redirect, Responder};
use rocket::{catch, catchers, Catcher, Request};

use crate::error::AppError;

use super::context::{Audience, PageContext};
use super::logging::request_id;
use super::views::errors::error_page;

pub fn all() -> Vec<Catcher> {
    catchers![unauthorized, not_found, default_catcher]
}

fn audience_of(req: &Request<'_>) -> Audience {
    match req.uri().path().segments().next() {
        Some("staff") | Some("setup") => Audience::Staff,
        _ => Audience::Survivor,
    }
}

/// The Fluent key of an error message: `error-` and the error's key in kebab case.
pub fn message_key(key: &str) -> String {
    format!("error-{}", key.replace('_', "-"))
}

/// The message for a required field left empty.
pub fn required_key(field: &str) -> &'static str {
    match field {
        "name" => "error-name-required",
        "passphrase" => "error-passphrase-required",
        "confirm" => "error-confirm-required",
        _ => "error-field-required",
    }
}

fn render(req: &Request<'_>, key: &str, minutes: Option<u64>) -> Markup {
    match PageContext::from_request(req, audience_of(req)) {
        Some(ctx) => {
            let title = match key {
                "not_found" => "error-not-found-title",
                "rate_limited" => "error-rate-limited-title",
                _ => "error-title",
            };
            let message = match minutes {
                Some(m) => ctx.t_with(&message_key(key), &[("minutes", m.into())]),
                None => ctx.t(&message_key(key)),
            };
            error_page(&ctx, title, &message)
        }
        // Only when state is missing, which `build` never allows.
        None => maud::html! { p { "Error" } },
    }
}

fn minutes_for(secs: u64) -> u64 {
    secs.div_ceil(60).max(1)
}

impl<'r> Responder<'r, 'static> for AppError {
    fn respond_to(self, req: &'r Request<'_>) -> response::Result<'static> {
        if matches!(self, AppError::NotSignedIn) {
            return Redirect::to("/staff/login").respond_to(req);
        }
        if self.is_internal() {
            if super::logging::is_survivor_request(req) {
                // No line of its own: it would date the survivor's visit. The key
                // goes into that hour's count line.
                super::logging::note_survivor_error(req, self.key());
            } else {
                // The key only: an error's text can quote a value (a driver message
                // that repeats a row, a path), and the log must never hold one.
                tracing::error!(
                    request_id = request_id(req),
                    error = self.key(),
                    "request failed"
                );
            }
        }
        let status = Status::new(self.status());
        let minutes = match &self {
            AppError::RateLimited { retry_after_secs } => Some(minutes_for(*retry_after_secs)),
            _ => None,
        };
        let mut response = (status, render(req, self.key(), minutes)).respond_to(req)?;
        if let AppError::RateLimited { retry_after_secs } = self {
            response.set_header(Header::new("Retry-After", retry_after_secs.to_string()));
        }
        Ok(response)
    }
}

#[catch(401)]
fn unauthorized() -> Redirect {
    Redirect::to("/staff/login")
}

#[catch(404)]
fn not_found(req: &Request<'_>) -> (Status, Markup) {
    (Status::NotFound, render(req, "not_found", None))
}

#[catch(default)]
fn default_catcher(status: Status, req: &Request<'_>) -> (Status, Markup) {
    let key = match status.code {
        400 => "bad_request",
        403 => "forbidden",
        413 => "payload_too_large",
        415 | 422 => "unprocessable",
        429 => "rate_limited",
        503 => "storage_unavailable",
        code if code < 500 => "bad_request",
        _ => "internal",
    };
    let minutes = (key == "rate_limited").then_some(1);
    (status, render(req, key, minutes))
}
