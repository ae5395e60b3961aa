//! The signed-in staff member behind a staff page, with the page context in
//! their chosen language, and the body of a staff form.
//!
//! Staff forms are read like survivor forms (leniently, every field kept) so a
//! failed check — a stale claim, a missing CSRF token, a message too long — can
//! show the form again with what the person typed.

use rocket::data::{self, Data, FromData, ToByteUnit};
use rocket::http::Status;
use rocket::request::{FromRequest, Outcome, Request};

use crate::crypto::OrgSecretKey;
use crate::domain::{FormFields, Permission};
use crate::error::{AppError, AppResult};

use super::context::{Audience, PageContext};
use super::session::StaffSession;
use super::Services;

/// The largest staff form body read: an edited version of a 20,000-character
/// story, percent-encoded, plus a message and the other fields.
pub const STAFF_FORM_LIMIT_KIB: u64 = 1024;

pub struct Staffer<'r> {
    pub ctx: PageContext<'r>,
    pub session: StaffSession,
    pub services: &'r Services,
}

impl Staffer<'_> {
    pub fn require(&self, permission: Permission) -> AppResult<()> {
        self.session.require(permission)
    }

    pub fn can(&self, permission: Permission) -> bool {
        self.session.identity.can(permission)
    }

    pub fn secret(&self) -> AppResult<OrgSecretKey> {
        self.session.org_secret()
    }

    pub fn id(&self) -> i64 {
        self.session.identity.staff_id
    }

    /// The CSRF check every staff POST makes first.
    pub fn verify_csrf(&self, form: &StaffForm) -> AppResult<()> {
        self.session.verify_csrf(form.fields.text("csrf"))
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Staffer<'r> {
    type Error = AppError;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        let session = match StaffSession::from_request(req).await {
            Outcome::Success(session) => session,
            Outcome::Error(e) => return Outcome::Error(e),
            Outcome::Forward(f) => return Outcome::Forward(f),
        };
        let (Some(mut ctx), Some(services)) = (
            PageContext::from_request(req, Audience::Staff),
            req.rocket().state::<Services>(),
        ) else {
            return Outcome::Error((
                Status::InternalServerError,
                AppError::Internal("no state".into()),
            ));
        };
        if let Some(lang) = session.identity.ui_language {
            ctx.lang = lang;
        }
        let ctx = ctx
            .with_csrf(session.csrf_token())
            .with_staff(session.badge());
        Outcome::Success(Staffer {
            ctx,
            session,
            services,
        })
    }
}

/// A staff form's fields, read leniently.
pub struct StaffForm {
    pub fields: FormFields,
    /// The body was longer than the limit and was cut.
    pub truncated: bool,
}

#[rocket::async_trait]
impl<'r> FromData<'r> for StaffForm {
    type Error = std::io::Error;

    async fn from_data(_req: &'r Request<'_>, data: Data<'r>) -> data::Outcome<'r, Self> {
        match data
            .open(STAFF_FORM_LIMIT_KIB.kibibytes())
            .into_bytes()
            .await
        {
            Ok(capped) => {
                let truncated = !capped.is_complete();
                let pairs = form_urlencoded::parse(&capped.value).into_owned().collect();
                data::Outcome::Success(StaffForm {
                    fields: FormFields::new(pairs),
                    truncated,
                })
            }
            Err(e) => data::Outcome::Error((Status::BadRequest, e)),
        }
    }
}
