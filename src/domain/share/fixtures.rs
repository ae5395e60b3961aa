//! A submitted form from pairs, shared by the share module's tests.

use crate::domain::fields::FormFields;

pub(super) fn fields(pairs: &[(&str, &str)]) -> FormFields {
    FormFields::from_pairs(pairs)
}
