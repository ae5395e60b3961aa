//! Static files from `static/`, compiled into the binary so the server works from
//! any working directory and serves nothing it was not built with.

use rocket::http::ContentType;
use rocket::{get, routes, Route};

pub fn routes() -> Vec<Route> {
    routes![asset]
}

const ASSETS: [(&str, &str, &str); 2] = [
    (
        "voices.css",
        "css",
        include_str!("../../../static/voices.css"),
    ),
    ("voices.js", "js", include_str!("../../../static/voices.js")),
];

#[get("/static/<file>")]
fn asset(file: &str) -> Option<(ContentType, &'static str)> {
    ASSETS
        .iter()
        .find(|(name, _, _)| *name == file)
        .and_then(|(_, ext, body)| ContentType::from_extension(ext).map(|ct| (ct, *body)))
}
