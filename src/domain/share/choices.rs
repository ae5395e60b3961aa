//! The fixed choices a form offers about the person (region, age band, who
//! helped), each with the stable key used in forms, storage and message ids, and
//! the answer every feedback question offers. Coarse on purpose: never a town,
//! a postcode or a date of birth.

use serde::{Deserialize, Serialize};

macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $key)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable key used in forms, storage and message ids.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn parse(value: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.key() == value)
            }
        }
    };
}

choice_enum!(
    /// Coarse regions only: never a town or a postcode.
    Region {
        NorthEast => "north_east",
        NorthWest => "north_west",
        Yorkshire => "yorkshire",
        EastMidlands => "east_midlands",
        WestMidlands => "west_midlands",
        EastOfEngland => "east_of_england",
        London => "london",
        SouthEast => "south_east",
        SouthWest => "south_west",
        Scotland => "scotland",
        Wales => "wales",
        NorthernIreland => "northern_ireland",
        PreferNotToSay => "prefer_not_to_say",
    }
);

choice_enum!(
    /// Age bands only, never a date of birth. "26 or older" is there because
    /// people look back on what happened when they were children.
    AgeBand {
        Under16 => "under_16",
        From16To17 => "16_17",
        From18To21 => "18_21",
        From22To25 => "22_25",
        From26 => "26_plus",
        PreferNotToSay => "prefer_not_to_say",
    }
);

choice_enum!(
    /// Did someone help fill the form in? It helps a moderator read the words
    /// in context.
    Helped {
        No => "no",
        Worker => "worker",
        SomeoneClose => "someone_close",
        PreferNotToSay => "prefer_not_to_say",
    }
);

/// The answer every feedback question offers besides its scale.
pub const PREFER_NOT_TO_SAY: &str = "prefer_not_to_say";
