//! Views: functions that return `maud::Markup`. Every page goes through
//! [`layout::page`], which sets `<html lang dir>`, the title (neutral on survivor
//! pages, naming the page on staff pages), and, on survivor pages, the quick-exit
//! link and the language switcher. No view queries the database.

pub mod admin;
pub mod alerts;
pub mod dates;
pub mod digests;
pub mod errors;
pub mod layout;
pub mod moderation;
pub mod pagination;
pub mod staff;
pub mod stories;
pub mod survivor;
