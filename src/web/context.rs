//! The language of a request and the `PageContext` every view receives.
//! It sets no cookie: the language comes from the path or `Accept-Language`.

use rocket::request::{FromParam, FromRequest, Outcome, Request};

use crate::domain::Language;
use crate::i18n::{negotiate_among, I18n};

use super::WebSettings;

/// A `/{lang}/` path segment naming a launch language. Anything else does not
/// match, so the request falls through to the 404 page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(pub Language);

impl<'a> FromParam<'a> for Lang {
    type Error = ();

    fn from_param(param: &'a str) -> Result<Self, ()> {
        Language::from_code(param).map(Lang).ok_or(())
    }
}

/// The language to answer in: the `/{lang}/` prefix when there is one, otherwise
/// the visitor's `Accept-Language` among the languages not hidden, otherwise
/// English.
#[derive(Debug, Clone, Copy)]
pub struct RequestLanguage(pub Language);

impl RequestLanguage {
    pub fn of(req: &Request<'_>) -> Language {
        req.uri()
            .path()
            .segments()
            .next()
            .and_then(Language::from_code)
            .unwrap_or_else(|| {
                let offered = req
                    .rocket()
                    .state::<WebSettings>()
                    .map_or_else(|| Language::ALL.to_vec(), WebSettings::offered_languages);
                negotiate_among(req.headers().get_one("Accept-Language"), &offered)
            })
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for RequestLanguage {
    type Error = std::convert::Infallible;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        Outcome::Success(RequestLanguage(Self::of(req)))
    }
}

/// Who a page is for. Survivor pages carry the quick exit and set no cookies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Survivor,
    Staff,
}

/// The signed-in person, as the page header shows them.
#[derive(Debug, Clone)]
pub struct StaffBadge {
    pub name: String,
    pub roles: crate::domain::Roles,
}

/// Everything a layout needs besides the page body.
pub struct PageContext<'r> {
    pub lang: Language,
    pub i18n: &'r I18n,
    pub quick_exit_url: &'r str,
    /// The deployment's settings that pages show (organisation, retention).
    pub site: &'r WebSettings,
    pub audience: Audience,
    pub csrf: Option<String>,
    pub staff: Option<StaffBadge>,
    /// The path of this page without its language prefix, for the language switcher.
    pub path_after_lang: String,
}

impl<'r> PageContext<'r> {
    pub fn from_request(req: &'r Request<'_>, audience: Audience) -> Option<Self> {
        let rocket = req.rocket();
        let i18n = rocket.state::<I18n>()?;
        let settings = rocket.state::<WebSettings>()?;
        let lang = RequestLanguage::of(req);
        let mut segments = req.uri().path().segments();
        let path_after_lang = match segments.next() {
            Some(first) if Language::from_code(first).is_some() => {
                segments.collect::<Vec<_>>().join("/")
            }
            _ => String::new(),
        };
        Some(Self {
            lang,
            i18n,
            quick_exit_url: &settings.quick_exit_url,
            site: settings,
            audience,
            csrf: None,
            staff: None,
            path_after_lang,
        })
    }

    pub fn t(&self, key: &str) -> String {
        self.i18n.text(self.lang, key)
    }

    pub fn t_with(&self, key: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
        self.i18n.text_with(self.lang, key, args)
    }

    pub fn with_csrf(mut self, token: String) -> Self {
        self.csrf = Some(token);
        self
    }

    pub fn with_staff(mut self, badge: StaffBadge) -> Self {
        self.staff = Some(badge);
        self
    }
}

/// A survivor page's context.
pub struct SurvivorPage<'r>(pub PageContext<'r>);

/// A staff page's context.
pub struct StaffPage<'r>(pub PageContext<'r>);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for SurvivorPage<'r> {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        match PageContext::from_request(req, Audience::Survivor) {
            Some(ctx) => Outcome::Success(SurvivorPage(ctx)),
            None => Outcome::Error((rocket::http::Status::InternalServerError, ())),
        }
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for StaffPage<'r> {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        match PageContext::from_request(req, Audience::Staff) {
            Some(ctx) => Outcome::Success(StaffPage(ctx)),
            None => Outcome::Error((rocket::http::Status::InternalServerError, ())),
        }
    }
}
