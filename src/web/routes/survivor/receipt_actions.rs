//! What a survivor does on their receipt page: change consent, answer the team,
//! withdraw. Each acts through the moderation rules, then shows the receipt
//! again by a fresh link, or the form with what they typed when it needs fixing.
//! Nothing here logs the receipt code or what the survivor wrote.

use rocket::http::Status;
use rocket::post;

use super::{Page, Survivor};
use crate::app::survivor::{self, SurvivorAction};
use crate::crypto::ReceiptCode;
use crate::domain::{Consent, FieldError};
use crate::error::AppError;
use crate::web::context::Lang;
use crate::web::form::RawForm;
use crate::web::routes::digests::DigestAccess;
use crate::web::views::survivor::{self as view, FormView, Notice};

#[post("/<_lang>/receipt/consent", data = "<form>", rank = 3)]
pub(super) async fn receipt_consent(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
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
pub(super) async fn receipt_respond(_lang: Lang, page: Survivor<'_>, form: RawForm) -> Page {
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
pub(super) async fn receipt_withdraw(
    _lang: Lang,
    page: Survivor<'_>,
    form: RawForm,
    digests: &rocket::State<DigestAccess>,
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
