//! `voices demo`: fill a new data directory with synthetic material and print
//! the staff accounts to try it with. Never for real use; the material itself
//! is made by `crate::demo`.

use super::{load_config, CliError, DataDir};

pub(super) fn run_demo(data: DataDir) -> Result<(), CliError> {
    let config = load_config(&data, None, None)?;
    println!(
        "Filling {} with synthetic material (a few minutes)...",
        config.data_dir.display()
    );
    let report = crate::demo::run(config.clone(), std::io::stdout())?;
    println!(
        "Done: {} items shared, {} stories published, {} digests released.",
        report.shared, report.published, report.digests
    );
    println!("Staff accounts (name / role / passphrase):");
    for (name, role, passphrase) in &report.staff {
        println!("    {name} / {role} / {passphrase}");
    }
    let dir = config.data_dir.display();
    println!("Start Voices with `voices serve --data-dir {dir}` and open:");
    let base = config.public_base();
    println!("    {base}/en/  {base}/staff/login  {base}/en/stories  {base}/en/digests");
    Ok(())
}
