//! Sharing a story or service feedback: the empty forms (kept), and the send
//! that validates, rate-limits, seals and stores it. A code is shown only after
//! the commit that holds the submission.
//! Nothing here logs the words or the code, or sets a cookie.

use maud::Markup;
use rocket::http::uri::Origin;
use rocket::http::Status;
use rocket::response::Redirect;
use rocket::{get, post};

use super::pages::kept;
use super::{empty_form, Page, Survivor};
use crate::app::survivor;
use crate::domain::share::{parse_feedback, parse_story};
use crate::domain::{FieldError, Payload};
use crate::error::AppError;
use crate::web::compression::{Accepted, Kept, PageCache};
use crate::web::context::Lang;
use crate::web::form::RawForm;
use crate::web::ratelimit::Bucket;
use crate::web::views::survivor::{self as view, FormView};

impl Survivor<'_> {
    /// Validates, rate-limits, seals and stores a submission; answers a redirect
    /// to the page with the code only after the commit that holds it.
    async fn share(
        &self,
        form: &RawForm,
        parsed: Result<Payload, Vec<FieldError>>,
        again: impl Fn(&[FieldError]) -> Markup,
    ) -> Page {
        if self.cross_site {
            return Page::with(
                Status::Forbidden,
                again(&[FieldError::new("text", "error-cross-site")]),
            );
        }
        if form.truncated {
            // The body was cut at the limit: say so first, with whatever else is wrong.
            let mut errors = parsed.err().unwrap_or_default();
            errors.retain(|e| e.field != "text");
            errors.insert(0, FieldError::new("text", "share-text-too-long"));
            return Page::with(Status::PayloadTooLarge, again(&errors));
        }
        let payload = match parsed {
            Ok(payload) => payload,
            Err(errors) => return Page::with(Status::UnprocessableEntity, again(&errors)),
        };
        if let Err(AppError::RateLimited { retry_after_secs }) =
            self.limits.check(Bucket::Submit, &self.client.0)
        {
            let minutes = retry_after_secs.div_ceil(60).max(1);
            return Page::with(
                Status::TooManyRequests,
                view::share_rate_limited(&self.ctx, minutes, payload.shared.text()),
            );
        }
        let services = self.services;
        let prepared = survivor::prepare(
            &payload,
            self.ctx.lang,
            &services.pepper,
            &services.policy.suggest,
            crate::app::now_unix(),
        );
        let (tx, rx) = rocket::tokio::sync::oneshot::channel();
        services.writer.submit(
            prepared.sealed.row,
            prepared.sealed.sealer,
            Some(prepared.link_row),
            move |result| {
                let _ = tx.send(result);
            },
        );
        match rx.await {
            Ok(Ok(())) => Page::Redirect(Box::new(Redirect::to(format!(
                "{}/receipt/new/{}",
                self.prefix(),
                prepared.link.expose()
            )))),
            // Not logged here: a line now would date this survivor's visit. The
            // 503 is counted in the hourly line (see `web::logging`).
            _ => Page::with(
                Status::ServiceUnavailable,
                again(&[FieldError::new("text", "share-not-saved")]),
            ),
        }
    }
}

#[get("/<_lang>/story", rank = 3)]
pub(super) async fn story_form(
    _lang: Lang,
    page: Survivor<'_>,
    uri: &Origin<'_>,
    cache: &rocket::State<PageCache>,
    accepted: Accepted,
) -> Kept {
    kept(uri, cache, accepted, || {
        let fields = empty_form();
        view::story_form(
            &page.ctx,
            page.policy,
            &FormView {
                fields: &fields,
                errors: &[],
            },
            &page.resources(),
        )
    })
    .await
}

#[get("/<_lang>/feedback", rank = 3)]
pub(super) async fn feedback_form(
    _lang: Lang,
    page: Survivor<'_>,
    uri: &Origin<'_>,
    cache: &rocket::State<PageCache>,
    accepted: Accepted,
) -> Kept {
    kept(uri, cache, accepted, || {
        let fields = empty_form();
        view::feedback_form(
            &page.ctx,
            page.policy,
            &FormView {
                fields: &fields,
                errors: &[],
            },
            &page.resources(),
        )
    })
    .await
}

#[post("/<_lang>/story", data = "<form>", rank = 3)]
pub(super) async fn story_submit(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
    let parsed = parse_story(&form.fields, &page.policy.theme_keys());
    let again = |errors: &[FieldError]| {
        view::story_form(
            &page.ctx,
            page.policy,
            &FormView {
                fields: &form.fields,
                errors,
            },
            &page.resources(),
        )
    };
    page.share(&form, parsed, again).await
}

#[post("/<_lang>/feedback", data = "<form>", rank = 3)]
pub(super) async fn feedback_submit(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
    let parsed = parse_feedback(&form.fields, &page.policy.feedback.spec());
    let again = |errors: &[FieldError]| {
        view::feedback_form(
            &page.ctx,
            page.policy,
            &FormView {
                fields: &form.fields,
                errors,
            },
            &page.resources(),
        )
    };
    page.share(&form, parsed, again).await
}
