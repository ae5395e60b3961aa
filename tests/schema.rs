//! Both migration sets must create the same tables and columns: one Diesel schema
//! serves both backends, so a drift would break one of them at run time.

mod common;

use std::collections::BTreeSet;

use diesel::prelude::*;
use diesel::sql_types::{Integer, Text};

type Column = (String, String, String, bool);

fn family(declared: &str) -> String {
    let t = declared.to_ascii_lowercase();
    let family = if t.contains("int") || t.contains("serial") {
        "integer"
    } else if t.contains("char") || t.contains("text") {
        "text"
    } else if t.contains("blob") || t.contains("bytea") {
        "binary"
    } else if t.contains("bool") {
        "bool"
    } else {
        "other"
    };
    family.to_owned()
}

/// Parses `CREATE TABLE name ( col TYPE ..., ... );` statements.
fn parse_migrations(dir: &str) -> BTreeSet<Column> {
    let mut columns = BTreeSet::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let alter = regex::Regex::new(r"ALTER TABLE (\w+) ADD COLUMN (\w+) (\w+)([^;]*);").unwrap();
    let create = regex::Regex::new(r"(?s)CREATE TABLE (\w+) \((.*?)\n\);").unwrap();
    for migration in entries {
        let sql = std::fs::read_to_string(migration.join("up.sql")).unwrap();
        let sql: String = sql
            .lines()
            .filter(|l| !l.trim_start().starts_with("--"))
            .collect::<Vec<_>>()
            .join("\n");
        for cap in alter.captures_iter(&sql) {
            let not_null = cap[4].to_ascii_uppercase().contains("NOT NULL");
            columns.insert((
                cap[1].to_owned(),
                cap[2].to_owned(),
                family(&cap[3]),
                not_null,
            ));
        }
        for cap in create.captures_iter(&sql) {
            let table = cap[1].to_owned();
            for line in cap[2].lines().map(str::trim).filter(|l| !l.is_empty()) {
                let mut words = line.split_whitespace();
                let (Some(name), Some(kind)) = (words.next(), words.next()) else {
                    continue;
                };
                // Table constraints, not columns.
                if ["PRIMARY", "UNIQUE", "FOREIGN", "CONSTRAINT", "CHECK"].contains(&name) {
                    continue;
                }
                let upper = line.to_ascii_uppercase();
                let not_null = upper.contains("NOT NULL") || upper.contains("PRIMARY KEY");
                columns.insert((table.clone(), name.to_owned(), family(kind), not_null));
            }
        }
    }
    columns
}

#[test]
fn migration_files_declare_the_same_columns() {
    let sqlite = parse_migrations("migrations/sqlite");
    let postgres = parse_migrations("migrations/postgres");
    assert!(sqlite.len() > 20, "parsed {} columns", sqlite.len());
    assert_eq!(sqlite, postgres);
}

#[derive(QueryableByName)]
struct SqliteColumn {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    #[diesel(column_name = type_)]
    type_: String,
    #[diesel(sql_type = Integer)]
    notnull: i32,
    #[diesel(sql_type = Integer)]
    pk: i32,
}

#[derive(QueryableByName)]
struct TableName {
    #[diesel(sql_type = Text)]
    name: String,
}

#[derive(QueryableByName)]
struct PgColumn {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    data_type: String,
    #[diesel(sql_type = Text)]
    is_nullable: String,
}

fn live_sqlite() -> BTreeSet<Column> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schema.sqlite");
    let mut conn = voices::storage::DbConnection::Sqlite(
        SqliteConnection::establish(path.to_str().unwrap()).unwrap(),
    );
    voices::storage::migrate(&mut conn).unwrap();
    let voices::storage::DbConnection::Sqlite(conn) = &mut conn else {
        unreachable!()
    };
    let tables: Vec<TableName> = diesel::sql_query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__diesel%'",
    )
    .load(conn)
    .unwrap();
    let mut columns = BTreeSet::new();
    for table in tables {
        let cols: Vec<SqliteColumn> = diesel::sql_query(format!(
            "SELECT name, type AS type_, \"notnull\", pk FROM pragma_table_info('{}')",
            table.name
        ))
        .load(conn)
        .unwrap();
        for c in cols {
            columns.insert((
                table.name.clone(),
                c.name,
                family(&c.type_),
                c.notnull == 1 || c.pk == 1,
            ));
        }
    }
    columns
}

fn live_postgres(url: &str) -> BTreeSet<Column> {
    let db = common::PgDatabase::create(url);
    let mut conn =
        voices::storage::DbConnection::Postgres(PgConnection::establish(&db.url).unwrap());
    voices::storage::migrate(&mut conn).unwrap();
    let voices::storage::DbConnection::Postgres(conn) = &mut conn else {
        unreachable!()
    };
    let cols: Vec<PgColumn> = diesel::sql_query(
        "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text \
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '__diesel%'",
    )
    .load(conn)
    .unwrap();
    cols.into_iter()
        .map(|c| {
            (
                c.table_name,
                c.column_name,
                family(&c.data_type),
                c.is_nullable == "NO",
            )
        })
        .collect()
}

#[test]
fn migrated_databases_have_the_same_tables_and_columns() {
    let sqlite = live_sqlite();
    assert_eq!(
        sqlite,
        parse_migrations("migrations/sqlite"),
        "the SQLite file parser and SQLite agree"
    );
    match std::env::var("TEST_DATABASE_URL").ok().filter(|u| !u.is_empty()) {
        Some(url) => assert_eq!(sqlite, live_postgres(&url)),
        None => eprintln!("TEST_DATABASE_URL not set: compared SQLite against the PostgreSQL migration files only"),
    }
}
