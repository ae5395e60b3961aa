//! Every string exists in every launch language, with the same variables, and
//! every English string is used by the code.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use voices::domain::Language;
use voices::i18n::{I18n, SOURCES};

type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_in(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => variables_in_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in(&variant.value, out);
            }
        }
    }
}

fn variables_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

fn messages(source: &str) -> Messages {
    let resource = fluent_syntax::parser::parse(source).expect("valid Fluent");
    let mut out = Messages::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_in(value, &mut vars);
            }
            assert!(
                out.insert(message.id.name.to_owned(), vars).is_none(),
                "duplicate {}",
                message.id.name
            );
        }
    }
    out
}

fn english() -> Messages {
    messages(SOURCES.iter().find(|(l, _)| *l == Language::En).unwrap().1)
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = english();
    assert!(english.len() > 40);
    for (lang, source) in SOURCES {
        let theirs = messages(source);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang} is missing {missing:?}");
        assert!(extra.is_empty(), "{lang} has unknown {extra:?}");
        for (key, vars) in &english {
            assert_eq!(&theirs[key], vars, "{lang}: {key} has different variables");
        }
    }
}

#[test]
fn plural_messages_show_the_number_in_every_language() {
    let i18n = I18n::load().unwrap();
    for lang in Language::ALL {
        for n in [0u64, 1, 2, 3, 5, 11, 100] {
            let text = i18n.plain(lang, "error-rate-limited", &[("minutes", n.into())]);
            assert!(text.contains(&n.to_string()), "{lang} {n}: {text}");
        }
    }
}

fn source_files(dir: &std::path::Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
}

const FAMILIES: [&str; 16] = [
    "police-",
    "error-",
    "staff-role-",
    "helped-",
    "age-band-",
    "region-",
    "consent-use-",
    "consent-now-",
    "state-",
    "kind-",
    "event-",
    "done-",
    "queue-view-",
    "item-consent-",
    "proposal-",
    "done-staff-",
];

#[test]
fn every_message_is_used_by_the_code() {
    let mut code = String::new();
    source_files(std::path::Path::new("src"), &mut code);
    let mut unused = Vec::new();
    for key in english().keys() {
        let literal = format!("\"{key}\"");
        // Some messages are looked up by a family prefix and a stored snake_case
        // key: errors, roles, and the choices on the survivor forms.
        let from_family = FAMILIES.iter().any(|family| {
            key.strip_prefix(family)
                .is_some_and(|rest| code.contains(&format!("\"{}\"", rest.replace('-', "_"))))
        });
        if !(code.contains(&literal) || from_family) {
            unused.push(key.clone());
        }
    }
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn every_error_key_has_a_message() {
    let english = english();
    // The moderation refusals' keys, from `Refusal::key` alone.
    let moderation = std::fs::read_to_string("src/domain/moderation/refusals.rs").unwrap();
    let refusals = moderation
        .split_once("impl Refusal {")
        .and_then(|(_, rest)| rest.split_once("\n}\n"))
        .map(|(body, _)| body.to_owned())
        .expect("Refusal::key");
    let source = std::fs::read_to_string("src/error.rs").unwrap()
        + &std::fs::read_to_string("src/web/catchers.rs").unwrap()
        + &refusals;
    let key = regex::Regex::new(r#"=> "([a-z_]+)""#).unwrap();
    let mut checked = 0;
    for cap in key.captures_iter(&source) {
        let fluent = format!("error-{}", cap[1].replace('_', "-"));
        assert!(english.contains_key(&fluent), "no message {fluent}");
        checked += 1;
    }
    assert!(checked > 30, "checked {checked}");
    // Errors about a form's content are raised with their key where they happen.
    let mut code = String::new();
    source_files(std::path::Path::new("src"), &mut code);
    let invalid = regex::Regex::new(r#"InvalidInput\("([a-z_]+)"\)"#).unwrap();
    let mut found = 0;
    for cap in invalid.captures_iter(&code) {
        let fluent = format!("error-{}", cap[1].replace('_', "-"));
        assert!(english.contains_key(&fluent), "no message {fluent}");
        found += 1;
    }
    assert!(found > 10, "found {found}");
}

#[test]
fn status_file_lists_every_drafted_language() {
    let status = std::fs::read_to_string("locales/STATUS.md").unwrap();
    for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        assert!(
            status.contains(&format!("`{}`", lang.code()))
                || status.contains(&format!("| {} ", lang.code())),
            "{lang}"
        );
    }
}

// ---------------------------------------------------------------------------
// Script lint: the characters each language's writing system uses, in every
// `.ftl` file and every translated text of the policy files.

/// One character a text should not contain, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Finding {
    character: char,
    problem: &'static str,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:?} (U+{:04X}): {}",
            self.character, self.character as u32, self.problem
        )
    }
}

/// Letters and punctuation that belong to another writing system or another
/// language of the same script, per language.
const WRONG_CHARACTERS: &[(&str, char, &str)] = &[
    // U+1361 is the old word separator; it looks like a colon and was typed for
    // commas. Tigrinya separates words with spaces, so it has no use at all.
    (
        "ti",
        '\u{1361}',
        "Ethiopic wordspace ፡: use ፣ (U+1363) for a comma",
    ),
    ("fa", '\u{0643}', "Arabic kaf ك in Farsi: use ک (U+06A9)"),
    ("fa", '\u{064A}', "Arabic yeh ي in Farsi: use ی (U+06CC)"),
    (
        "fa",
        '\u{0649}',
        "Arabic alef maksura ى in Farsi: use ی (U+06CC)",
    ),
    (
        "ar",
        '\u{06A9}',
        "Persian keheh ک in Arabic: use ك (U+0643)",
    ),
    (
        "ar",
        '\u{06CC}',
        "Persian yeh ی in Arabic: use ي (U+064A) or ى (U+0649)",
    ),
    ("ar", '\u{06AF}', "Persian gaf گ in Arabic"),
    ("ps", '\u{06AF}', "Persian gaf گ in Pashto: use ګ (U+06AB)"),
    ("ro", '\u{015F}', "s-cedilla ş in Romanian: use ș (U+0219)"),
    ("ro", '\u{0163}', "t-cedilla ţ in Romanian: use ț (U+021B)"),
    ("ro", '\u{015E}', "S-cedilla Ş in Romanian: use Ș (U+0218)"),
    ("ro", '\u{0162}', "T-cedilla Ţ in Romanian: use Ț (U+021A)"),
];

/// Latin words that stay in Latin letters inside Arabic, Farsi and Pashto text,
/// each because readers meet it that way:
/// - `Voices`: the product name, the same in every language (STATUS.md);
/// - `SMS`: what phones call a text in ps and elsewhere (`resource-text`);
/// - `Childline`, `Samaritans`, `Missing People`, `Shout`, `SHOUT`: support
///   services keep their English names so survivors can find them
///   (resources.toml), and `SHOUT` is the word to text;
/// - `Chrome`, `Firefox`, `Safari`, `Samsung Internet`, `iPhone`: browser and
///   phone names as the phone shows them (`safety-private-browsers`);
/// - `Shift`: the key as printed on a keyboard (`safety-leave-keys`);
/// - `IP`, `ICO`: the abbreviations used in the privacy texts;
/// - `API`: the kind of token practitioners' tools use for digests (staff pages);
/// - `SMTP`, `webhook`, `Webhook`: what an admin sets up for safeguarding
///   alerts, named as in voices.toml and in their mail and chat services.
const LATIN_IN_RTL: &[&str] = &[
    "Voices",
    "SMS",
    "Childline",
    "Samaritans",
    "Missing People",
    "Shout",
    "SHOUT",
    "Chrome",
    "Firefox",
    "Safari",
    "Samsung Internet",
    "iPhone",
    "Shift",
    "IP",
    "ICO",
    "API",
    "SMTP",
    "webhook",
    "Webhook",
];

/// Spans of right-to-left text where Latin letters are expected, so they are
/// taken out before the text is checked.
fn latin_allowed_spans() -> &'static [regex::Regex] {
    static SPANS: std::sync::OnceLock<Vec<regex::Regex>> = std::sync::OnceLock::new();
    SPANS.get_or_init(|| {
        let words = LATIN_IN_RTL
            .iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|");
        [
            // Placeables: `{ $name }` in Fluent, `{organisation}` in privacy.toml.
            r"\{[^{}]*\}".to_owned(),
            // Web addresses and e-mail addresses.
            r"https?://\S+|\S+@\S+".to_owned(),
            // Receipt codes such as 7KQ2-M9XD-4HFA-R3TC.
            r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}\b".to_owned(),
            // Setting names, files and web sites in staff texts: organisation.name,
            // voices.toml, moderation/privacy.toml, ico.org.uk.
            r"\b[a-z][a-z_/]*(?:\.[a-z_]+)+\b".to_owned(),
            // Browser menu labels, quoted exactly as the phone shows them.
            r"«[^»]*»".to_owned(),
            // The English name in brackets after a translated one: (Home Office),
            // (East Midlands), (NRM), (county lines), (cookies).
            r"\([A-Za-z][A-Za-z .'-]*\)".to_owned(),
            format!(r"\b(?:{words})\b"),
        ]
        .iter()
        .map(|p| regex::Regex::new(p).unwrap())
        .collect()
    })
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (('\u{00C0}'..='\u{024F}').contains(&c) && c.is_alphabetic())
}

/// What is wrong with the script of `text`, written in the language `lang`
/// (a launch-language code). Empty when nothing is.
fn script_findings(lang: &str, text: &str) -> Vec<Finding> {
    use unicode_normalization::UnicodeNormalization;
    let mut findings = Vec::new();
    if !unicode_normalization::is_nfc(text) {
        // The first character that NFC changes.
        let composed: Vec<char> = text.nfc().collect();
        let character = text
            .chars()
            .zip(composed.iter().copied().chain(std::iter::repeat('\0')))
            .find(|(a, b)| a != b)
            .map_or('\0', |(a, _)| a);
        findings.push(Finding {
            character,
            problem: "not in NFC (a letter written as separate marks)",
        });
    }
    for (language, character, problem) in WRONG_CHARACTERS {
        if *language == lang && text.contains(*character) {
            findings.push(Finding {
                character: *character,
                problem,
            });
        }
    }
    // The numbers Voices inserts are in Western digits, so the text around
    // them is too: one kind of digit on a page.
    if matches!(lang, "ar" | "fa" | "ps") {
        if let Some(digit) = text
            .chars()
            .find(|c| matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}'))
        {
            findings.push(Finding {
                character: digit,
                problem:
                    "Arabic-Indic digit: use Western digits (0-9), like the numbers Voices inserts",
            });
        }
    }
    if matches!(lang, "ar" | "fa" | "ps") {
        let mut masked = text.to_owned();
        for span in latin_allowed_spans() {
            masked = span
                .replace_all(&masked, |m: &regex::Captures<'_>| " ".repeat(m[0].len()))
                .into_owned();
        }
        if let Some(character) = masked.chars().find(|c| is_latin_letter(*c)) {
            findings.push(Finding {
                character,
                problem: "Latin letter in right-to-left text (not a placeable, code, address or allowed name)",
            });
        }
        for (character, problem) in [
            (',', "Latin comma in right-to-left text: use ، (U+060C)"),
            (';', "Latin semicolon in right-to-left text: use ؛ (U+061B)"),
            (
                '?',
                "Latin question mark in right-to-left text: use ؟ (U+061F)",
            ),
        ] {
            if masked.contains(character) {
                findings.push(Finding { character, problem });
            }
        }
    }
    findings
}

/// The text of a Fluent pattern as a reader could see it: placeables stay as
/// `{ }`, and each variant of a selector is on a line of its own.
fn text_of(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    out.push('\n');
                    text_of(&variant.value, out);
                    out.push('\n');
                }
            }
            ast::PatternElement::Placeable { .. } => out.push_str("{ }"),
        }
    }
}

/// `(message id, text)` for every message, attribute and term in a Fluent file.
fn fluent_texts(source: &str) -> Vec<(String, String)> {
    let resource = fluent_syntax::parser::parse(source).expect("valid Fluent");
    let mut out = Vec::new();
    let mut add = |id: String, pattern: Option<&ast::Pattern<&str>>| {
        if let Some(pattern) = pattern {
            let mut text = String::new();
            text_of(pattern, &mut text);
            out.push((id, text));
        }
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                add(m.id.name.to_owned(), m.value.as_ref());
                for a in &m.attributes {
                    add(format!("{}.{}", m.id.name, a.id.name), Some(&a.value));
                }
            }
            ast::Entry::Term(t) => add(format!("-{}", t.id.name), Some(&t.value)),
            _ => {}
        }
    }
    out
}

/// `(TOML path, language, text)` for every string stored under a launch-language
/// code, wherever it sits in the file. Entries of arrays are named by their
/// `key` when they have one.
fn toml_translations(value: &toml::Value, path: &str, out: &mut Vec<(String, String, String)>) {
    match value {
        toml::Value::Table(table) => {
            for (key, child) in table {
                let child_path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match child {
                    toml::Value::String(text) if Language::from_code(key).is_some() => {
                        out.push((path.to_owned(), key.clone(), text.clone()));
                    }
                    _ => toml_translations(child, &child_path, out),
                }
            }
        }
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let name = item
                    .get("key")
                    .and_then(|k| k.as_str())
                    .map_or_else(|| i.to_string(), str::to_owned);
                toml_translations(item, &format!("{path}[{name}]"), out);
            }
        }
        _ => {}
    }
}

/// The policy files whose texts are translations.
const POLICY_FILES: [&str; 5] = [
    "moderation/themes.toml",
    "moderation/resources.toml",
    "moderation/feedback.toml",
    "moderation/policy.toml",
    "moderation/privacy.toml",
];

/// The first line of a file that is not NFC, if any.
fn non_nfc_line(source: &str) -> Option<usize> {
    source
        .lines()
        .position(|line| !unicode_normalization::is_nfc(line))
        .map(|i| i + 1)
}

#[test]
fn every_translation_is_written_in_its_own_script() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for lang in Language::ALL {
        let file = format!("locales/{}/main.ftl", lang.code());
        let source = std::fs::read_to_string(&file).unwrap();
        if let Some(line) = non_nfc_line(&source) {
            failures.push(format!("{file} line {line}: not in NFC"));
        }
        for (id, text) in fluent_texts(&source) {
            checked += 1;
            for finding in script_findings(lang.code(), &text) {
                failures.push(format!("{file} {id}: {finding}"));
            }
        }
    }
    for file in POLICY_FILES {
        let source = std::fs::read_to_string(file).unwrap();
        if let Some(line) = non_nfc_line(&source) {
            failures.push(format!("{file} line {line}: not in NFC"));
        }
        let value: toml::Value = toml::from_str(&source).unwrap();
        let mut texts = Vec::new();
        toml_translations(&value, "", &mut texts);
        assert!(
            texts.len() > 100,
            "{file}: only {} texts found",
            texts.len()
        );
        for (path, lang, text) in texts {
            checked += 1;
            for finding in script_findings(&lang, &text) {
                failures.push(format!("{file} {path}.{lang}: {finding}"));
            }
        }
    }
    assert!(checked > 4000, "checked only {checked} texts");
    assert!(
        failures.is_empty(),
        "{} script problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn problems(lang: &str, text: &str) -> Vec<char> {
    script_findings(lang, text)
        .into_iter()
        .map(|f| f.character)
        .collect()
}

#[test]
fn the_script_lint_finds_planted_mistakes() {
    // An Arabic kaf in Farsi (the issue's own check), and Arabic yeh.
    assert_eq!(problems("fa", "کد شما"), Vec::<char>::new());
    assert_eq!(problems("fa", "كد شما"), ['\u{0643}']);
    assert_eq!(problems("fa", "برای شما"), Vec::<char>::new());
    assert_eq!(problems("fa", "براي شما"), ['\u{064A}']);
    // Persian letters in Arabic.
    assert_eq!(problems("ar", "رمزك"), Vec::<char>::new());
    assert_eq!(problems("ar", "رمزک"), ['\u{06A9}']);
    assert_eq!(problems("ar", "في"), Vec::<char>::new());
    assert_eq!(problems("ar", "فی"), ['\u{06CC}']);
    // The old word separator used as a comma in Tigrinya.
    assert_eq!(problems("ti", "ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፣ ወይ"), Vec::<char>::new());
    assert_eq!(problems("ti", "ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፡ ወይ"), ['\u{1361}']);
    // Cedilla forms in Romanian, small and capital.
    assert_eq!(
        problems("ro", "Șterge cuvintele, ești în siguranță"),
        Vec::<char>::new()
    );
    assert_eq!(problems("ro", " eşti"), ['\u{015F}']);
    assert_eq!(problems("ro", "Ţară"), ['\u{0162}']);
    // Persian gaf in Pashto; Pashto's own ګ is fine.
    assert_eq!(problems("ps", "ګورئ"), Vec::<char>::new());
    assert_eq!(problems("ps", "گورئ"), ['\u{06AF}']);
    // A decomposed (NFD) string: e + combining circumflex + combining dot below.
    assert_eq!(problems("vi", "Tiếng Việt"), Vec::<char>::new());
    let decomposed = "Vie\u{0302}\u{0323}t";
    assert!(!unicode_normalization::is_nfc(decomposed));
    assert_eq!(problems("vi", decomposed), ['e']);
    assert_eq!(non_nfc_line("ok\nVie\u{0302}\u{0323}t\n"), Some(2));
    // A Latin word inside Arabic text.
    assert_eq!(problems("ar", "أرسل رسالتك الآن"), Vec::<char>::new());
    assert_eq!(problems("ar", "أرسل message الآن"), ['m']);
    assert_eq!(problems("fa", "پیام شما sent شد"), ['s']);
    // A Latin comma and question mark in right-to-left text.
    assert_eq!(problems("ar", "هل أنت متأكد?"), ['?']);
    assert_eq!(problems("fa", "اگر, یا"), [',']);
    // Arabic-Indic and Persian digits; Western digits are fine.
    assert_eq!(problems("fa", "کمتر از 10"), Vec::<char>::new());
    assert_eq!(problems("fa", "کمتر از ۱۰"), ['۱']);
    assert_eq!(problems("ar", "أقل من ١٠"), ['١']);
    // Nothing else applies to a language it is not about.
    assert_eq!(problems("ar", "ş ፡"), ['ş']);
    assert_eq!(problems("en", "ş ፡ ك"), Vec::<char>::new());
}

#[test]
fn latin_is_allowed_in_right_to_left_text_only_where_expected() {
    for text in [
        "مرحبًا { $name }",
        "{organisation} تدير هذا الموقع.",
        "مثال: 7KQ2-M9XD-4HFA-R3TC",
        "اتصل على 0800 1111",
        "راجع https://ico.org.uk/make-a-complaint أو help@example.org",
        "اضبط organisation.name في voices.toml و moderation/privacy.toml",
        "اختر «Turn on Secret mode»",
        "وزارة الداخلية (Home Office)",
        "مرحبًا بك في Voices",
        "Chrome: افتح القائمة. Safari على iPhone: اضغط.",
    ] {
        assert_eq!(problems("ar", text), Vec::<char>::new(), "{text}");
    }
    // Allowed names count only as whole words, and brackets only around Latin.
    assert_eq!(problems("ar", "Voicesx"), ['V']);
    assert_eq!(problems("ar", "(الداخلية Home)"), ['H']);
}

#[test]
fn script_findings_name_the_file_the_message_and_the_character() {
    let finding = &script_findings("fa", "كد")[0];
    assert_eq!(
        finding.to_string(),
        "'ك' (U+0643): Arabic kaf ك in Farsi: use ک (U+06A9)"
    );
    let texts = fluent_texts(
        "a = x { $n } y\nb =\n    { $n ->\n        [one] p\n       *[other] q\n    }\n",
    );
    assert_eq!(
        texts,
        [
            ("a".to_owned(), "x { } y".to_owned()),
            ("b".to_owned(), "\np\n\nq\n".to_owned())
        ]
    );
    let value: toml::Value = toml::from_str(
        "[[resource]]\nkey = \"emergency\"\n[resource.when]\nen = \"x\"\nfa = \"y\"\n",
    )
    .unwrap();
    let mut out = Vec::new();
    toml_translations(&value, "", &mut out);
    assert_eq!(
        out,
        [
            (
                "resource[emergency].when".to_owned(),
                "en".to_owned(),
                "x".to_owned()
            ),
            (
                "resource[emergency].when".to_owned(),
                "fa".to_owned(),
                "y".to_owned()
            ),
        ]
    );
}

/// Variables that hold a count of something.
const COUNTS: [&str; 7] = ["count", "days", "minutes", "weeks", "cap", "limit", "done"];

/// Messages that show a count as a value after a label ("Urgent items waiting:
/// 3", "Page 2 of 5"), where no noun follows the number and no form changes.
const COUNT_AS_LABEL: [&str; 4] = [
    "dashboard-urgent",
    "dashboard-from-survivors",
    "pagination-position",
    "queue-bulk-done",
];

/// The CLDR plural category of each test number in each language, as
/// locales/STATUS.md lists the categories.
fn category(lang: Language, n: u64) -> &'static str {
    match (lang, n) {
        (Language::Vi, _) => "other",
        (Language::Ar, 0) => "zero",
        (Language::Ar, 1) => "one",
        (Language::Ar, 2) => "two",
        (Language::Ar, n) if (3..=10).contains(&(n % 100)) => "few",
        (Language::Ar, n) if (11..=99).contains(&(n % 100)) => "many",
        (Language::Ar, _) => "other",
        (Language::Ro, 1) => "one",
        (Language::Ro, n) if n == 0 || (1..=19).contains(&(n % 100)) => "few",
        (Language::Ro, _) => "other",
        (Language::Ti | Language::Fa, 0 | 1) => "one",
        (_, 1) => "one",
        _ => "other",
    }
}

fn categories(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Vi => &["other"],
        Language::Ar => &["zero", "one", "two", "few", "many", "other"],
        Language::Ro => &["one", "few", "other"],
        _ => &["one", "other"],
    }
}

/// Renders a pattern by hand with every variable set to `n`, choosing each
/// select's variant as Fluent does (an exact number first, then the plural
/// category, then the default), so the result names the form that should
/// be used.
fn expected(pattern: &ast::Pattern<&str>, lang: Language, n: u64, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { .. }) => {
                    out.push_str(&n.to_string())
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    out.push_str(value)
                }
                ast::Expression::Select { variants, .. } => {
                    let matches = |v: &&ast::Variant<&str>| match &v.key {
                        ast::VariantKey::NumberLiteral { value } => value.parse() == Ok(n),
                        ast::VariantKey::Identifier { name } => *name == category(lang, n),
                    };
                    let chosen = variants
                        .iter()
                        .find(|v| matches(v))
                        .or_else(|| variants.iter().find(|v| v.default))
                        .unwrap();
                    expected(&chosen.value, lang, n, out);
                }
                other => panic!("the plural check cannot render {other:?}"),
            },
        }
    }
}

/// The selects of a pattern, each with its selector's variable and its keys.
fn selects<'a>(pattern: &'a ast::Pattern<&'a str>, out: &mut Vec<(String, Vec<String>)>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, variants },
        } = element
        {
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                out.push((id.name.to_owned(), keys));
            }
            for v in variants {
                selects(&v.value, out);
            }
        }
    }
}

/// Every message that puts a number before a noun ("1 items", "0 يوم") chooses
/// its words by the number's plural category, in every language: each has a
/// plural select on the count with a variant for every category the language
/// has, and rendered with 0, 1, 2, 5 and 11 each gives the form of that number's
/// category (Arabic zero, one, two, few and many; Romanian one and few; Farsi
/// and Tigrinya "one" for 0 as well as 1).
#[test]
fn counts_take_the_plural_form_of_each_language() {
    let i18n = I18n::load().unwrap();
    let english = english();
    let counted: Vec<&String> = english
        .iter()
        .filter(|(key, vars)| {
            !COUNT_AS_LABEL.contains(&key.as_str())
                && vars.iter().any(|v| COUNTS.contains(&v.as_str()))
        })
        .map(|(key, _)| key)
        .collect();
    assert!(counted.len() >= 20, "{counted:?}");
    let mut wrong = Vec::new();
    for (lang, source) in SOURCES {
        let resource = fluent_syntax::parser::parse(source).unwrap();
        let mut checked = 0;
        for entry in &resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let key = message.id.name;
            if !counted.iter().any(|k| k.as_str() == key) {
                continue;
            }
            let pattern = message.value.as_ref().unwrap();
            let mut found = Vec::new();
            selects(pattern, &mut found);
            let on_count: Vec<_> = found
                .iter()
                .filter(|(var, _)| COUNTS.contains(&var.as_str()))
                .collect();
            if on_count.is_empty() {
                wrong.push(format!(
                    "{lang} {key}: the count is shown without a plural select"
                ));
            }
            for (var, keys) in &on_count {
                for needed in categories(lang) {
                    if !keys.iter().any(|k| k == needed) {
                        wrong.push(format!(
                            "{lang} {key}: the select on ${var} has no [{needed}] variant ({keys:?})"
                        ));
                    }
                }
            }
            let mut vars = BTreeSet::new();
            variables_in(pattern, &mut vars);
            for n in [0u64, 1, 2, 5, 11] {
                let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> =
                    vars.iter().map(|v| (v.as_str(), n.into())).collect();
                let shown = i18n.plain(lang, key, &args);
                let mut want = String::new();
                expected(pattern, lang, n, &mut want);
                if shown.trim() != want.trim() {
                    wrong.push(format!(
                        "{lang} {key} with {n} ({}) shows {shown:?}, not {want:?}",
                        category(lang, n)
                    ));
                }
            }
            checked += 1;
        }
        assert_eq!(
            checked,
            counted.len(),
            "{lang}: every counted message is checked"
        );
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
