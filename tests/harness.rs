//! The test harness keeps its own promises: a test that cannot run here says
//! so in a list that CI prints, and in CI (`CI=true`) it fails instead, unless
//! the reason is one CI cannot meet.

mod common;

use common::{record_skip, Skip};

#[test]
fn a_skip_is_listed_and_in_ci_only_a_postgres_only_test_may_skip() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("skipped");
    // Outside CI, both are listed with their reasons.
    let missing = Skip::Missing("`script` (util-linux)");
    let line = record_skip("needs_a_terminal", missing, false, Some(&log)).unwrap();
    assert_eq!(
        line,
        "needs_a_terminal: missing here: `script` (util-linux)"
    );
    record_skip("about_postgres", Skip::PostgresOnly, false, Some(&log)).unwrap();
    // In CI, a missing tool fails the test, and is not listed as a skip...
    let refused = record_skip("needs_a_terminal", missing, true, Some(&log)).unwrap_err();
    assert!(refused.contains("CI must provide"), "{refused}");
    // ...while a PostgreSQL-only test on the SQLite run is listed: the
    // PostgreSQL run that follows runs it.
    record_skip("about_postgres", Skip::PostgresOnly, true, Some(&log)).unwrap();
    let listed = std::fs::read_to_string(&log).unwrap();
    assert_eq!(
        listed.lines().collect::<Vec<_>>(),
        [
            "needs_a_terminal: missing here: `script` (util-linux)",
            "about_postgres: PostgreSQL only, and this run is on SQLite",
            "about_postgres: PostgreSQL only, and this run is on SQLite",
        ]
    );
}
