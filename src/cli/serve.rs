//! `voices serve` (and `voices` alone): start the server, and on a stop let
//! requests in flight finish and the writer commit what is queued. What the
//! server does is `web`; this only starts it and stops it cleanly.

use clap::Args;

use super::{load_config, CliError, DataDir};

#[derive(Args, Default)]
pub(super) struct ServeArgs {
    #[arg(long, value_name = "P")]
    port: Option<u16>,
    #[arg(long, value_name = "A")]
    address: Option<std::net::IpAddr>,
    #[command(flatten)]
    data: DataDir,
}

pub(super) fn run_serve(args: ServeArgs) -> Result<(), CliError> {
    let config = load_config(&args.data, args.port, args.address)?;
    let rocket = crate::web::try_build(config)?;
    // On SIGTERM or Ctrl-C Rocket stops accepting connections and lets
    // requests in flight finish; then the writer commits what is queued
    // and stops, so the process exits 0 with every acknowledged
    // submission on disk.
    let result = rocket::execute(rocket.launch());
    let services = match &result {
        Ok(stopped) => stopped.state::<crate::web::Services>(),
        Err(error) => match error.kind() {
            // Rocket's server loop can end while a request it was still
            // answering holds a handle on it, and then reports a failed
            // shutdown. That request was not acknowledged (a receipt is
            // sent only after its commit), so the stop goes on as usual.
            rocket::error::ErrorKind::Shutdown(orbit, _) => {
                tracing::warn!("a request was still being answered at the stop");
                orbit.state::<crate::web::Services>()
            }
            _ => return Err(CliError::Server(error.to_string())),
        },
    };
    if let Some(services) = services {
        services.writer.close();
    }
    tracing::info!("Voices has stopped");
    Ok(())
}
