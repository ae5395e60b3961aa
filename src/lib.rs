//! Voices: an anonymous, survivor-led voice and feedback platform.
//!
//! [`build`] assembles the whole server from a [`Config`]; nothing else is global.
//! See DESIGN.md for the architecture: `web` → `app` → (`domain`, `storage`,
//! `crypto`), with `domain` free of I/O and `crypto` the only user of the cryptography library.

pub mod app;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod demo;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod outbound;
pub mod policy;
pub mod storage;
pub mod web;

pub use config::Config;
pub use web::{build, try_build, StartError};
