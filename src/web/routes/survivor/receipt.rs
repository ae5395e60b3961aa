//! Finding and showing a receipt: the look-up form, the code checked against
//! the guessing allowance, and the single-use links that show a new code or
//! the receipt page. The code never travels in a URL.

use rocket::http::uri::Origin;
use rocket::http::Status;
use rocket::response::Redirect;
use rocket::{get, post};

use super::pages::kept;
use super::{empty_form, Page, Survivor};
use crate::app::survivor::{self, LinkKind, ReceiptView};
use crate::crypto::{ReceiptCode, ViewTicket};
use crate::error::{AppError, AppResult};
use crate::storage::StorageError;
use crate::web::compression::{Accepted, Kept, PageCache};
use crate::web::context::Lang;
use crate::web::form::RawForm;
use crate::web::ratelimit::Bucket;
use crate::web::views::survivor::{self as view, FormView, Notice};

impl Survivor<'_> {
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
    pub(super) fn read_code(&self, form: &RawForm) -> Result<ReceiptCode, Page> {
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
    pub(super) fn failed(&self, typed: &str, err: AppError) -> Page {
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

    pub(super) async fn view_receipt(&self, code: &ReceiptCode) -> AppResult<ReceiptView> {
        let pepper = self.services.pepper.clone();
        let code = code.clone();
        self.services
            .moderate(move |conn, ctx, _| survivor::view(conn, &pepper, &code, ctx))
            .await
    }

    /// A redirect to a fresh single-use link showing the receipt page for
    /// `code`, with a notice to show there.
    pub(super) async fn to_receipt(
        &self,
        code: &ReceiptCode,
        notice: Option<&'static str>,
    ) -> Page {
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
    pub(super) async fn receipt_again(
        &self,
        code: &ReceiptCode,
        status: Status,
        shown: &FormView<'_>,
    ) -> Page {
        self.receipt_again_with(code, status, None, shown).await
    }

    /// [`Self::receipt_again`] with a notice at the top of the page.
    pub(super) async fn receipt_again_with(
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

/// The page that shows a new code, reached only through the link made with it.
#[get("/<_lang>/receipt/new/<link>", rank = 3)]
pub(super) async fn receipt_new(_lang: Lang, page: Survivor<'_>, link: &str) -> Page {
    match page.redeem(link).await {
        Ok(r) if r.kind == LinkKind::Created => {
            Page::ok(view::receipt_created(&page.ctx, &r.code, &page.resources()))
        }
        Ok(_) | Err(AppError::ViewExpired) => page.failed("", AppError::ViewExpired),
        Err(err) => page.failed("", err),
    }
}

#[get("/<_lang>/receipt", rank = 3)]
pub(super) async fn receipt_form(
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
pub(super) async fn receipt_open(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
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
pub(super) async fn receipt_show(_lang: Lang, page: Survivor<'_>, link: &str) -> Page {
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
