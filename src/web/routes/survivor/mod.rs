//! The survivor journeys: share a story or service feedback, keep the receipt,
//! come back with it. No cookies, no JavaScript needed, and the receipt code
//! travels only in POST bodies, never in a URL.

use maud::Markup;
use rocket::http::uri::Origin;
use rocket::http::Status;
use rocket::request::{FromRequest, Outcome, Request};
use rocket::response::Redirect;
use rocket::{get, post, routes, Route};

use crate::app::survivor::{self, LinkKind, ReceiptView, SurvivorAction};
use crate::crypto::{ReceiptCode, ViewTicket};
use crate::domain::share::{parse_feedback, parse_story};
use crate::domain::{Consent, FieldError, FormFields, Payload};
use crate::error::{AppError, AppResult};
use crate::policy::{Policy, Resource};
use crate::storage::StorageError;
use crate::web::client::ClientAddress;
use crate::web::compression::{Accepted, Kept, PageCache};
use crate::web::context::{Audience, Lang, PageContext};
use crate::web::form::RawForm;
use crate::web::ratelimit::{Bucket, RateLimits};
use crate::web::views::survivor::{self as view, FormView, Notice};
use crate::web::Services;

pub fn routes() -> Vec<Route> {
    routes![
        story_form,
        story_submit,
        feedback_form,
        feedback_submit,
        receipt_new,
        receipt_form,
        receipt_open,
        receipt_show,
        receipt_consent,
        receipt_respond,
        receipt_withdraw,
        safety,
        about,
        privacy,
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

    /// Follows a single-use receipt link. Taking it is a write, done in the
    /// submission writer's next group commit rather than in a commit of its
    /// own (see `SubmissionWriter::ride`); the page is answered once that
    /// commit has landed.
    async fn redeem(&self, link: &str) -> AppResult<survivor::Redeemed> {
        let ticket = ViewTicket::from_text(link);
        let (tx, rx) = rocket::tokio::sync::oneshot::channel();
        self.services.writer.ride(Box::new(move |conn| {
            let taken = survivor::redeem_link(conn, &ticket, crate::app::now_unix());
            Box::new(move |committed| {
                let _ = tx.send(committed.map_err(AppError::from).and(taken));
            })
        }))?;
        rx.await.unwrap_or_else(|_| {
            Err(AppError::Storage(StorageError::Io(
                "the writer has stopped".into(),
            )))
        })
    }

    /// Reads the code from a receipt form, counting the attempt against the
    /// client's guessing allowance. Errors come back as the look-up form with the
    /// code kept.
    fn read_code(&self, form: &RawForm) -> Result<ReceiptCode, Page> {
        let typed = form.fields.text("code");
        if self.cross_site {
            return Err(Page::with(
                Status::Forbidden,
                view::receipt_lookup(&self.ctx, typed, Some("error-cross-site")),
            ));
        }
        if let Err(AppError::RateLimited { retry_after_secs }) =
            self.limits.check(Bucket::Receipt, &self.client.0)
        {
            let minutes = retry_after_secs.div_ceil(60).max(1);
            let message = self
                .ctx
                .t_with("error-rate-limited", &[("minutes", minutes.into())]);
            return Err(Page::with(
                Status::TooManyRequests,
                view::receipt_lookup_with_message(&self.ctx, typed, &message),
            ));
        }
        ReceiptCode::parse(typed).map_err(|_| {
            Page::with(
                Status::UnprocessableEntity,
                view::receipt_lookup(&self.ctx, typed, Some("receipt-code-invalid")),
            )
        })
    }

    /// The look-up form again, for a code that failed. Unknown and wrong codes are
    /// one answer.
    fn failed(&self, typed: &str, err: AppError) -> Page {
        match err {
            AppError::ReceiptNotFound => Page::with(
                Status::NotFound,
                view::receipt_lookup(&self.ctx, typed, Some("receipt-code-not-found")),
            ),
            AppError::ViewExpired => Page::with(Status::Gone, view::receipt_link_closed(&self.ctx)),
            // Counted in the hourly line by its status, never logged on its own.
            other => Page::with(
                Status::new(other.status()),
                view::receipt_lookup(&self.ctx, typed, Some("error-storage-unavailable")),
            ),
        }
    }

    async fn view_receipt(&self, code: &ReceiptCode) -> AppResult<ReceiptView> {
        let pepper = self.services.pepper.clone();
        let code = code.clone();
        self.services
            .moderate(move |conn, ctx, _| survivor::view(conn, &pepper, &code, ctx))
            .await
    }

    /// A redirect to a fresh single-use link showing the receipt page for
    /// `code`, with a notice to show there.
    async fn to_receipt(&self, code: &ReceiptCode, notice: Option<&'static str>) -> Page {
        let code = code.clone();
        match self
            .services
            .run(move |conn| {
                survivor::issue_link(conn, &code, LinkKind::View, notice, crate::app::now_unix())
            })
            .await
        {
            Ok(link) => Page::Redirect(Box::new(Redirect::to(format!(
                "{}/receipt/view/{}",
                self.prefix(),
                link.expose()
            )))),
            Err(err) => self.failed("", err),
        }
    }

    /// The receipt page for `code` as an answer to the POST itself: only when a
    /// form there needs fixing (nothing was changed, so sending it again is
    /// harmless), with what the person typed kept.
    async fn receipt_again(
        &self,
        code: &ReceiptCode,
        status: Status,
        shown: &FormView<'_>,
    ) -> Page {
        self.receipt_again_with(code, status, None, shown).await
    }

    /// [`Self::receipt_again`] with a notice at the top of the page.
    async fn receipt_again_with(
        &self,
        code: &ReceiptCode,
        status: Status,
        notice: Option<Notice<'_>>,
        shown: &FormView<'_>,
    ) -> Page {
        match self.view_receipt(code).await {
            Ok(receipt) => Page::with(
                status,
                view::receipt_view(
                    &self.ctx,
                    self.policy,
                    code,
                    &receipt,
                    notice,
                    shown,
                    &self.resources(),
                ),
            ),
            Err(err) => self.failed("", err),
        }
    }
}

/// A page that is the same for every visitor: rendered and compressed once per
/// path (which holds the language), then served from memory.
async fn kept(
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

#[get("/<_lang>/story", rank = 3)]
async fn story_form(
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
async fn feedback_form(
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
            &page.resources(),
        )
    };
    page.share(&form, parsed, again).await
}

#[post("/<_lang>/feedback", data = "<form>", rank = 3)]
async fn feedback_submit(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
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

/// The page that shows a new code, reached only through the link made with it.
#[get("/<_lang>/receipt/new/<link>", rank = 3)]
async fn receipt_new(_lang: Lang, page: Survivor<'_>, link: &str) -> Page {
    match page.redeem(link).await {
        Ok(r) if r.kind == LinkKind::Created => {
            Page::ok(view::receipt_created(&page.ctx, &r.code, &page.resources()))
        }
        Ok(_) | Err(AppError::ViewExpired) => page.failed("", AppError::ViewExpired),
        Err(err) => page.failed("", err),
    }
}

#[get("/<_lang>/receipt", rank = 3)]
async fn receipt_form(
    _lang: Lang,
    page: Survivor<'_>,
    uri: &Origin<'_>,
    cache: &rocket::State<PageCache>,
    accepted: Accepted,
) -> Kept {
    kept(uri, cache, accepted, || {
        view::receipt_lookup(&page.ctx, "", None)
    })
    .await
}

#[post("/<_lang>/receipt", data = "<form>", rank = 3)]
async fn receipt_open(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
    let code = match page.read_code(&form) {
        Ok(code) => code,
        Err(answer) => return answer,
    };
    match page.view_receipt(&code).await {
        Ok(_) => page.to_receipt(&code, None).await,
        Err(err) => page.failed(form.fields.text("code"), err),
    }
}

/// The receipt page, through a single-use link: Back or Reload never sends the
/// code again.
#[get("/<_lang>/receipt/view/<link>", rank = 3)]
async fn receipt_show(_lang: Lang, page: Survivor<'_>, link: &str) -> Page {
    let redeemed = match page.redeem(link).await {
        Ok(r) => r,
        Err(err) => return page.failed("", err),
    };
    let fields = empty_form();
    let shown = FormView {
        fields: &fields,
        errors: &[],
    };
    match page.view_receipt(&redeemed.code).await {
        Ok(receipt) => Page::ok(view::receipt_view(
            &page.ctx,
            page.policy,
            &redeemed.code,
            &receipt,
            redeemed.notice.as_deref().map(Notice::Done),
            &shown,
            &page.resources(),
        )),
        Err(err) => page.failed("", err),
    }
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
                .receipt_again(&code, Status::UnprocessableEntity, &shown)
                .await;
        }
    };
    act_then_show(
        &page,
        &form,
        &code,
        SurvivorAction::ChangeConsent(consent),
        "receipt-consent-saved",
    )
    .await
}

/// Answers to the team: approve, ask for changes or refuse an edited version,
/// reply to a message, or ask for a second look.
#[post("/<_lang>/receipt/respond", data = "<form>", rank = 3)]
async fn receipt_respond(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
    let code = match page.read_code(&form) {
        Ok(code) => code,
        Err(answer) => return answer,
    };
    if form.truncated {
        let errors = [FieldError::new("message", "message-too-long")];
        let shown = FormView {
            fields: &form.fields,
            errors: &errors,
        };
        return page
            .receipt_again(&code, Status::PayloadTooLarge, &shown)
            .await;
    }
    let message = form.fields.text("message").to_owned();
    let optional = (!message.trim().is_empty()).then(|| message.clone());
    // The tag of the edited version the page showed; missing or stale, the
    // answer counts for nothing and the page shows the version there is now.
    let shown = form.fields.text("shown").to_owned();
    let (action, notice) = match form.fields.text("do") {
        "approve" => (SurvivorAction::Approve { shown }, "receipt-approved"),
        "changes" => (
            SurvivorAction::RequestChanges { message, shown },
            "receipt-changes-sent",
        ),
        "refuse" => (
            SurvivorAction::Refuse {
                message: optional,
                shown,
            },
            "receipt-refused",
        ),
        "reply" => (SurvivorAction::Reply { message }, "receipt-reply-sent"),
        "second_look" => (
            SurvivorAction::AskSecondLook { message: optional },
            "receipt-second-look-sent",
        ),
        _ => {
            let errors = [FieldError::new("message", "form-invalid-choice")];
            let shown = FormView {
                fields: &form.fields,
                errors: &errors,
            };
            return page
                .receipt_again(&code, Status::UnprocessableEntity, &shown)
                .await;
        }
    };
    act_then_show(&page, &form, &code, action, notice).await
}

/// Which form an error belongs next to.
#[derive(Clone, Copy)]
enum ActionKind {
    Consent,
    Answer,
}

async fn act_then_show(
    page: &Survivor<'_>,
    form: &RawForm,
    code: &ReceiptCode,
    action: SurvivorAction,
    notice: &'static str,
) -> Page {
    let action_kind = if matches!(action, SurvivorAction::ChangeConsent(_)) {
        ActionKind::Consent
    } else {
        ActionKind::Answer
    };
    let pepper = page.services.pepper.clone();
    let lookup = code.clone();
    let done = page
        .services
        .moderate(move |conn, ctx, _| survivor::act(conn, &pepper, &lookup, &action, ctx))
        .await;
    let problem = match done {
        Ok(_) => return page.to_receipt(code, Some(notice)).await,
        Err(AppError::Moderation(_)) => (
            Status::Conflict,
            if matches!(action_kind, ActionKind::Consent) {
                // Published words keep the consent they were published under.
                "error-consent-locked"
            } else {
                "error-not-now-survivor"
            },
        ),
        Err(AppError::InvalidInput("message_empty")) => {
            (Status::UnprocessableEntity, "message-empty")
        }
        Err(AppError::InvalidInput("message_too_long")) => {
            (Status::UnprocessableEntity, "message-too-long")
        }
        Err(AppError::ItemChanged) => (Status::Conflict, "error-item-changed-survivor"),
        Err(AppError::EditChanged) => {
            // Not an error of theirs: the new version, the forms again, and
            // whatever they typed kept.
            let shown = FormView {
                fields: &form.fields,
                errors: &[],
            };
            return page
                .receipt_again_with(code, Status::Conflict, Some(Notice::EditChanged), &shown)
                .await;
        }
        Err(err) => return page.failed(form.fields.text("code"), err),
    };
    let field = match action_kind {
        ActionKind::Consent => "consent_use",
        ActionKind::Answer => "message",
    };
    let errors = [FieldError::new(field, problem.1)];
    let shown = FormView {
        fields: &form.fields,
        errors: &errors,
    };
    page.receipt_again(code, problem.0, &shown).await
}

#[post("/<_lang>/receipt/withdraw", data = "<form>", rank = 3)]
async fn receipt_withdraw(
    _lang: Lang,
    page: Survivor<'_>,
    form: RawForm,
    digests: &rocket::State<super::digests::DigestAccess>,
) -> Page {
    let code = match page.read_code(&form) {
        Ok(code) => code,
        Err(answer) => return answer,
    };
    if form.fields.get("confirm") != Some("yes") {
        // First step: make sure the code is real, then explain that this is final.
        return match page.view_receipt(&code).await {
            Ok(_) => Page::ok(view::withdraw_confirm(&page.ctx, &code)),
            Err(err) => page.failed(form.fields.text("code"), err),
        };
    }
    let pepper = page.services.pepper.clone();
    let lookup = code.clone();
    match page
        .services
        .moderate(move |conn, ctx, _| {
            survivor::act(conn, &pepper, &lookup, &SurvivorAction::Withdraw, ctx)
        })
        .await
    {
        Ok(_) => {
            // Their quote leaves the digests this node serves at once.
            digests.forget();
            Page::ok(view::withdrawn(&page.ctx, &page.resources()))
        }
        Err(err) => page.failed(form.fields.text("code"), err),
    }
}

#[get("/<_lang>/safety", rank = 3)]
async fn safety(
    _lang: Lang,
    page: Survivor<'_>,
    uri: &Origin<'_>,
    cache: &rocket::State<PageCache>,
    accepted: Accepted,
) -> Kept {
    kept(uri, cache, accepted, || view::safety(&page.ctx)).await
}

#[get("/<_lang>/about", rank = 3)]
async fn about(
    _lang: Lang,
    page: Survivor<'_>,
    uri: &Origin<'_>,
    cache: &rocket::State<PageCache>,
    accepted: Accepted,
) -> Kept {
    kept(uri, cache, accepted, || view::about(&page.ctx)).await
}

#[get("/<_lang>/privacy", rank = 3)]
async fn privacy(
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
