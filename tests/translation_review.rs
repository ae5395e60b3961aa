//! Translation review from the command line: the status file.

use std::process::{Command, Output};

fn voices(dir: &std::path::Path, args: &[&str], vars: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_voices"));
    command
        .env_clear()
        .current_dir(dir)
        .env("VOICES_CONFIG", dir.join("absent.toml"))
        .env("VOICES_LOG", "warn")
        .args(args);
    for (k, v) in vars {
        command.env(k, v);
    }
    command.output().expect("run voices")
}

#[test]
fn status_md_is_generated_from_status_toml() {
    let dir = tempfile::tempdir().unwrap();
    let out = voices(dir.path(), &["translations", "status"], &[]);
    assert!(out.status.success());
    let generated = String::from_utf8(out.stdout).unwrap();
    let committed = std::fs::read_to_string("locales/STATUS.md").unwrap();
    assert!(
        generated == committed,
        "locales/STATUS.md is out of date with locales/status.toml or STATUS.head.md: \
         run `cargo run -- translations status > locales/STATUS.md`"
    );
}
