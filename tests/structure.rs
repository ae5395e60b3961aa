//! The shape of `src/`, checked so it cannot drift back: every file at most 500
//! lines, no two files that import each other (directly or round a loop), the
//! layers used one way only (a module never imports from a layer above its own),
//! sodiumoxide named only in `src/crypto/`, and `src/domain/` free of I/O, clocks
//! and randomness outside its tests.
//!
//! Imports are read with `syn` from every `use` and every `crate::`/`super::`/
//! `self::` path in code (comments and doc links do not count), and each is
//! resolved to the file that defines the module it names. A folder's `mod.rs`
//! naming its own files (`mod queue;`, `pub use queue::Queue;`, `queue::list(..)`)
//! is not an import: the folder is made of them. Its files using what `mod.rs`
//! defines, and any file using another file, are.
//!
//! `cargo test --test structure` prints each finding with the files and names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

const MOST_LINES: usize = 500;

/// From the ground up: a module may import from its own layer or any below it.
const LAYERS: &[&[&str]] = &[
    &["domain", "crypto"],
    &["i18n", "outbound"],
    &["config"],
    &["storage", "policy"],
    &["error"],
    &["app"],
    &["web"],
    &["demo"],
    &["cli"],
    &["lib", "main"],
];

/// One source file: its module path (`["app", "moderation", "queue"]`) and text.
struct Source {
    file: String,
    module: Vec<String>,
    /// True for a folder's face (`mod.rs`, `a.rs` beside `a/`, `lib.rs`, `main.rs`).
    is_folder: bool,
    text: String,
}

fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let rel = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let mut module: Vec<String> = rel
                .trim_end_matches(".rs")
                .split('/')
                .map(String::from)
                .collect();
            let last = module.last().cloned().unwrap_or_default();
            // `a/mod.rs`, or `a.rs` beside a folder `a/` of its files.
            let named_by_folder = matches!(last.as_str(), "mod" | "lib" | "main");
            if named_by_folder {
                module.pop();
            }
            let is_folder = named_by_folder || path.with_extension("").is_dir();
            Source {
                file: format!("src/{rel}"),
                module,
                is_folder,
                text: std::fs::read_to_string(&path).unwrap(),
            }
        })
        .collect()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every path a file names that may lead to another module.
#[derive(Default)]
struct Paths {
    found: Vec<Vec<String>>,
    /// Leave out what only tests compile (`#[cfg(test)]` items).
    skip_tests: bool,
}

fn only_for_tests(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.meta
                .require_list()
                .is_ok_and(|l| l.tokens.to_string() == "test")
    })
}

impl Paths {
    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let mut path = prefix.clone();
                if n.ident != "self" {
                    path.push(n.ident.to_string());
                }
                self.found.push(path);
            }
            syn::UseTree::Rename(r) => {
                let mut path = prefix.clone();
                if r.ident != "self" {
                    path.push(r.ident.to_string());
                }
                self.found.push(path);
            }
            syn::UseTree::Glob(_) => self.found.push(prefix.clone()),
            syn::UseTree::Group(g) => {
                for item in &g.items {
                    self.use_tree(prefix, item);
                }
            }
        }
    }
}

impl<'ast> Visit<'ast> for Paths {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs = match item {
            syn::Item::Mod(m) => &m.attrs,
            syn::Item::Fn(f) => &f.attrs,
            syn::Item::Use(u) => &u.attrs,
            syn::Item::Impl(i) => &i.attrs,
            _ => return syn::visit::visit_item(self, item),
        };
        if !(self.skip_tests && only_for_tests(attrs)) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() > 1 {
            self.found.push(segments);
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // Paths inside macro bodies (`html!`, `routes!`, `format!`) are tokens, not
        // syntax: read them as text.
        let text = mac.tokens.to_string().replace(' ', "");
        for start in ["crate::", "super::", "self::"] {
            let mut rest = text.as_str();
            while let Some(at) = rest.find(start) {
                let before = rest[..at].chars().last();
                let tail = &rest[at..];
                let end = tail
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(tail.len());
                if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                    let segments: Vec<String> = tail[..end]
                        .split("::")
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect();
                    self.found.push(segments);
                }
                rest = &tail[end.max(1)..];
            }
        }
        syn::visit::visit_macro(self, mac);
    }
}

/// Declared child modules of a file (`mod x;` and inline `mod x { }`).
fn children(file: &syn::File) -> BTreeSet<String> {
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Mod(m) => Some(m.ident.to_string()),
            _ => None,
        })
        .collect()
}

struct Graph {
    /// file -> file -> the paths that tie them (for messages).
    edges: BTreeMap<String, BTreeMap<String, BTreeSet<String>>>,
}

fn graph() -> Graph {
    let sources = sources();
    let by_module: BTreeMap<Vec<String>, String> = sources
        .iter()
        .filter(|s| s.file != "src/main.rs")
        .map(|s| (s.module.clone(), s.file.clone()))
        .collect();
    let mut edges: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for source in &sources {
        let parsed =
            syn::parse_file(&source.text).unwrap_or_else(|e| panic!("{}: {e}", source.file));
        let kids = children(&parsed);
        let mut paths = Paths::default();
        paths.visit_file(&parsed);
        // Where `self` and `super` point from this file.
        let here = source.module.clone();
        let parent = {
            let mut p = here.clone();
            p.pop();
            p
        };
        for path in paths.found {
            let Some(first) = path.first() else { continue };
            let mut absolute = match first.as_str() {
                "crate" => path[1..].to_vec(),
                "self" => [here.clone(), path[1..].to_vec()].concat(),
                "super" => {
                    let mut base = parent.clone();
                    let mut rest = &path[1..];
                    while rest.first().is_some_and(|s| s == "super") {
                        base.pop();
                        rest = &rest[1..];
                    }
                    [base, rest.to_vec()].concat()
                }
                name if kids.contains(name) => [here.clone(), path.clone()].concat(),
                _ => continue,
            };
            // A folder is made of its own files: `mod.rs` naming them is no import.
            if source.is_folder && absolute.starts_with(&here) && absolute.len() > here.len() {
                continue;
            }
            // The longest prefix that is a file.
            let target = loop {
                if let Some(file) = by_module.get(&absolute) {
                    break Some(file.clone());
                }
                if absolute.is_empty() {
                    break None;
                }
                absolute.pop();
            };
            let Some(target) = target else { continue };
            if target == source.file || target == "src/lib.rs" {
                continue;
            }
            edges
                .entry(source.file.clone())
                .or_default()
                .entry(target)
                .or_default()
                .insert(path.join("::"));
        }
    }
    Graph { edges }
}

fn layer(file: &str) -> usize {
    let top = file
        .trim_start_matches("src/")
        .split('/')
        .next()
        .unwrap()
        .trim_end_matches(".rs");
    LAYERS
        .iter()
        .position(|l| l.contains(&top))
        .unwrap_or_else(|| panic!("{file}: its top-level module is in no layer of this test"))
}

/// Strongly connected groups of more than one file (Tarjan).
fn circles(graph: &Graph) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        if let Some(targets) = s.graph.edges.get(v) {
            for w in targets.keys() {
                let w = w.as_str();
                if !s.index.contains_key(w) {
                    visit(s, w);
                    let low = s.low[v].min(s.low[w]);
                    s.low.insert(v, low);
                } else if s.on_stack.contains(w) {
                    let low = s.low[v].min(s.index[w]);
                    s.low.insert(v, low);
                }
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                group.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                s.found.push(group);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        found: Vec::new(),
    };
    for v in graph.edges.keys() {
        if !state.index.contains_key(v.as_str()) {
            visit(&mut state, v);
        }
    }
    state.found
}

#[test]
fn no_file_in_src_is_longer_than_500_lines() {
    let long: Vec<String> = sources()
        .iter()
        .map(|s| (s.file.clone(), s.text.lines().count()))
        .filter(|(_, n)| *n > MOST_LINES)
        .map(|(f, n)| format!("{f}: {n} lines"))
        .collect();
    assert!(
        long.is_empty(),
        "split along its seams:\n{}",
        long.join("\n")
    );
}

#[test]
fn no_files_import_each_other_in_a_circle() {
    let graph = graph();
    let found = circles(&graph);
    let mut report = String::new();
    for group in &found {
        report.push_str(&format!("circle of {} files:\n", group.len()));
        for from in group {
            for (to, names) in &graph.edges[from] {
                if group.contains(to) {
                    let names: Vec<&str> = names.iter().map(String::as_str).collect();
                    report.push_str(&format!("  {from} -> {to}: {}\n", names.join(", ")));
                }
            }
        }
    }
    assert!(found.is_empty(), "{report}");
}

#[test]
fn no_module_imports_from_a_layer_above_its_own() {
    let graph = graph();
    let mut upward = Vec::new();
    for (from, targets) in &graph.edges {
        for (to, names) in targets {
            if layer(to) > layer(from) {
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                upward.push(format!("{from} -> {to}: {}", names.join(", ")));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports from a higher layer:\n{}",
        upward.join("\n")
    );
}

#[test]
fn the_reader_finds_the_imports_it_must_judge() {
    // The checks above are only as good as the reading: a file that is known to
    // import another must be seen to.
    let graph = graph();
    let ties = |from: &str, to: &str| graph.edges.get(from).is_some_and(|t| t.contains_key(to));
    assert!(
        ties("src/storage/writer.rs", "src/storage/events.rs"),
        "a `use super::events` import"
    );
    assert!(
        ties("src/web/mod.rs", "src/config.rs") || ties("src/web/mod.rs", "src/config/mod.rs"),
        "a `crate::config` path"
    );
    assert!(
        !ties("src/domain/mod.rs", "src/domain/roles.rs"),
        "a folder naming its own file"
    );
    assert!(
        ties(
            "src/domain/suggest/contact.rs",
            "src/domain/suggest/phone.rs"
        ),
        "a sibling, through `super::`"
    );
    assert!(
        circles(&Graph {
            edges: [
                ("a".to_owned(), [("b".to_owned(), BTreeSet::new())].into()),
                ("b".to_owned(), [("a".to_owned(), BTreeSet::new())].into()),
            ]
            .into()
        })
        .len()
            == 1
    );
}

/// Every path a file names in code that is not only for tests, as written.
fn paths_outside_tests(source: &Source) -> Vec<String> {
    let parsed = syn::parse_file(&source.text).unwrap();
    let mut paths = Paths {
        skip_tests: true,
        ..Paths::default()
    };
    paths.visit_file(&parsed);
    paths.found.iter().map(|p| p.join("::")).collect()
}

/// A file that only tests compile: `tests.rs`, `fixtures.rs`, `testing.rs`.
fn is_test_file(source: &Source) -> bool {
    source
        .module
        .last()
        .is_some_and(|m| matches!(m.as_str(), "tests" | "fixtures" | "testing"))
}

#[test]
fn only_crypto_uses_the_cryptography_library() {
    let outside: Vec<String> = sources()
        .iter()
        .filter(|s| !s.file.starts_with("src/crypto/"))
        .filter(|s| s.text.contains("sodiumoxide") || s.text.contains("libsodium"))
        .map(|s| s.file.clone())
        .collect();
    assert!(
        outside.is_empty(),
        "sodiumoxide outside src/crypto: {outside:?}"
    );
}

#[test]
fn the_domain_does_no_io_and_reads_no_clock() {
    const FORBIDDEN: &[&str] = &[
        "rocket",
        "diesel",
        "sodiumoxide",
        "std::fs",
        "std::net",
        "std::env",
        "std::process",
        "std::io",
        "std::time::SystemTime",
        "std::time::Instant",
        "SystemTime",
        "Instant",
        "chrono::Utc",
        "Utc::now",
        "Local::now",
        "rand",
        "tokio",
        "reqwest",
        "ureq",
        "lettre",
    ];
    let mut found = Vec::new();
    for source in sources()
        .iter()
        .filter(|s| s.file.starts_with("src/domain/"))
    {
        if is_test_file(source) {
            continue;
        }
        for path in paths_outside_tests(source) {
            if FORBIDDEN
                .iter()
                .any(|f| path == *f || path.starts_with(&format!("{f}::")))
            {
                found.push(format!("{}: {path}", source.file));
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "the domain must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_purity_check_sees_what_it_looks_for() {
    let source = Source {
        file: "src/domain/example.rs".into(),
        module: vec!["domain".into(), "example".into()],
        is_folder: false,
        text: "use std::fs::read;\nfn f() { let _ = std::time::Instant::now(); }\n\
               #[cfg(test)]\nmod tests { use std::net::TcpStream; }\n"
            .into(),
    };
    let paths = paths_outside_tests(&source);
    assert!(paths.contains(&"std::fs::read".to_owned()), "{paths:?}");
    assert!(
        paths.contains(&"std::time::Instant::now".to_owned()),
        "{paths:?}"
    );
    assert!(
        !paths.iter().any(|p| p.starts_with("std::net")),
        "tests are left out: {paths:?}"
    );
}
