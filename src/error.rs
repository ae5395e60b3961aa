//! The one error type. Each variant is named for what happened to the person, maps
//! to one HTTP status, and has a stable snake_case key that the interface translates
//! (`error-<key>` in the Fluent files). Internal details never reach a page.

use crate::crypto::CryptoError;
use crate::domain::StaffNameError;
use crate::storage::StorageError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("too many attempts; try again in {retry_after_secs} seconds")]
    RateLimited { retry_after_secs: u64 },
    #[error("that name and passphrase do not match an account")]
    SignInFailed,
    #[error("please sign in")]
    NotSignedIn,
    #[error("your role cannot do this")]
    Forbidden,
    #[error("this form has expired; please try again")]
    CsrfMismatch,
    #[error("someone already has that name")]
    NameTaken,
    #[error("{0}")]
    InvalidName(#[from] StaffNameError),
    #[error("the passphrase needs at least 12 characters; a few unrelated words work well")]
    WeakPassphrase,
    #[error("that passphrase is one of the most common ones; choose a few unrelated words")]
    CommonPassphrase,
    #[error("the two passphrases are not the same")]
    PassphraseMismatch,
    #[error("the passphrase is too long: use up to 1024 characters")]
    PassphraseTooLong,
    #[error("the admin name or passphrase is wrong")]
    WrongAdminCredentials,
    #[error("the first account must be an admin")]
    FirstStaffMustBeAdmin,
    #[error("no setup is waiting: an admin exists, or this node does not hold the setup token")]
    NoSetupPending,
    #[error("this is the last admin; add another admin before disabling this one")]
    LastAdmin,
    #[error("no staff member has that name")]
    UnknownStaff,
    #[error("no submission matches that receipt code")]
    ReceiptNotFound,
    #[error("that is not a receipt code")]
    ReceiptInvalid,
    #[error("these words are published; consent can no longer change")]
    ConsentLocked,
    #[error("{0}")]
    Moderation(#[from] crate::domain::moderation::Refusal),
    #[error("someone changed this item just now")]
    ItemChanged,
    #[error("the team changed the edited version after it was shown")]
    EditChanged,
    #[error("the daily limit of items to read is reached")]
    DailyCapReached,
    #[error("this form has a problem: {0}")]
    InvalidInput(&'static str),
    #[error("this page has expired")]
    ViewExpired,
    #[error("the organisation key could not be opened")]
    KeyUnavailable(CryptoError),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<diesel::result::Error> for AppError {
    fn from(err: diesel::result::Error) -> Self {
        AppError::Storage(StorageError::Query(err))
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(err: diesel::r2d2::PoolError) -> Self {
        AppError::Storage(StorageError::Pool(err))
    }
}

impl AppError {
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound | AppError::UnknownStaff | AppError::ReceiptNotFound => 404,
            AppError::RateLimited { .. } => 429,
            AppError::SignInFailed | AppError::NotSignedIn => 401,
            AppError::Forbidden | AppError::CsrfMismatch | AppError::WrongAdminCredentials => 403,
            AppError::NameTaken
            | AppError::NoSetupPending
            | AppError::LastAdmin
            | AppError::ConsentLocked => 409,
            AppError::InvalidName(_)
            | AppError::WeakPassphrase
            | AppError::CommonPassphrase
            | AppError::PassphraseMismatch
            | AppError::PassphraseTooLong
            | AppError::FirstStaffMustBeAdmin
            | AppError::ReceiptInvalid => 422,
            AppError::Moderation(crate::domain::moderation::Refusal::RoleCannot) => 403,
            AppError::Moderation(_)
            | AppError::ItemChanged
            | AppError::EditChanged
            | AppError::DailyCapReached => 409,
            AppError::InvalidInput(_) => 422,
            AppError::ViewExpired => 410,
            AppError::Storage(_) => 503,
            AppError::KeyUnavailable(_) | AppError::Internal(_) => 500,
        }
    }

    /// The stable key the interface translates.
    pub fn key(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::RateLimited { .. } => "rate_limited",
            AppError::SignInFailed => "sign_in_failed",
            AppError::NotSignedIn => "not_signed_in",
            AppError::Forbidden => "forbidden",
            AppError::CsrfMismatch => "csrf_mismatch",
            AppError::NameTaken => "name_taken",
            AppError::InvalidName(StaffNameError::Empty) => "name_empty",
            AppError::InvalidName(StaffNameError::TooLong) => "name_too_long",
            AppError::InvalidName(StaffNameError::ControlCharacter) => "name_invalid",
            AppError::WeakPassphrase => "weak_passphrase",
            AppError::CommonPassphrase => "common_passphrase",
            AppError::PassphraseMismatch => "passphrase_mismatch",
            AppError::PassphraseTooLong => "passphrase_too_long",
            AppError::WrongAdminCredentials => "wrong_admin_credentials",
            AppError::FirstStaffMustBeAdmin => "first_staff_must_be_admin",
            AppError::NoSetupPending => "no_setup_pending",
            AppError::LastAdmin => "last_admin",
            AppError::UnknownStaff => "unknown_staff",
            AppError::ReceiptNotFound => "receipt_not_found",
            AppError::ReceiptInvalid => "receipt_invalid",
            AppError::ConsentLocked => "consent_locked",
            AppError::Moderation(refusal) => refusal.key(),
            AppError::ItemChanged => "item_changed",
            AppError::EditChanged => "edit_changed",
            AppError::DailyCapReached => "daily_cap_reached",
            AppError::InvalidInput(key) => key,
            AppError::ViewExpired => "view_expired",
            AppError::Storage(_) => "storage_unavailable",
            AppError::KeyUnavailable(_) | AppError::Internal(_) => "internal",
        }
    }

    /// Whether the cause is on our side and should be logged (without content).
    pub fn is_internal(&self) -> bool {
        self.status() >= 500
    }
}

pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_snake_case_and_statuses_are_not_500_for_people_errors() {
        let errors = [
            AppError::NotFound,
            AppError::RateLimited {
                retry_after_secs: 3,
            },
            AppError::SignInFailed,
            AppError::CsrfMismatch,
            AppError::NameTaken,
            AppError::InvalidName(StaffNameError::Empty),
            AppError::WeakPassphrase,
            AppError::LastAdmin,
        ];
        for err in &errors {
            assert!(
                err.key()
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_'),
                "{}",
                err.key()
            );
            assert!(err.status() < 500, "{}", err.key());
        }
        assert_eq!(AppError::Internal("x".into()).status(), 500);
    }
}
