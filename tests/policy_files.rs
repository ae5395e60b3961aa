//! The moderation policy as data: a broken file stops Voices with its name and
//! line; a binary run where there is no `moderation/` directory uses the copy
//! built into it and says so; a configured directory that is missing is an error,
//! never a silent fallback.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("moderation")
}

/// A copy of the shipped policy in a temporary directory.
fn copy_policy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(shipped()).unwrap().flatten() {
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    dir
}

#[test]
fn a_decline_reason_without_a_message_in_one_language_stops_start_up() {
    let dir = copy_policy();
    let policy = std::fs::read_to_string(dir.path().join("policy.toml")).unwrap();
    // Drop the Pashto message of the first decline reason.
    let start = policy.find("[decline_reason.message]").unwrap();
    let ps = start + policy[start..].find("\nps = ").unwrap() + 1;
    let end = ps + policy[ps..].find('\n').unwrap() + 1;
    let broken = format!("{}{}", &policy[..ps], &policy[end..]);
    std::fs::write(dir.path().join("policy.toml"), broken).unwrap();
    let env = common::TestEnv::with(|c| c.moderation_dir = dir.path().to_owned());
    let Err(err) = voices::try_build(env.config.clone()) else {
        panic!("a decline reason without its Pashto message was accepted")
    };
    let err = err.to_string();
    assert!(
        err.contains("policy.toml") && err.contains("`ps`") && err.contains("line "),
        "{err}"
    );
}

#[test]
fn unknown_keys_missing_tokens_and_wrong_levels_are_refused_by_name() {
    let policy = std::fs::read_to_string(shipped().join("policy.toml")).unwrap();
    let cases = [
        (
            policy.replacen("[[checklist]]\n", "[[checklist]]\ncolour = \"red\"\n", 1),
            "colour",
        ),
        (
            policy.replacen("key = \"social_media\"", "key = \"socials\"", 1),
            "social_media",
        ),
        (policy.replacen("rank = 2", "rank = 5", 1), "urgent"),
        (
            policy.replacen(
                "suggested_kinds = [\"phone\"]",
                "suggested_kinds = [\"fax\"]",
                1,
            ),
            "fax",
        ),
    ];
    for (source, named) in cases {
        let err = match voices::policy::Policy::parse_rules(&source) {
            Ok(_) => panic!("accepted a policy that should name {named}"),
            Err(err) => err,
        };
        assert!(err.contains(named), "{named}: {err}");
    }
    assert!(voices::policy::Policy::parse_rules(&policy).is_ok());
}

fn spawn_voices(
    cwd: &Path,
    data: &Path,
    extra: &[(&str, &str)],
) -> (std::process::Child, u16, PathBuf) {
    let port = common::free_port();
    let out = cwd.join("stdout.txt");
    let mut command = Command::new(env!("CARGO_BIN_EXE_voices"));
    command
        .env_clear()
        .current_dir(cwd)
        .env("VOICES_CONFIG", cwd.join("absent.toml"))
        .env("VOICES_LOG", "warn")
        .args([
            "serve",
            "--port",
            &port.to_string(),
            "--data-dir",
            data.to_str().unwrap(),
        ])
        .stdout(Stdio::from(std::fs::File::create(&out).unwrap()))
        .stderr(Stdio::from(
            std::fs::File::create(cwd.join("stderr.txt")).unwrap(),
        ));
    for (k, v) in extra {
        command.env(k, v);
    }
    (command.spawn().unwrap(), port, out)
}

#[test]
fn a_binary_run_outside_the_checkout_uses_its_built_in_policy_and_says_so() {
    let cwd = tempfile::tempdir().unwrap();
    let data = cwd.path().join("data");
    let (mut child, port, out) = spawn_voices(cwd.path(), &data, &[]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while common::http(port, "GET", "/healthz", "").map(|(s, _)| s) != Some(200) {
        assert!(std::time::Instant::now() < deadline, "voices did not start");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // The policy works: the story form lists the themes.
    let (status, page) = common::http(port, "GET", "/en/story", "").unwrap();
    assert_eq!(status, 200);
    assert!(page.contains("theme-not_believed"));
    let _ = child.kill();
    let _ = child.wait();
    let printed = std::fs::read_to_string(out).unwrap();
    assert!(
        printed.contains("using the moderation policy built into this binary"),
        "{printed}"
    );
}

#[test]
fn a_configured_policy_directory_that_is_missing_is_an_error() {
    let cwd = tempfile::tempdir().unwrap();
    let data = cwd.path().join("data");
    let missing = cwd.path().join("no-such-policy");
    let (mut child, _, _) = spawn_voices(
        cwd.path(),
        &data,
        &[("VOICES_MODERATION_DIR", missing.to_str().unwrap())],
    );
    let status = child.wait().unwrap();
    assert!(!status.success(), "started without its policy");
    let err = std::fs::read_to_string(cwd.path().join("stderr.txt")).unwrap();
    assert!(
        err.contains("no-such-policy") && err.contains("themes.toml"),
        "{err}"
    );
}
