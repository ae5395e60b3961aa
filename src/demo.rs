//! `voices demo`: a data directory with synthetic material to look around in,
//! made through the real paths. Survivors share through the real forms (so the
//! words are encrypted as usual), staff sign in and moderate through the real
//! staff pages, survivors approve edited versions with their receipt codes, and
//! stories are published; then the facts are spread over the six months before
//! this one (the one step no real path takes: real facts carry the month they
//! were approved in) and every closed month and quarter is released.
//!
//! Everything is synthetic; nothing here describes a real person.

use std::io::Write;

use diesel::prelude::*;
use rocket::http::{ContentType, Status};
use rocket::local::blocking::Client;

use crate::config::Config;
use crate::crypto::{DecoyWrap, Passphrase};
use crate::domain::Role;
use crate::error::{AppError, AppResult};

/// Short synthetic accounts, a few per language: nothing here is a real story.
const WORDS: [(&str, &[&str]); 8] = [
    ("en", &[
        "Nobody listened when I said I was scared to go back to the house.",
        "My social worker changed four times in one year and I had to tell everything again each time.",
        "The interpreter was from my country and I did not feel safe to speak in front of him.",
        "When I turned 18 the support stopped and I had to move to a new town alone.",
    ]),
    ("vi", &[
        "Tôi phải làm việc ở tiệm nail mà không được trả lương và không ai tin tôi.",
        "Cảnh sát hỏi tôi như thể tôi là người có tội.",
        "Người phiên dịch giúp tôi nói được điều tôi muốn nói, tôi rất cảm ơn.",
    ]),
    ("ar", &[
        "لم يصدقني أحد عندما قلت إن عمري خمسة عشر عامًا.",
        "انتظرت شهورًا طويلة لأعرف ماذا سيحدث في قضية اللجوء وكنت خائفًا كل يوم.",
        "المعلمة في المدرسة كانت أول شخص استمع إلي.",
    ]),
    ("sq", &[
        "Më thanë se kisha një borxh që duhej ta paguaja duke punuar.",
        "Kujdestari im i pavarur më ndihmoi të kuptoja çfarë po ndodhte në gjykatë.",
        "Në strehim ndryshonin punonjësit çdo javë dhe nuk kisha besim te askush.",
    ]),
    ("ro", &[
        "Am fost dus să lucrez pe un șantier și nu aveam voie să plec.",
        "Avocatul meu mi-a explicat totul în limba mea și m-am simțit în siguranță.",
        "Nimeni nu m-a întrebat ce vreau eu.",
    ]),
    ("ti", &[
        "ኣብ ጉዕዞ ብዙሕ ሽግር ረኺበ፡ ኣብዚ ግን ዝሰምዓኒ ሰብ ረኺበ።",
        "ብቋንቋይ ዝዛረብ ሰብ ስለ ዘይነበረ ዝበሃል ዘሎ ኣይተረድኣንን።",
    ]),
    ("fa", &[
        "کسی باور نکرد که من را مجبور به کار کرده بودند.",
        "مشاور من هر هفته به من سر می‌زد و این خیلی کمک کرد.",
        "وقتی هجده ساله شدم باید خانه را ترک می‌کردم.",
    ]),
    ("ps", &[
        "ما ته یې وویل چې پور لرم او باید کار وکړم.",
        "زما ښوونکي زما خبرې واورېدې او مرسته یې وکړه.",
    ]),
];

const THEMES: [&str; 12] = [
    "not_listened_to",
    "not_believed",
    "trusted_worker",
    "language_interpreters",
    "immigration_status",
    "turning_18",
    "labour_exploitation",
    "debt_bondage",
    "criminalised",
    "legal_advice",
    "education",
    "positive_experiences",
];

/// A small generator with a fixed seed: the same demo every time.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn form(fields: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish()
}

fn internal(what: &str) -> AppError {
    AppError::Internal(format!("demo: {what}"))
}

fn follow(client: &Client, path: String, body: String) -> AppResult<String> {
    let res = client
        .post(path)
        .header(ContentType::Form)
        .body(body)
        .dispatch();
    if res.status() == Status::SeeOther {
        let to = res
            .headers()
            .get_one("Location")
            .ok_or_else(|| internal("redirect"))?
            .to_owned();
        return client
            .get(to)
            .dispatch()
            .into_string()
            .ok_or_else(|| internal("page"));
    }
    res.into_string().ok_or_else(|| internal("page"))
}

fn csrf_in(page: &str) -> AppResult<String> {
    hidden_value(page, "csrf").ok_or_else(|| internal("csrf"))
}

/// The value of the first hidden field `name` on a page.
fn hidden_value(page: &str, name: &str) -> Option<String> {
    let start = page.find(&format!("name=\"{name}\" value=\""))?;
    let rest = &page[start + name.len() + 15..];
    Some(rest[..rest.find('"')?].to_owned())
}

fn receipt_code_in(page: &str) -> Option<String> {
    let start = page.find("class=\"receipt-code\"")?;
    let rest = &page[start..];
    let open = rest.find('>')? + 1;
    let close = rest[open..].find('<')? + open;
    Some(rest[open..close].trim().to_owned())
}

/// What the demo made, for the terminal.
pub struct DemoReport {
    pub staff: Vec<(String, String, String)>,
    pub shared: usize,
    pub published: usize,
    pub digests: usize,
}

/// Fills `config`'s data directory. It must hold no installation yet.
pub fn run(mut config: Config, mut progress: impl Write) -> AppResult<DemoReport> {
    config.limits.enabled = false;
    crate::crypto::init().map_err(|e| internal(&e.to_string()))?;
    let rocket = crate::web::try_build(config.clone()).map_err(|e| internal(&e.to_string()))?;
    let pool = crate::storage::open_for_command(&config.database())?;
    let mut conn = pool.get()?;
    if crate::app::staff::admin_exists(&mut conn)? {
        return Err(internal(
            "this data directory already has staff; give `voices demo` a new one",
        ));
    }
    let client = Client::untracked(rocket).map_err(|e| internal(&e.to_string()))?;
    let cookies = Client::tracked(
        crate::web::try_build(config.clone()).map_err(|e| internal(&e.to_string()))?,
    )
    .map_err(|e| internal(&e.to_string()))?;

    // Staff, through the same path as `voices staff add`.
    let mut token = match crate::app::setup::status(&mut conn, &config.data_dir)? {
        crate::app::setup::SetupStatus::Pending(Some(token)) => Some(token),
        _ => return Err(internal("no setup token")),
    };
    let decoy = DecoyWrap::new(config.kdf_cost);
    let secret = |_: usize| crate::crypto::random_token()[..20].to_owned();
    let people = [
        ("Demo Admin", Role::Admin),
        ("Demo Moderator", Role::Moderator),
        ("Demo Safeguarding Lead", Role::SafeguardingLead),
        ("Demo Practitioner", Role::Practitioner),
    ];
    let mut staff: Vec<(String, String, String)> = Vec::new();
    for (i, (name, role)) in people.iter().enumerate() {
        let passphrase = secret(i);
        let authority = if let Some(token) = token.take() {
            crate::app::staff::Authority::SetupToken(token)
        } else {
            crate::app::staff::Authority::Admin {
                name: people[0].0.into(),
                passphrase: Passphrase::new(staff[0].2.clone()),
            }
        };
        crate::app::staff::add(
            &mut conn,
            &config.data_dir,
            authority,
            name,
            (*role).into(),
            &Passphrase::new(&passphrase),
            config.kdf_cost,
            &decoy,
        )?;
        staff.push((name.to_string(), role.as_str().to_owned(), passphrase));
    }
    {
        use crate::storage::schema::staff as s;
        diesel::update(s::table)
            .set(s::languages.eq("en,vi,ar,sq,ro,ti,fa,ps"))
            .execute(&mut conn)?;
    }
    writeln!(progress, "staff accounts made").ok();

    // The moderator signs in through the sign-in page.
    let login = cookies
        .get("/staff/login")
        .dispatch()
        .into_string()
        .unwrap_or_default();
    let res = cookies
        .post("/staff/login")
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf_in(&login)?),
            ("name", &staff[1].0),
            ("passphrase", &staff[1].2),
        ]))
        .dispatch();
    if res.status() != Status::SeeOther {
        return Err(internal("moderator sign-in"));
    }

    let policy =
        crate::policy::Policy::for_config(&config).map_err(|e| internal(&e.to_string()))?;
    let checklist: Vec<String> = policy
        .checklist_keys()
        .iter()
        .map(|s| s.to_string())
        .collect();
    let warning = policy
        .content_warnings
        .first()
        .map(|c| c.key.clone())
        .unwrap_or_default();
    let feedback = policy.feedback.spec();

    let mut dice = Dice(0x5eed_cafe_f00d_1234);
    let mut shared = 0;
    let mut published = 0;
    let total = 360;
    for i in 0..total {
        // More of some languages than others, as in practice.
        let (lang, texts) = WORDS[if i % 2 == 0 {
            dice.roll(3)
        } else {
            dice.roll(WORDS.len())
        }];
        let text = texts[dice.roll(texts.len())];
        let is_feedback = dice.roll(3) == 0;
        let consent = match dice.roll(10) {
            0 => "team_only",
            1..=3 => "publish",
            _ => "themes_only",
        };
        let ages = ["under_16", "16_17", "16_17", "18_21", "18_21", "22_25"];
        let age = ages[dice.roll(ages.len())];
        let mut fields: Vec<(String, String)> = vec![
            ("text".into(), text.into()),
            ("consent_use".into(), consent.into()),
            ("age_band".into(), age.into()),
        ];
        if consent == "publish" {
            fields.push(("quotes".into(), "yes".into()));
        }
        let path = if is_feedback {
            let offered = &feedback.offered_services;
            let service = &offered[dice.roll(4).min(dice.roll(offered.len()))];
            fields.push(("service".into(), service.clone()));
            let regions = [
                "london",
                "north_west",
                "west_midlands",
                "yorkshire",
                "south_east",
            ];
            fields.push(("region".into(), regions[dice.roll(regions.len())].into()));
            for (q, answers) in &feedback.questions {
                if dice.roll(6) != 0 {
                    let a = &answers[dice.roll(answers.len())];
                    fields.push((crate::domain::share::answer_field(q), a.clone()));
                }
            }
            format!("/{lang}/feedback")
        } else {
            format!("/{lang}/story")
        };
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let page = follow(&client, path, form(&pairs))?;
        let code = receipt_code_in(&page).ok_or_else(|| internal("receipt code"))?;
        shared += 1;
        let id: i64 = {
            use crate::storage::schema::submissions as s;
            s::table
                .select(diesel::dsl::max(s::id))
                .first::<Option<i64>>(&mut conn)?
                .ok_or_else(|| internal("submission"))?
        };
        // A few stay in the queue, for the queue to show.
        if i % 12 == 11 {
            continue;
        }
        let mut themes: Vec<&str> = (0..1 + dice.roll(3))
            .map(|_| THEMES[dice.roll(5).min(dice.roll(THEMES.len()))])
            .collect();
        themes.dedup();
        moderate(&cookies, &mut conn, id, "claim", &[])?;
        let mut review: Vec<(&str, &str)> = checklist
            .iter()
            .map(|k| ("checklist", k.as_str()))
            .collect();
        review.extend(themes.iter().map(|t| ("themes", *t)));
        review.push(("level", "none"));
        if dice.roll(3) == 0 {
            review.push(("warnings", warning.as_str()));
        }
        moderate(&cookies, &mut conn, id, "review", &review)?;
        match consent {
            "publish" => {
                moderate(&cookies, &mut conn, id, "propose", &[("edit", text)])?;
                // The survivor reads the edited version, then approves what
                // the page showed them.
                let receipt = follow(
                    &client,
                    format!("/{lang}/receipt"),
                    form(&[("code", &code)]),
                )?;
                let shown = hidden_value(&receipt, "shown").ok_or_else(|| internal("edit"))?;
                follow(
                    &client,
                    format!("/{lang}/receipt/respond"),
                    form(&[("code", &code), ("do", "approve"), ("shown", &shown)]),
                )?;
                moderate(&cookies, &mut conn, id, "publish", &[])?;
                published += 1;
            }
            "team_only" => moderate(&cookies, &mut conn, id, "team_only", &[])?,
            _ => moderate(&cookies, &mut conn, id, "themes_only", &[])?,
        }
        if i % 40 == 39 {
            writeln!(progress, "{} of {total} shared and moderated", i + 1).ok();
        }
    }

    // Spread the facts over the six months before this one, so closed periods
    // have digests to show.
    let this = crate::domain::digest::Period::month_of(crate::app::today());
    let mut months = Vec::new();
    let mut p = this;
    for _ in 0..6 {
        p = p.previous();
        months.push(p.to_string());
    }
    {
        use crate::storage::schema::{digest_quotes as q, facts as f};
        let ids: Vec<i64> = f::table.select(f::id).load(&mut conn)?;
        for id in ids {
            let month = &months[(id as usize * 7) % months.len()];
            diesel::update(f::table.filter(f::id.eq(id)))
                .set(f::month.eq(month))
                .execute(&mut conn)?;
        }
        let ids: Vec<i64> = q::table.select(q::id).load(&mut conn)?;
        for id in ids {
            let month = &months[(id as usize * 5) % months.len()];
            diesel::update(q::table.filter(q::id.eq(id)))
                .set(q::month.eq(month))
                .execute(&mut conn)?;
        }
        // The facts moved month, so their running totals are counted again.
        crate::storage::write(&mut conn, crate::storage::facts::retally)?;
    }
    let key = crate::crypto::AuditKey::from_pepper(
        &config
            .secrets()
            .map_err(|e| internal(&e.to_string()))?
            .receipt_pepper,
    );
    let built =
        crate::app::digests::build_due(&mut conn, &policy, &key, crate::app::today(), 0, |step| {
            if let crate::app::digests::Progress::Done { built, .. } = step {
                writeln!(progress, "{built:?}").ok();
            }
        })?;
    Ok(DemoReport {
        staff,
        shared,
        published,
        digests: built.len(),
    })
}

/// One staff action through the item page, as a moderator's browser posts it.
fn moderate(
    client: &Client,
    conn: &mut crate::storage::DbConnection,
    id: i64,
    action: &str,
    extra: &[(&str, &str)],
) -> AppResult<()> {
    let page = client
        .get("/staff/preferences")
        .dispatch()
        .into_string()
        .unwrap_or_default();
    let csrf = csrf_in(&page)?;
    let version: i64 = {
        use crate::storage::schema::submissions as s;
        s::table
            .filter(s::id.eq(id))
            .select(s::version)
            .first(conn)?
    };
    let version = version.to_string();
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("do", action),
        ("version", version.as_str()),
    ];
    fields.extend_from_slice(extra);
    let res = client
        .post(format!("/staff/items/{id}"))
        .header(ContentType::Form)
        .body(form(&fields))
        .dispatch();
    if res.status() != Status::SeeOther {
        return Err(internal(&format!("{action} answered {}", res.status())));
    }
    Ok(())
}
