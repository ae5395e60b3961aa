//! Views: functions that return `maud::Markup`. Every page goes through
//! [`layout::page`], which sets `<html lang dir>`, a neutral title, and, on survivor
//! pages, the quick-exit link and the language switcher.

pub mod errors;
pub mod layout;
pub mod staff;
pub mod survivor;
