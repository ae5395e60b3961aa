//! Files and directories private to their owner: the umask, the data
//! directory's mode, and writing a file no one else can read. Only the file
//! system; what goes into those files is decided elsewhere.

use std::fs;
use std::io::Write;
use std::path::Path;

/// Makes every file and directory this process creates private to its owner
/// (umask 077): SQLite's database, `-wal` and `-shm` files, backups and anything a
/// library writes would otherwise get the usual 0644. Called first thing by the
/// `voices` command.
pub fn restrict_new_files() {
    #[cfg(unix)]
    {
        rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    }
}

/// Warns when the data directory can be read or entered by anyone but its owner
/// (one made before Voices, or by hand). Voices does not change it: the operator
/// may have a reason, but should know.
pub fn warn_if_data_dir_is_open(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = fs::metadata(path) {
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                tracing::warn!(
                    "the data directory {} has mode {:o}: other users on this machine can see into it; run `chmod 700 {}`",
                    path.display(),
                    mode,
                    path.display()
                );
            }
        }
    }
}

/// Creates the data directory readable only by its owner (the database files
/// inside are encrypted where it matters, but their metadata is nobody's business).
pub fn create_private_dir(path: &Path) -> std::io::Result<()> {
    if path.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path)
}

/// Writes a file readable only by its owner, creating it exclusively.
pub fn write_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents)?;
    file.sync_all()
}
