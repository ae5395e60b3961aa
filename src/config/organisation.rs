//! The `[organisation]` section: who runs this site and what it promises
//! survivors. Only the settings and their shape; the pages that show them live
//! in `web`, and nothing here reads or writes a file.

use serde::{Deserialize, Serialize};

/// The organisation that runs this deployment: named on every survivor page and
/// in the privacy notice (`moderation/privacy.toml`). Until `name` and `contact`
/// are set, the staff dashboard says so.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationConfig {
    /// The organisation's name, as survivors would know it.
    pub name: Option<String>,
    /// How to reach it about personal information: an email address, a phone
    /// number or a postal address.
    pub contact: Option<String>,
    /// The data controller's registered name, when it differs from `name`.
    pub controller: Option<String>,
    /// The ICO registration number, if it has one.
    pub ico_registration: Option<String>,
    /// What the organisation promises about the police and immigration
    /// authorities: `not_stated`, `safeguarding_only` or `only_if_the_law_requires`.
    pub police_and_immigration: PoliceAndImmigration,
    /// Weeks within which the team usually answers, as survivors are told.
    pub reply_within_weeks: u32,
    /// The site's onion address (`…56 letters….onion`), when it is also an onion
    /// service: survivor pages reached over the clear web then send an
    /// `Onion-Location` header, so Tor Browser offers the onion address.
    pub onion_address: Option<String>,
}

impl OrganisationConfig {
    /// Whether the details survivors rely on are filled in.
    pub fn is_complete(&self) -> bool {
        let filled = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        filled(&self.name) && filled(&self.contact)
    }
}

/// The organisation's promise about the police and immigration authorities. The
/// default promises nothing: Voices never says more than the organisation keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PoliceAndImmigration {
    /// Survivor pages say plainly that the organisation has not said yet, and
    /// to ask it before writing about immigration status.
    #[default]
    NotStated,
    /// Never immigration; the police or children's services only when someone
    /// is in danger now.
    SafeguardingOnly,
    /// Neither, unless the law requires it.
    OnlyIfTheLawRequires,
}

impl PoliceAndImmigration {
    pub fn as_str(self) -> &'static str {
        match self {
            PoliceAndImmigration::NotStated => "not_stated",
            PoliceAndImmigration::SafeguardingOnly => "safeguarding_only",
            PoliceAndImmigration::OnlyIfTheLawRequires => "only_if_the_law_requires",
        }
    }
}

/// A v3 onion service's host name: 56 base32 characters (lower case, digits
/// 2-7) and `.onion`.
pub fn is_onion_address(host: &str) -> bool {
    host.strip_suffix(".onion").is_some_and(|name| {
        name.len() == 56
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b))
    })
}
