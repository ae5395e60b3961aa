//! Who acts on an item: the survivor, a staff member with their roles, or Voices
//! itself, and the party each is in the transitions table. A staff member whose
//! roles do not permit reviewing is no party at all.

use super::refusals::Refusal;
use crate::domain::roles::{Permission, Roles};

/// Who acts, as the table sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    Survivor,
    /// A staff member whose roles permit [`Permission::Review`].
    Moderator,
    System,
}

/// Who is acting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Survivor,
    Staff { id: i64, roles: Roles },
    System,
}

use Party as P;

pub(super) fn party_of(actor: Actor) -> Result<Party, Refusal> {
    match actor {
        Actor::Survivor => Ok(P::Survivor),
        Actor::System => Ok(P::System),
        Actor::Staff { roles, .. } if roles.can(Permission::Review) => Ok(P::Moderator),
        Actor::Staff { .. } => Err(Refusal::RoleCannot),
    }
}
