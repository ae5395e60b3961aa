//! What an item POST does, named in its `do`: claim, review, note, edited
//! version, message, hand-off, decline, publish. The CSRF token is checked
//! first; a refusal shows the page again with the error and what was typed.

use rocket::http::Status;
use rocket::post;

use super::item::{render_item, render_publish};
use super::{clone_identity, see, shown_on_page, Answer};
use crate::app::moderation::{self as moderation, ReviewInput, StaffAction};
use crate::domain::suggest::SafeguardingLevel;
use crate::domain::{Language, Permission};
use crate::error::AppError;
use crate::web::catchers::message_key;
use crate::web::staffer::{EditForm, StaffForm, Staffer};
use crate::web::views::moderation::ItemForm;

/// The words of a message: a chosen template (in the item's language) and the
/// moderator's own words after it.
fn composed_message(staff: &Staffer<'_>, form: &EditForm, language: Language) -> String {
    let own = form.fields.text("message").trim();
    let template = staff
        .services
        .policy
        .message_templates
        .iter()
        .find(|t| t.key == form.fields.text("template"))
        .map(|t| t.text.get(language).to_owned());
    match (template, own.is_empty()) {
        (Some(t), true) => t,
        (Some(t), false) if own.contains(t.trim()) => own.to_owned(),
        (Some(t), false) => format!("{t}\n\n{own}"),
        (None, _) => own.to_owned(),
    }
}

#[post("/staff/items/<id>", data = "<form>")]
pub(super) async fn item_post(staff: Staffer<'_>, id: i64, form: EditForm) -> Answer {
    let wanted = form.fields.text("do").to_owned();
    let permission = if wanted == "note" {
        Permission::Safeguarding
    } else {
        Permission::Review
    };
    if let Err(err) = staff.require(permission) {
        return err.into();
    }
    let typed = ItemForm {
        edit: form.fields.get("edit").map(str::to_owned),
        message: form.fields.get("message").map(str::to_owned),
        note: form.fields.get("note").map(str::to_owned),
        ..ItemForm::default()
    };
    let result = handle_item_post(&staff, id, &wanted, &form).await;
    match result {
        Ok(to) => see(to),
        Err(err) if wanted == "publish" && shown_on_page(&err) => {
            let status = Status::new(err.status());
            let ticked = form
                .fields
                .all("checklist")
                .iter()
                .map(|s| s.to_string())
                .collect();
            let errors = vec![staff.ctx.t(&message_key(err.key()))];
            match render_publish(&staff, id, ticked, errors.clone()).await {
                Ok(page) => Answer::Page((status, page)),
                Err(_) => {
                    let form = ItemForm {
                        errors,
                        ..ItemForm::default()
                    };
                    match render_item(&staff, id, false, &form).await {
                        Ok(page) => Answer::Page((status, page)),
                        Err(e) => e.into(),
                    }
                }
            }
        }
        Err(err) if shown_on_page(&err) => {
            let status = Status::new(err.status());
            // Today's limit is told by the page's calm wellbeing notice.
            let errors = if matches!(err, AppError::DailyCapReached) {
                Vec::new()
            } else {
                vec![staff.ctx.t(&message_key(err.key()))]
            };
            let form = ItemForm { errors, ..typed };
            // Show the words again if the person can read them; otherwise the item.
            match render_item(&staff, id, true, &form).await {
                Ok(page) => Answer::Page((status, page)),
                Err(_) => match render_item(&staff, id, false, &form).await {
                    Ok(page) => Answer::Page((status, page)),
                    Err(e) => e.into(),
                },
            }
        }
        Err(err) => err.into(),
    }
}

async fn handle_item_post(
    staff: &Staffer<'_>,
    id: i64,
    wanted: &str,
    form: &EditForm,
) -> Result<String, AppError> {
    staff.verify_csrf(form)?;
    if form.truncated {
        return Err(AppError::InvalidInput("form_too_long"));
    }
    let version: i64 = form
        .fields
        .text("version")
        .parse()
        .map_err(|_| AppError::InvalidInput("form_incomplete"))?;
    let identity = clone_identity(staff);
    let secret = staff.secret()?;
    let item_page = format!("/staff/items/{id}?done={wanted}");
    let read_page = format!("/staff/items/{id}/read?done={wanted}");
    // Back to the section the person was working in.
    let section = |heading: &str| format!("{read_page}#{heading}");
    match wanted {
        "claim" => {
            staff
                .services
                .moderate(move |conn, ctx, settings| {
                    moderation::claim(conn, &identity, &secret, id, settings, ctx)
                })
                .await?;
            // "Take this item and read it": the warning was on the page that
            // offered it.
            Ok(if form.fields.text("then") == "read" {
                read_page
            } else {
                item_page
            })
        }
        "publish" => {
            let checklist: Vec<String> = form
                .fields
                .all("checklist")
                .iter()
                .map(|s| s.to_string())
                .collect();
            staff
                .services
                .moderate(move |conn, ctx, _| {
                    moderation::publish(conn, &identity, &secret, id, version, &checklist, ctx)
                })
                .await?;
            Ok(item_page)
        }
        "review" => {
            let input = review_input(form)?;
            staff
                .services
                .moderate(move |conn, ctx, _| {
                    moderation::save_review(conn, &identity, &secret, id, version, &input, ctx)
                })
                .await?;
            Ok(section("review-heading"))
        }
        "note" => {
            let text = form.fields.text("note").to_owned();
            let audit = staff.services.audit.clone();
            staff
                .services
                .run(move |conn| moderation::add_note(conn, &identity, &secret, id, &text, &audit))
                .await?;
            Ok(section("notes-heading"))
        }
        // "Send edited version" from the reading page also saves the review
        // above it (one form): the checklist and the words go together.
        "propose" if form.fields.text("with_review") == "1" => {
            let input = review_input(form)?;
            let action = staff_action(staff, "propose", form, id).await?;
            staff
                .services
                .moderate(move |conn, ctx, _| {
                    moderation::save_review(conn, &identity, &secret, id, version, &input, ctx)?;
                    let now = crate::storage::submissions::by_id(conn, id)?
                        .ok_or(AppError::NotFound)?
                        .version;
                    moderation::act(conn, &identity, &secret, id, now, &action, ctx)
                })
                .await?;
            Ok(item_page)
        }
        other => {
            let action = staff_action(staff, other, form, id).await?;
            let after = match action {
                StaffAction::TakeBack => read_page,
                StaffAction::Message { .. } | StaffAction::Ask { .. } => {
                    section("messages-heading")
                }
                _ => item_page,
            };
            staff
                .services
                .moderate(move |conn, ctx, _| {
                    moderation::act(conn, &identity, &secret, id, version, &action, ctx)
                })
                .await?;
            Ok(after)
        }
    }
}

/// The review as the reading page's form sends it.
fn review_input<const KIB: u64>(form: &StaffForm<KIB>) -> Result<ReviewInput, AppError> {
    let all = |name: &str| -> Vec<String> {
        form.fields
            .all(name)
            .iter()
            .map(|s| s.to_string())
            .collect()
    };
    Ok(ReviewInput {
        themes: all("themes"),
        content_warnings: all("warnings"),
        checklist: all("checklist"),
        level: match form.fields.get("level") {
            None | Some("") => None,
            Some(v) => Some(
                v.parse::<SafeguardingLevel>()
                    .map_err(|_| AppError::InvalidInput("unknown_choice"))?,
            ),
        },
    })
}

async fn staff_action(
    staff: &Staffer<'_>,
    wanted: &str,
    form: &EditForm,
    id: i64,
) -> Result<StaffAction, AppError> {
    let language = if matches!(wanted, "message" | "ask") {
        item_language(staff, id).await?
    } else {
        Language::DEFAULT
    };
    let optional = |name: &str| {
        form.fields
            .get(name)
            .map(str::to_owned)
            .filter(|m| !m.trim().is_empty())
    };
    Ok(match wanted {
        "take_back" => StaffAction::TakeBack,
        "release" => StaffAction::Release,
        "hand_off" => StaffAction::HandOff {
            to: form
                .fields
                .text("to")
                .parse()
                .map_err(|_| AppError::InvalidInput("unknown_choice"))?,
        },
        "propose" => StaffAction::ProposeEdit {
            text: form.fields.text("edit").to_owned(),
            message: optional("message"),
        },
        "message" => StaffAction::Message {
            message: composed_message(staff, form, language),
        },
        "ask" => StaffAction::Ask {
            message: composed_message(staff, form, language),
        },
        "reopen" => StaffAction::Reopen,
        "themes_only" => StaffAction::UseForThemes,
        "team_only" => StaffAction::KeepForTeam,
        "decline" => {
            let reason = form.fields.text("reason");
            if reason.is_empty() {
                return Err(AppError::InvalidInput("decline_reason_missing"));
            }
            StaffAction::Decline {
                reason: reason.to_owned(),
                message: optional("message"),
            }
        }
        _ => return Err(AppError::InvalidInput("unknown_action")),
    })
}

async fn item_language(staff: &Staffer<'_>, id: i64) -> Result<Language, AppError> {
    staff
        .services
        .run(move |conn| {
            let row = crate::storage::submissions::by_id(conn, id)?.ok_or(AppError::NotFound)?;
            Ok(Language::from_code(&row.language).unwrap_or(Language::DEFAULT))
        })
        .await
}
