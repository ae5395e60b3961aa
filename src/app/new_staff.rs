//! What every way of making a staff member shares (the first admin's claim, an
//! admin adding someone, an accepted invitation): the rule for a new passphrase,
//! the key wrap for a role, and the stored row. It never decides who may add
//! someone; its callers do.

use crate::crypto::{generate_org_keypair, KdfCost, OrgSecretKey, Passphrase};
use crate::domain::{Language, PassphraseStrength, Roles, StaffName};
use crate::error::{AppError, AppResult};
use crate::storage::staff::{self as store, NewStaff};
use crate::storage::{self, DbConnection};

use super::today;

/// A list of languages as stored.
pub fn join_languages(languages: &[Language]) -> String {
    languages
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(",")
}

pub(crate) fn insert_staff(
    conn: &mut DbConnection,
    name: &StaffName,
    roles: Roles,
    languages: &[Language],
    wrap: &[u8],
) -> AppResult<()> {
    let created_on = today().to_string();
    let role = roles.to_string();
    let languages = join_languages(languages);
    let result = store::insert(
        conn,
        &NewStaff {
            name: name.as_str(),
            role: &role,
            key_wrap: Some(wrap),
            disabled: false,
            created_on: &created_on,
            languages: &languages,
        },
    );
    match result {
        Err(e) if storage::is_unique_violation(&e) => Err(AppError::NameTaken),
        other => Ok(other?),
    }
}

/// The rule for a new passphrase: long enough, not one of the most common, and not
/// absurdly long.
pub fn check_new_passphrase(passphrase: &Passphrase) -> AppResult<()> {
    if passphrase.expose().chars().count() > PassphraseStrength::MAX_CHARS {
        return Err(AppError::PassphraseTooLong);
    }
    if !PassphraseStrength::of(passphrase.expose()).is_accepted() {
        return Err(AppError::WeakPassphrase);
    }
    if crate::domain::is_common_passphrase(passphrase.expose()) {
        return Err(AppError::CommonPassphrase);
    }
    Ok(())
}

/// Roles that hold the organisation key get it wrapped under their passphrase.
/// The others get a throwaway key wrapped the same way, which proves the
/// passphrase at sign-in and opens nothing.
pub(crate) fn wrap_for_role(
    secret: &OrgSecretKey,
    roles: Roles,
    passphrase: &Passphrase,
    kdf: KdfCost,
) -> AppResult<Vec<u8>> {
    let result = if roles.holds_organisation_key() {
        secret.wrap_with_passphrase(passphrase, kdf)
    } else {
        generate_org_keypair()
            .1
            .wrap_with_passphrase(passphrase, kdf)
    };
    result.map_err(AppError::KeyUnavailable)
}
