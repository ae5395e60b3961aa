//! The invitation link an invited person opens: their name, a passphrase
//! chosen twice, rate-limited per client like setup. It never signs anyone in.

use maud::Markup;
use rocket::http::Status;
use rocket::{get, post, State};

use crate::app::invitations;
use crate::crypto::{Passphrase, SetupToken};
use crate::error::AppError;
use crate::web::catchers::message_key;
use crate::web::client::ClientAddress;
use crate::web::context::StaffPage;
use crate::web::csrf::PreSessionCsrf;
use crate::web::ratelimit::{Bucket, RateLimits};
use crate::web::staffer::StaffForm;
use crate::web::views::admin::{self as view, AcceptForm};
use crate::web::Services;

#[get("/staff/invite/<token>")]
pub(super) async fn invitation_form(
    token: &str,
    page: StaffPage<'_>,
    csrf: PreSessionCsrf,
    client: ClientAddress,
    limits: &State<RateLimits>,
    services: &State<Services>,
) -> Result<Markup, AppError> {
    limits.check(Bucket::Setup, &client.0)?;
    let lookup = SetupToken::from_text(token);
    let row = services
        .run(move |conn| invitations::find(conn, &lookup))
        .await?;
    Ok(view::invitation(
        &page.0,
        &format!("/staff/invite/{token}"),
        csrf.token(),
        &row.name,
        &AcceptForm::default(),
    ))
}

#[allow(clippy::too_many_arguments)]
#[post("/staff/invite/<token>", data = "<form>")]
pub(super) async fn invitation_accept(
    token: &str,
    page: StaffPage<'_>,
    csrf: PreSessionCsrf,
    client: ClientAddress,
    limits: &State<RateLimits>,
    services: &State<Services>,
    form: StaffForm,
) -> Result<(Status, Markup), AppError> {
    limits.check(Bucket::Setup, &client.0)?;
    let lookup = SetupToken::from_text(token);
    let row = services
        .run(move |conn| invitations::find(conn, &lookup))
        .await?;
    let again = |status: Status, errors: Vec<(String, String)>| {
        (
            status,
            view::invitation(
                &page.0,
                &format!("/staff/invite/{token}"),
                csrf.token(),
                &row.name,
                &AcceptForm { errors },
            ),
        )
    };
    if !csrf.verify(form.fields.text("csrf")) {
        return Ok(again(
            Status::Forbidden,
            vec![("passphrase".into(), page.0.t(&message_key("csrf_mismatch")))],
        ));
    }
    if form.truncated {
        return Ok(again(
            Status::PayloadTooLarge,
            vec![("passphrase".into(), page.0.t(&message_key("form_too_long")))],
        ));
    }
    let passphrase = form.fields.text("passphrase");
    if passphrase != form.fields.text("confirm") {
        return Ok(again(
            Status::UnprocessableEntity,
            vec![(
                "confirm".into(),
                page.0.t(&message_key("passphrase_mismatch")),
            )],
        ));
    }
    let passphrase = Passphrase::new(passphrase);
    let token = SetupToken::from_text(token);
    let kdf = services.kdf;
    let audit = services.audit.clone();
    match services
        .run_with_kdf(move |conn| invitations::accept(conn, &token, &passphrase, kdf, &audit))
        .await
    {
        Ok(_) => Ok((Status::Ok, view::invitation_done(&page.0))),
        Err(
            err @ (AppError::WeakPassphrase
            | AppError::PassphraseTooLong
            | AppError::NameTaken
            | AppError::InvalidName(_)),
        ) => Ok(again(
            Status::new(err.status()),
            vec![("passphrase".into(), page.0.t(&message_key(err.key())))],
        )),
        Err(err) => Err(err),
    }
}
