//! The signed-in staff member behind a staff page, with the page context in
//! their chosen language, and the body of a staff form.
//!
//! Staff forms are read like survivor forms (leniently, every field kept) so a
//! failed check — a stale claim, a missing CSRF token, a message too long — can
//! show the form again with what the person typed.
//! Nothing here logs a form or what it holds.

use rocket::data::{self, Data, FromData, ToByteUnit};
use rocket::http::Status;
use rocket::request::{FromRequest, Outcome, Request};

use crate::crypto::OrgSecretKey;
use crate::domain::{FormFields, Permission};
use crate::error::{AppError, AppResult};

use super::context::{Audience, PageContext};
use super::session::StaffSession;
use super::Services;

/// The largest staff form body read: 64 KiB, the cap every form before sign-in
/// has too. Only the item form takes more ([`EDIT_FORM_LIMIT_KIB`]).
pub const STAFF_FORM_LIMIT_KIB: u64 = 64;

/// The largest body of the item form (`/staff/items/<id>`), the one form that
/// carries an edited version of a story: up to what a survivor's form may send
/// (256 KiB, a 20,000-character story percent-encoded) plus a 2,000-character
/// message percent-encoded (24 KiB) and the other fields.
pub const EDIT_FORM_LIMIT_KIB: u64 = 320;

/// The item form, with room for an edited version (see [`EDIT_FORM_LIMIT_KIB`]).
pub type EditForm = StaffForm<EDIT_FORM_LIMIT_KIB>;

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

    /// The CSRF check every staff POST makes first; a body cut at the form's
    /// size limit is refused with a clear error rather than read in part.
    pub fn verify_csrf<const KIB: u64>(&self, form: &StaffForm<KIB>) -> AppResult<()> {
        self.session.verify_csrf(form.fields.text("csrf"))?;
        if form.truncated {
            return Err(AppError::InvalidInput("form_too_long"));
        }
        Ok(())
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

/// A staff form's fields, read leniently, from at most `KIB` kibibytes of body.
pub struct StaffForm<const KIB: u64 = STAFF_FORM_LIMIT_KIB> {
    pub fields: FormFields,
    /// The body was longer than the limit and was cut.
    pub truncated: bool,
}

#[rocket::async_trait]
impl<'r, const KIB: u64> FromData<'r> for StaffForm<KIB> {
    type Error = std::io::Error;

    async fn from_data(_req: &'r Request<'_>, data: Data<'r>) -> data::Outcome<'r, Self> {
        match data.open(KIB.kibibytes()).into_bytes().await {
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
