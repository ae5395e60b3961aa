//! A submitted form from pairs, shared by the share module's tests.
//! Test data only; it is never built into the server.

use crate::domain::fields::FormFields;

pub(super) fn fields(pairs: &[(&str, &str)]) -> FormFields {
    FormFields::from_pairs(pairs)
}
