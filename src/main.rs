//! The `voices` command. All behaviour lives in the library; this only parses the
//! command line and reports errors.

fn main() -> std::process::ExitCode {
    voices::cli::main()
}
