//! Staff accounts and sessions: adding people (which needs an admin's key, because
//! the organisation secret key must be wrapped for them), disabling them, signing
//! in and out.
//! No passphrase is stored, nor any hash of one: the key wrap is the only check.

mod accounts;
mod identity;
mod sessions;

pub use super::new_staff::{check_new_passphrase, join_languages};
pub(crate) use super::new_staff::{insert_staff, wrap_for_role};
pub use accounts::{
    add, admin_exists, disable, disable_by_admin, list, rekey, set_ui_language, update_profile,
    Authority,
};
pub use identity::{parse_languages, StaffIdentity};
pub use sessions::{
    candidate, open_session, purge_idle_sessions, purge_old_sessions, resume, resume_within,
    sign_in, sign_out, verify, DEFAULT_SESSION_MAX_SECS,
};
