//! The one-time first-admin setup link. A wrong, used or expired token is a plain
//! 404, with nothing that says a setup link ever existed.

use maud::Markup;
use rocket::form::{Contextual, Form, FromForm};
use rocket::http::Status;
use rocket::{get, post, routes, Route, State};

use crate::app;
use crate::crypto::{Passphrase, SetupToken};
use crate::domain::PassphraseStrength;
use crate::error::AppError;
use crate::web::catchers::message_key;
use crate::web::client::ClientAddress;
use crate::web::context::StaffPage;
use crate::web::csrf::PreSessionCsrf;
use crate::web::ratelimit::{Bucket, RateLimits};
use crate::web::views::staff::{self as view, FormState};
use crate::web::Services;

use super::{unparsed_form_errors, unparsed_form_status, FormResponse};

pub fn routes() -> Vec<Route> {
    routes![setup_form, setup_submit]
}

async fn token_is_valid(services: &Services, token: &str) -> Result<bool, AppError> {
    let token = SetupToken::from_text(token);
    services
        .run(move |conn| app::setup::token_is_valid(conn, &token))
        .await
}

#[get("/setup/<token>")]
async fn setup_form(
    token: &str,
    page: StaffPage<'_>,
    csrf: PreSessionCsrf,
    client: ClientAddress,
    limits: &State<RateLimits>,
    services: &State<Services>,
) -> Result<Markup, AppError> {
    limits.check(Bucket::Setup, &client.0)?;
    if !token_is_valid(services, token).await? {
        return Err(AppError::NotFound);
    }
    let action = format!("/setup/{token}");
    Ok(view::setup(
        &page.0,
        &action,
        csrf.token(),
        &FormState::default(),
    ))
}

#[derive(FromForm)]
pub struct SetupForm<'r> {
    csrf: &'r str,
    name: &'r str,
    passphrase: &'r str,
    confirm: &'r str,
}

#[allow(clippy::too_many_arguments)]
#[post("/setup/<token>", data = "<form>")]
async fn setup_submit(
    token: &str,
    page: StaffPage<'_>,
    csrf: PreSessionCsrf,
    client: ClientAddress,
    limits: &State<RateLimits>,
    services: &State<Services>,
    form: Form<Contextual<'_, SetupForm<'_>>>,
) -> FormResponse {
    if let Err(limited) = limits.check(Bucket::Setup, &client.0) {
        return limited.into();
    }
    match token_is_valid(services, token).await {
        Ok(true) => {}
        Ok(false) => return AppError::NotFound.into(),
        Err(err) => return err.into(),
    }
    let ctx = page.0;
    let action = format!("/setup/{token}");
    let typed_name = form
        .context
        .field_value("name")
        .unwrap_or_default()
        .to_owned();
    let again = |status: Status, errors: Vec<(String, String)>| {
        let state = FormState {
            name: typed_name.clone(),
            errors,
        };
        FormResponse::Page((status, view::setup(&ctx, &action, csrf.token(), &state)))
    };
    let Some(input) = &form.value else {
        let errors = unparsed_form_errors(&ctx, &form.context, &["name", "passphrase", "confirm"]);
        return again(
            unparsed_form_status(&form.context, &["name", "passphrase", "confirm"]),
            errors,
        );
    };
    if !csrf.verify(input.csrf) {
        return again(
            Status::Forbidden,
            vec![("name".into(), ctx.t(&message_key("csrf_mismatch")))],
        );
    }
    let mut errors = Vec::new();
    if let Err(err) = crate::domain::StaffName::parse(input.name) {
        errors.push((
            "name".into(),
            ctx.t(&message_key(AppError::InvalidName(err).key())),
        ));
    }
    if !PassphraseStrength::of(input.passphrase).is_accepted() {
        errors.push(("passphrase".into(), ctx.t(&message_key("weak_passphrase"))));
    } else if crate::domain::is_common_passphrase(input.passphrase) {
        errors.push((
            "passphrase".into(),
            ctx.t(&message_key("common_passphrase")),
        ));
    } else if input.passphrase.chars().count() > PassphraseStrength::MAX_CHARS {
        errors.push((
            "passphrase".into(),
            ctx.t(&message_key("passphrase_too_long")),
        ));
    }
    if input.passphrase != input.confirm {
        errors.push(("confirm".into(), ctx.t(&message_key("passphrase_mismatch"))));
    }
    if !errors.is_empty() {
        return again(Status::UnprocessableEntity, errors);
    }
    let token = SetupToken::from_text(token);
    let name = input.name.to_owned();
    let passphrase = Passphrase::new(input.passphrase);
    let data_dir = services.data_dir.clone();
    let kdf = services.kdf;
    let result = services
        .run_with_kdf(move |conn| {
            app::setup::claim(conn, &data_dir, &token, &name, &passphrase, kdf)
        })
        .await;
    match result {
        Ok(()) => FormResponse::Page((Status::Ok, view::setup_done(&ctx))),
        Err(AppError::NameTaken) => again(
            Status::Conflict,
            vec![("name".into(), ctx.t(&message_key("name_taken")))],
        ),
        Err(err) => err.into(),
    }
}
