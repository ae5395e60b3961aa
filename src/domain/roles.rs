//! Staff roles and what each may do: one table, [`PERMISSIONS`], read by every
//! check in the staff area, so a page never offers what its reader cannot do.
//!
//! A person holds one or more roles (a small organisation's admin may also
//! moderate); what they may do is the union of what their roles permit.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Admin,
    Moderator,
    SafeguardingLead,
    Practitioner,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Admin,
        Role::Moderator,
        Role::SafeguardingLead,
        Role::Practitioner,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Moderator => "moderator",
            Role::SafeguardingLead => "safeguarding_lead",
            Role::Practitioner => "practitioner",
        }
    }

    /// Whether this role is given the organisation key. Practitioners never see a
    /// raw submission, so they never hold the key that opens one.
    pub fn holds_organisation_key(self) -> bool {
        !matches!(self, Role::Practitioner)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role `{0}`: use admin, moderator, safeguarding_lead or practitioner (several joined with commas)")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

/// Something a staff page or command does on someone's behalf.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    /// Invite, disable and re-key staff; set their languages.
    ManageStaff,
    /// Rotate the organisation key (command line).
    ManageKeys,
    /// Change settings shared by every node (wellbeing limits, two-person rule).
    ManageSettings,
    /// Read the audit log.
    ReadAudit,
    /// See the review queue (never any text).
    ReadQueue,
    /// Claim, read, edit, message, decide on and publish submissions.
    Review,
    /// The urgent view, escalations and recording what was done about them.
    Safeguarding,
    /// Theme digests, never a submission.
    ReadDigests,
    /// Attach the organisation's response to a theme in a released digest.
    RespondToDigests,
}

/// What each role permits. The only place this is decided.
pub const PERMISSIONS: &[(Role, &[Permission])] = &[
    (
        Role::Admin,
        &[
            Permission::ManageStaff,
            Permission::ManageKeys,
            Permission::ManageSettings,
            Permission::ReadAudit,
            Permission::ReadDigests,
            Permission::RespondToDigests,
        ],
    ),
    (
        Role::Moderator,
        &[
            Permission::ReadQueue,
            Permission::Review,
            Permission::ReadDigests,
        ],
    ),
    (
        Role::SafeguardingLead,
        &[
            Permission::ReadQueue,
            Permission::Review,
            Permission::Safeguarding,
            Permission::ReadDigests,
        ],
    ),
    (Role::Practitioner, &[Permission::ReadDigests]),
];

impl Role {
    pub fn permits(self, permission: Permission) -> bool {
        PERMISSIONS
            .iter()
            .find(|(role, _)| *role == self)
            .is_some_and(|(_, allowed)| allowed.contains(&permission))
    }
}

/// The roles one person holds: at least one. Stored as their names joined with
/// commas, in a fixed order (`admin,moderator`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Roles(u8);

impl Roles {
    pub fn one(role: Role) -> Self {
        Roles(role.bit())
    }

    pub fn of(roles: &[Role]) -> Option<Self> {
        let bits = roles.iter().fold(0, |bits, r| bits | r.bit());
        (bits != 0).then_some(Roles(bits))
    }

    pub fn contains(self, role: Role) -> bool {
        self.0 & role.bit() != 0
    }

    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |r| self.contains(*r))
    }

    pub fn can(self, permission: Permission) -> bool {
        self.iter().any(|r| r.permits(permission))
    }

    /// Whether any of these roles is given the organisation key.
    pub fn holds_organisation_key(self) -> bool {
        self.iter().any(Role::holds_organisation_key)
    }
}

impl From<Role> for Roles {
    fn from(role: Role) -> Self {
        Roles::one(role)
    }
}

impl fmt::Display for Roles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.iter().map(Role::as_str).collect();
        f.write_str(&names.join(","))
    }
}

impl fmt::Debug for Roles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Roles({self})")
    }
}

impl FromStr for Roles {
    type Err = UnknownRole;

    /// Role names joined with commas; spaces around them are ignored.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let roles = s
            .split(',')
            .map(|name| name.trim().parse::<Role>())
            .collect::<Result<Vec<_>, _>>()?;
        Roles::of(&roles).ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_parse_from_their_public_names_only() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>().unwrap(), role);
        }
        assert!("Admin".parse::<Role>().is_err());
        assert!("root".parse::<Role>().is_err());
        assert!(!Role::Practitioner.holds_organisation_key());
        assert!(Role::Moderator.holds_organisation_key());
    }

    #[test]
    fn a_person_may_hold_several_roles_stored_in_a_fixed_order() {
        let roles: Roles = "moderator, admin".parse().unwrap();
        assert_eq!(roles.to_string(), "admin,moderator");
        assert_eq!(roles.to_string().parse::<Roles>().unwrap(), roles);
        assert!(roles.contains(Role::Admin) && roles.contains(Role::Moderator));
        assert!("".parse::<Roles>().is_err());
        assert!("admin,,moderator".parse::<Roles>().is_err());
        assert!("admin,boss".parse::<Roles>().is_err());
    }

    #[test]
    fn what_each_role_may_do_is_the_table() {
        let admin = Roles::one(Role::Admin);
        assert!(admin.can(Permission::ManageStaff));
        assert!(!admin.can(Permission::ReadQueue), "an admin has no queue");
        assert!(!admin.can(Permission::Review));
        let both = Roles::of(&[Role::Admin, Role::Moderator]).unwrap();
        assert!(both.can(Permission::Review) && both.can(Permission::ManageStaff));
        let lead = Roles::one(Role::SafeguardingLead);
        assert!(lead.can(Permission::Review) && lead.can(Permission::Safeguarding));
        assert!(!Roles::one(Role::Moderator).can(Permission::Safeguarding));
        let practitioner = Roles::one(Role::Practitioner);
        assert!(practitioner.can(Permission::ReadDigests));
        for p in [
            Permission::ReadQueue,
            Permission::Review,
            Permission::Safeguarding,
            Permission::ManageStaff,
            Permission::ReadAudit,
        ] {
            assert!(!practitioner.can(p), "a practitioner never sees {p:?}");
        }
        assert!(!practitioner.holds_organisation_key());
        // Every role has a row.
        for role in Role::ALL {
            assert!(PERMISSIONS.iter().any(|(r, _)| *r == role), "{role}");
        }
    }
}
