//! The survivor journeys: share a story or service feedback, keep the receipt,
//! come back with it. No cookies, no JavaScript needed, and the receipt code
//! travels only in POST bodies, never in a URL.

use maud::Markup;
use rocket::http::Status;
use rocket::request::{FromRequest, Outcome, Request};
use rocket::{get, post, routes, Route};

use crate::app::survivor::{self, ReceiptView};
use crate::crypto::ReceiptCode;
use crate::domain::share::{parse_feedback, parse_story};
use crate::domain::{Consent, FieldError, FormFields, Payload};
use crate::error::{AppError, AppResult};
use crate::policy::{Policy, Resource};
use crate::web::client::ClientAddress;
use crate::web::context::{Audience, Lang, PageContext};
use crate::web::form::RawForm;
use crate::web::ratelimit::{Bucket, RateLimits};
use crate::web::views::survivor::{self as view, FormView};
use crate::web::Services;

pub fn routes() -> Vec<Route> {
    routes![
        story_form,
        story_submit,
        feedback_form,
        feedback_submit,
        receipt_form,
        receipt_open,
        receipt_consent,
        receipt_withdraw,
        safety,
        about,
    ]
}

type Page = (Status, Markup);

/// Everything a survivor page handler needs: the page context, who is asking (for
/// rate limits only), and the shared services and policy.
pub struct Survivor<'r> {
    ctx: PageContext<'r>,
    client: ClientAddress,
    limits: &'r RateLimits,
    services: &'r Services,
    policy: &'r Policy,
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
            rocket.state::<Policy>(),
        ) {
            (Some(ctx), Some(limits), Some(services), Some(policy)) => Outcome::Success(Survivor {
                ctx,
                client,
                limits,
                services,
                policy,
            }),
            _ => Outcome::Error((Status::InternalServerError, ())),
        }
    }
}

impl Survivor<'_> {
    fn resources(&self) -> Vec<&Resource> {
        self.policy.resources_for(self.ctx.lang).collect()
    }

    /// Validates, rate-limits, seals and stores a submission; answers the receipt
    /// page only after the commit that holds it.
    async fn share(
        &self,
        form: &RawForm,
        parsed: Result<Payload, Vec<FieldError>>,
        again: impl Fn(&[FieldError]) -> Markup,
    ) -> Page {
        if form.truncated {
            // The body was cut at the limit: say so first, with whatever else is wrong.
            let mut errors = parsed.err().unwrap_or_default();
            errors.retain(|e| e.field != "text");
            errors.insert(0, FieldError::new("text", "share-text-too-long"));
            return (Status::PayloadTooLarge, again(&errors));
        }
        let payload = match parsed {
            Ok(payload) => payload,
            Err(errors) => return (Status::UnprocessableEntity, again(&errors)),
        };
        if let Err(AppError::RateLimited { retry_after_secs }) =
            self.limits.check(Bucket::Submit, &self.client.0)
        {
            let minutes = retry_after_secs.div_ceil(60).max(1);
            return (
                Status::TooManyRequests,
                view::share_rate_limited(&self.ctx, minutes, payload.shared.text()),
            );
        }
        let services = self.services;
        let sealed = survivor::prepare(&payload, self.ctx.lang, &services.pepper);
        let code = sealed.code;
        let (tx, rx) = rocket::tokio::sync::oneshot::channel();
        services
            .writer
            .submit(sealed.row, sealed.sealer, move |result| {
                let _ = tx.send(result);
            });
        match rx.await {
            Ok(Ok(())) => (
                Status::Ok,
                view::receipt_created(&self.ctx, &code, &self.resources()),
            ),
            // Not logged here: a line now would date this survivor's visit. The
            // 503 is counted in the hourly line (see `web::logging`).
            _ => (
                Status::ServiceUnavailable,
                again(&[FieldError::new("text", "share-not-saved")]),
            ),
        }
    }

    /// Reads the code from a receipt form, counting the attempt against the
    /// client's guessing allowance. Errors come back as the look-up form with the
    /// code kept.
    fn read_code(&self, form: &RawForm) -> Result<ReceiptCode, Page> {
        let typed = form.fields.text("code");
        if let Err(AppError::RateLimited { retry_after_secs }) =
            self.limits.check(Bucket::Receipt, &self.client.0)
        {
            let minutes = retry_after_secs.div_ceil(60).max(1);
            let message = self
                .ctx
                .t_with("error-rate-limited", &[("minutes", minutes.into())]);
            return Err((
                Status::TooManyRequests,
                view::receipt_lookup_with_message(&self.ctx, typed, &message),
            ));
        }
        ReceiptCode::parse(typed).map_err(|_| {
            (
                Status::UnprocessableEntity,
                view::receipt_lookup(&self.ctx, typed, Some("receipt-code-invalid")),
            )
        })
    }

    /// The look-up form again, for a code that failed. Unknown and wrong codes are
    /// one answer.
    fn failed(&self, form: &RawForm, err: AppError) -> Page {
        let typed = form.fields.text("code");
        match err {
            AppError::ReceiptNotFound => (
                Status::NotFound,
                view::receipt_lookup(&self.ctx, typed, Some("receipt-code-not-found")),
            ),
            // Counted in the hourly line by its status, never logged on its own.
            other => (
                Status::new(other.status()),
                view::receipt_lookup(&self.ctx, typed, Some("error-storage-unavailable")),
            ),
        }
    }

    async fn view_receipt(&self, code: &ReceiptCode) -> AppResult<ReceiptView> {
        let pepper = self.services.pepper.clone();
        let code = code.clone();
        self.services
            .run(move |conn| survivor::view(conn, &pepper, &code))
            .await
    }

    /// The receipt page for `code`, with a notice and the consent form's state.
    async fn receipt_page(
        &self,
        form: &RawForm,
        code: &ReceiptCode,
        status: Status,
        notice: Option<&str>,
        shown: &FormView<'_>,
    ) -> Page {
        match self.view_receipt(code).await {
            Ok(receipt) => (
                status,
                view::receipt_view(&self.ctx, code, &receipt, notice, shown),
            ),
            Err(err) => self.failed(form, err),
        }
    }
}

#[get("/<_lang>/story", rank = 3)]
fn story_form(_lang: Lang, page: Survivor<'_>) -> Markup {
    let fields = FormFields::default();
    view::story_form(
        &page.ctx,
        page.policy,
        &FormView {
            fields: &fields,
            errors: &[],
        },
    )
}

#[get("/<_lang>/feedback", rank = 3)]
fn feedback_form(_lang: Lang, page: Survivor<'_>) -> Markup {
    let fields = FormFields::default();
    view::feedback_form(
        &page.ctx,
        &FormView {
            fields: &fields,
            errors: &[],
        },
    )
}

#[post("/<_lang>/story", data = "<form>", rank = 3)]
async fn story_submit(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
    let parsed = parse_story(&form.fields, &page.policy.theme_keys());
    let again = |errors: &[FieldError]| {
        view::story_form(
            &page.ctx,
            page.policy,
            &FormView {
                fields: &form.fields,
                errors,
            },
        )
    };
    page.share(&form, parsed, again).await
}

#[post("/<_lang>/feedback", data = "<form>", rank = 3)]
async fn feedback_submit(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
    let parsed = parse_feedback(&form.fields);
    let again = |errors: &[FieldError]| {
        view::feedback_form(
            &page.ctx,
            &FormView {
                fields: &form.fields,
                errors,
            },
        )
    };
    page.share(&form, parsed, again).await
}

#[get("/<_lang>/receipt", rank = 3)]
fn receipt_form(_lang: Lang, page: Survivor<'_>) -> Markup {
    view::receipt_lookup(&page.ctx, "", None)
}

#[post("/<_lang>/receipt", data = "<form>", rank = 3)]
async fn receipt_open(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
    let code = match page.read_code(&form) {
        Ok(code) => code,
        Err(answer) => return answer,
    };
    let empty = FormFields::default();
    page.receipt_page(
        &form,
        &code,
        Status::Ok,
        None,
        &FormView {
            fields: &empty,
            errors: &[],
        },
    )
    .await
}

#[post("/<_lang>/receipt/consent", data = "<form>", rank = 3)]
async fn receipt_consent(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
    let code = match page.read_code(&form) {
        Ok(code) => code,
        Err(answer) => return answer,
    };
    let consent = match Consent::from_fields(&form.fields) {
        Ok(consent) => consent,
        Err(errors) => {
            let shown = FormView {
                fields: &form.fields,
                errors: &errors,
            };
            return page
                .receipt_page(&form, &code, Status::UnprocessableEntity, None, &shown)
                .await;
        }
    };
    let pepper = page.services.pepper.clone();
    let lookup = code.clone();
    let changed = page
        .services
        .run(move |conn| survivor::change_consent(conn, &pepper, &lookup, consent))
        .await;
    let empty = FormFields::default();
    let shown = FormView {
        fields: &empty,
        errors: &[],
    };
    match changed {
        Ok(receipt) => (
            Status::Ok,
            view::receipt_view(
                &page.ctx,
                &code,
                &receipt,
                Some("receipt-consent-saved"),
                &shown,
            ),
        ),
        Err(AppError::ConsentLocked) => {
            page.receipt_page(
                &form,
                &code,
                Status::Conflict,
                Some("error-consent-locked"),
                &shown,
            )
            .await
        }
        Err(err) => page.failed(&form, err),
    }
}

#[post("/<_lang>/receipt/withdraw", data = "<form>", rank = 3)]
async fn receipt_withdraw(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
    let code = match page.read_code(&form) {
        Ok(code) => code,
        Err(answer) => return answer,
    };
    if form.fields.get("confirm") != Some("yes") {
        // First step: make sure the code is real, then explain that this is final.
        return match page.view_receipt(&code).await {
            Ok(_) => (Status::Ok, view::withdraw_confirm(&page.ctx, &code)),
            Err(err) => page.failed(&form, err),
        };
    }
    let pepper = page.services.pepper.clone();
    let lookup = code.clone();
    match page
        .services
        .run(move |conn| survivor::withdraw(conn, &pepper, &lookup))
        .await
    {
        Ok(()) => (Status::Ok, view::withdrawn(&page.ctx, &page.resources())),
        Err(err) => page.failed(&form, err),
    }
}

#[get("/<_lang>/safety", rank = 3)]
fn safety(_lang: Lang, page: Survivor<'_>) -> Markup {
    view::safety(&page.ctx)
}

#[get("/<_lang>/about", rank = 3)]
fn about(_lang: Lang, page: Survivor<'_>) -> Markup {
    view::about(&page.ctx)
}
