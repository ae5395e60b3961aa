//! The review queue and the item pages. Every POST goes to one route per page
//! and names its action in `do`, checks the CSRF token first, and on a refusal
//! shows the page again with the error and what the person typed.

use maud::Markup;
use rocket::http::Status;
use rocket::response::Redirect;
use rocket::{get, post, routes, Route};

use crate::app::moderation::{
    self as moderation, QueueFilter, QueueView, ReviewInput, StaffAction,
};
use crate::domain::suggest::SafeguardingLevel;
use crate::domain::{Language, Permission};
use crate::error::AppError;
use crate::storage::submissions::{QueueCursor, QueuePosition};
use crate::web::catchers::message_key;
use crate::web::staffer::{EditForm, StaffForm, Staffer};
use crate::web::views::moderation::{self as view, ItemForm, QueuePageView};

pub fn routes() -> Vec<Route> {
    routes![
        queue,
        queue_bulk,
        item,
        item_read,
        item_publish,
        item_post,
        safeguarding,
        guidelines
    ]
}

/// What an item or queue POST answers.
#[derive(rocket::Responder)]
pub enum Answer {
    Redirect(Box<Redirect>),
    Page((Status, Markup)),
    Error(AppError),
}

impl From<AppError> for Answer {
    fn from(err: AppError) -> Self {
        Answer::Error(err)
    }
}

fn see(to: String) -> Answer {
    Answer::Redirect(Box::new(Redirect::to(to)))
}

/// Errors the page shows next to the form; anything else is an error page.
fn shown_on_page(err: &AppError) -> bool {
    matches!(
        err,
        AppError::Moderation(_)
            | AppError::ItemChanged
            | AppError::DailyCapReached
            | AppError::InvalidInput(_)
            | AppError::CsrfMismatch
    ) && !matches!(
        err,
        AppError::Moderation(crate::domain::moderation::Refusal::RoleCannot)
    )
}

/// The `done` keys a page after an action knows: anything else in the link
/// (typed, damaged or hostile) is ignored, never echoed into a page or a redirect.
const DONE_KEYS: [&str; 14] = [
    "claim",
    "review",
    "propose",
    "message",
    "ask",
    "themes_only",
    "team_only",
    "decline",
    "publish",
    "release",
    "take_back",
    "hand_off",
    "note",
    "reopen",
];

fn known_done(done: Option<&str>) -> Option<&'static str> {
    let done = done?;
    DONE_KEYS.iter().copied().find(|known| *known == done)
}

fn done_notice(staff: &Staffer<'_>, done: Option<&str>) -> Option<String> {
    known_done(done).map(|done| staff.ctx.t(&format!("done-{}", done.replace('_', "-"))))
}

#[allow(clippy::too_many_arguments)]
#[get("/staff/queue?<view>&<language>&<level>&<page>&<after>&<before>&<done>&<skipped>")]
async fn queue(
    staff: Staffer<'_>,
    view: Option<&str>,
    language: Option<&str>,
    level: Option<&str>,
    page: Option<i64>,
    after: Option<&str>,
    before: Option<&str>,
    done: Option<usize>,
    skipped: Option<usize>,
) -> Result<Markup, AppError> {
    staff.require(Permission::ReadQueue)?;
    let invalid = || AppError::InvalidInput("queue_link_invalid");
    let cursor = match (after, before) {
        (None, None) => None,
        (Some(at), None) => Some(QueueCursor::After(
            QueuePosition::parse(at).ok_or_else(invalid)?,
        )),
        (None, Some(at)) => Some(QueueCursor::Before(
            QueuePosition::parse(at).ok_or_else(invalid)?,
        )),
        (Some(_), Some(_)) => return Err(invalid()),
    };
    let filter = QueueFilter {
        view: view.and_then(QueueView::parse).unwrap_or_default(),
        language: language.and_then(Language::from_code),
        level: level.and_then(|l| l.parse::<SafeguardingLevel>().ok()),
        page: page.unwrap_or(1).clamp(1, 100_000),
        cursor,
    };
    render_queue(&staff, filter, done, skipped, Vec::new()).await
}

async fn render_queue(
    staff: &Staffer<'_>,
    filter: QueueFilter,
    done: Option<usize>,
    skipped: Option<usize>,
    errors: Vec<String>,
) -> Result<Markup, AppError> {
    let identity = clone_identity(staff);
    let query = filter.clone();
    let (result, opened, settings, waiting) = staff
        .services
        .moderate(move |conn, _ctx, settings| {
            let result = moderation::queue(conn, &identity, &query)?;
            let opened = moderation::opened_today(conn, &identity)?.len();
            // The safety net: on the first page of the work to do, unfiltered.
            let waiting = if query.view == QueueView::NeedsAction
                && result.page <= 1
                && query.level.is_none()
                && query.language.is_none()
            {
                moderation::waiting_too_long(conn, &identity, settings.waiting_too_long_days)?
            } else {
                Vec::new()
            };
            Ok((result, opened, *settings, waiting))
        })
        .await?;
    let notice = done.map(|n| {
        staff.ctx.t_with(
            "queue-bulk-done",
            &[
                ("done", (n as u64).into()),
                ("skipped", (skipped.unwrap_or(0) as u64).into()),
            ],
        )
    });
    Ok(view::queue(
        &staff.ctx,
        &staff.services.policy,
        &QueuePageView {
            filter: &filter,
            page: &result,
            opened_today: opened,
            break_after: settings.break_after,
            daily_cap: settings.daily_cap,
            notice,
            errors,
            waiting: &waiting,
        },
    ))
}

/// The session's identity, for a blocking task (the session itself holds the
/// cookie secret and stays with the request).
pub fn clone_identity(staff: &Staffer<'_>) -> crate::app::staff::StaffIdentity {
    staff.session.identity.clone()
}

fn ids_of(form: &StaffForm) -> Vec<i64> {
    form.fields
        .all("item")
        .iter()
        .filter_map(|v| v.parse().ok())
        .collect()
}

#[post("/staff/queue", data = "<form>")]
async fn queue_bulk(staff: Staffer<'_>, form: StaffForm) -> Answer {
    if let Err(err) = staff.require(Permission::Review) {
        return err.into();
    }
    if let Err(err) = staff.verify_csrf(&form) {
        return match render_queue(
            &staff,
            QueueFilter::default(),
            None,
            None,
            vec![staff.ctx.t(&message_key(err.key()))],
        )
        .await
        {
            Ok(page) => Answer::Page((Status::Forbidden, page)),
            Err(e) => e.into(),
        };
    }
    let ids = ids_of(&form);
    let action = moderation::BulkAction::parse(form.fields.text("bulk"));
    let problem = if ids.is_empty() {
        Some("error-bulk-nothing-selected")
    } else if action.is_none() {
        Some("error-bulk-no-action")
    } else {
        None
    };
    let (Some(action), None) = (action, problem) else {
        let key = problem.unwrap_or("error-bulk-no-action");
        return match render_queue(
            &staff,
            QueueFilter::default(),
            None,
            None,
            vec![staff.ctx.t(key)],
        )
        .await
        {
            Ok(page) => Answer::Page((Status::UnprocessableEntity, page)),
            Err(e) => e.into(),
        };
    };
    let identity = clone_identity(&staff);
    let secret = match staff.secret() {
        Ok(s) => s,
        Err(e) => return e.into(),
    };
    // First a confirmation that lists what will happen to which items; only
    // its own button (`confirm=yes`) acts, and the rules are checked again.
    if form.fields.text("confirm") != "yes" {
        let plan = staff
            .services
            .moderate(move |conn, ctx, _| {
                moderation::bulk_plan(conn, &identity, &secret, &ids, action, ctx)
            })
            .await;
        return match plan {
            Ok(plan) => Answer::Page((
                Status::Ok,
                view::bulk_confirmation(
                    &staff.ctx,
                    &staff.services.policy,
                    &plan,
                    staff.services.retention.declined_days,
                ),
            )),
            Err(e) => e.into(),
        };
    }
    let outcome = staff
        .services
        .moderate(move |conn, ctx, _| match action {
            moderation::BulkAction::Release => {
                moderation::bulk_release(conn, &identity, &secret, &ids, ctx)
            }
            moderation::BulkAction::Decline(reason) => {
                moderation::bulk_decline(conn, &identity, &secret, &ids, reason, ctx)
            }
        })
        .await;
    match outcome {
        Ok(o) => see(format!(
            "/staff/queue?done={}&skipped={}",
            o.done, o.skipped
        )),
        Err(e) => e.into(),
    }
}

async fn load_item(
    staff: &Staffer<'_>,
    id: i64,
    read: bool,
) -> Result<moderation::ItemView, AppError> {
    let identity = clone_identity(staff);
    let secret = staff.secret()?;
    staff
        .services
        .moderate(move |conn, ctx, settings| {
            moderation::item_view(conn, &identity, &secret, id, read, settings, ctx)
        })
        .await
}

async fn render_item(
    staff: &Staffer<'_>,
    id: i64,
    read: bool,
    form: &ItemForm,
) -> Result<Markup, AppError> {
    let item = load_item(staff, id, read).await?;
    let policy = &staff.services.policy;
    Ok(match &item.reading {
        Some(reading) => view::reading(&staff.ctx, policy, &item, reading, form),
        None => view::overview(&staff.ctx, policy, &item, form),
    })
}

#[get("/staff/items/<id>?<done>")]
async fn item(staff: Staffer<'_>, id: i64, done: Option<&str>) -> Result<Markup, AppError> {
    staff.require(Permission::Review)?;
    let form = ItemForm {
        notice: done_notice(&staff, done),
        done: known_done(done).map(str::to_owned),
        ..ItemForm::default()
    };
    render_item(&staff, id, false, &form).await
}

#[get("/staff/items/<id>/read?<done>")]
async fn item_read(staff: Staffer<'_>, id: i64, done: Option<&str>) -> Result<Answer, AppError> {
    staff.require(Permission::Review)?;
    let done = known_done(done);
    let form = ItemForm {
        notice: done_notice(&staff, done),
        done: done.map(str::to_owned),
        ..ItemForm::default()
    };
    let item = match load_item(&staff, id, true).await {
        Ok(item) => item,
        // A calm notice on the item page (its wellbeing box), not an error.
        Err(AppError::DailyCapReached) => {
            let page = render_item(&staff, id, false, &ItemForm::default()).await?;
            return Ok(Answer::Page((Status::Conflict, page)));
        }
        Err(e) => return Err(e),
    };
    let policy = &staff.services.policy;
    Ok(match &item.reading {
        Some(reading) => Answer::Page((
            Status::Ok,
            view::reading(&staff.ctx, policy, &item, reading, &form),
        )),
        // Nothing to read before the claim: back to the item.
        None => see(match done {
            Some(done) => format!("/staff/items/{id}?done={done}"),
            None => format!("/staff/items/{id}"),
        }),
    })
}

async fn render_publish(
    staff: &Staffer<'_>,
    id: i64,
    ticked: Vec<String>,
    errors: Vec<String>,
) -> Result<Markup, AppError> {
    let identity = clone_identity(staff);
    let secret = staff.secret()?;
    let preview = staff
        .services
        .moderate(move |conn, ctx, settings| {
            moderation::publish_preview(conn, &identity, &secret, id, settings.daily_cap, ctx)
        })
        .await?;
    Ok(view::publish_confirmation(
        &staff.ctx,
        &staff.services.policy,
        &preview,
        &ticked,
        &errors,
    ))
}

/// The one confirmation before publishing: the exact words and where they go.
#[get("/staff/items/<id>/publish")]
async fn item_publish(staff: Staffer<'_>, id: i64) -> Result<Answer, AppError> {
    staff.require(Permission::Review)?;
    match render_publish(&staff, id, Vec::new(), Vec::new()).await {
        Ok(page) => Ok(Answer::Page((Status::Ok, page))),
        // Not (or no longer) something this person can publish: the item says
        // why (today's limit, calmly, in its wellbeing notice).
        Err(err) if shown_on_page(&err) => {
            let errors = if matches!(err, AppError::DailyCapReached) {
                Vec::new()
            } else {
                vec![staff.ctx.t(&message_key(err.key()))]
            };
            let form = ItemForm {
                errors,
                ..ItemForm::default()
            };
            let page = render_item(&staff, id, false, &form).await?;
            Ok(Answer::Page((Status::new(err.status()), page)))
        }
        Err(err) => Err(err),
    }
}

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
async fn item_post(staff: Staffer<'_>, id: i64, form: EditForm) -> Answer {
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

/// The safeguarding lead's view: every urgent item and concern without a
/// lead's note, urgent first.
#[get("/staff/safeguarding")]
async fn safeguarding(staff: Staffer<'_>) -> Result<Markup, AppError> {
    staff.require(Permission::Safeguarding)?;
    let identity = clone_identity(&staff);
    let (urgent, concern) = staff
        .services
        .run(move |conn| {
            Ok((
                moderation::safeguarding_list(conn, &identity, SafeguardingLevel::Urgent)?,
                moderation::safeguarding_list(conn, &identity, SafeguardingLevel::Concern)?,
            ))
        })
        .await?;
    Ok(crate::web::views::admin::safeguarding(
        &staff.ctx,
        &staff.services.policy,
        &urgent,
        &concern,
    ))
}

#[get("/staff/guidelines")]
async fn guidelines(staff: Staffer<'_>) -> Markup {
    view::guidelines(&staff.ctx, &staff.services.policy)
}
