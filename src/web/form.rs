//! Survivor forms are read by hand rather than through Rocket's typed forms: the
//! body is decoded leniently (invalid UTF-8 becomes U+FFFD, duplicates are kept,
//! unknown fields ignored) so that whatever arrives, the person gets their words
//! back on the page instead of an error page.
//! Nothing here logs or stores what was sent.

use rocket::data::{self, Data, FromData, ToByteUnit};
use rocket::http::Status;
use rocket::Request;

use crate::domain::FormFields;

/// The largest survivor form body read: 20,000 characters of text, each up to
/// four bytes and percent-encoded (three characters a byte), plus the other fields.
pub const SURVIVOR_FORM_LIMIT_KIB: u64 = 256;

pub struct RawForm {
    pub fields: FormFields,
    /// The body was longer than the limit and was cut.
    pub truncated: bool,
}

#[rocket::async_trait]
impl<'r> FromData<'r> for RawForm {
    type Error = std::io::Error;

    async fn from_data(_req: &'r Request<'_>, data: Data<'r>) -> data::Outcome<'r, Self> {
        match data
            .open(SURVIVOR_FORM_LIMIT_KIB.kibibytes())
            .into_bytes()
            .await
        {
            Ok(capped) => {
                let truncated = !capped.is_complete();
                let pairs = form_urlencoded::parse(&capped.value).into_owned().collect();
                data::Outcome::Success(RawForm {
                    fields: FormFields::new(pairs),
                    truncated,
                })
            }
            Err(e) => data::Outcome::Error((Status::BadRequest, e)),
        }
    }
}
