//! Both migration sets must create the same tables and columns, keys, constraints,
//! indexes, defaults and integer widths, and Diesel's `src/storage/schema.rs` must
//! describe them: one schema serves both backends, so a drift would break one of
//! them at run time (or, for a constraint, silently allow what the other refuses).

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
    match common::postgres_url() {
        Some(url) => assert_eq!(sqlite, live_postgres(&url)),
        // The migration files were compared in the test above.
        None => common::skip(
            "the live PostgreSQL half of migrated_databases_have_the_same_tables_and_columns",
            common::Skip::PostgresOnly,
        ),
    }
}

// ---------------------------------------------------------------------------
// Beyond names and nullability: keys, unique constraints, indexes, foreign
// keys, defaults and integer widths must agree between the two migrated
// databases, and `src/storage/schema.rs` (what Diesel compiles against) must
// describe what the migrations really create.

/// A column's default, in one spelling for both backends.
fn normalise_default(default: Option<&str>) -> String {
    let Some(d) = default else {
        return "none".into();
    };
    let d = d.trim().to_ascii_lowercase();
    if d.starts_with("nextval(") {
        return "autoincrement".into();
    }
    // PostgreSQL adds casts: 'x'::text, 0::bigint.
    d.split("::")
        .next()
        .unwrap_or("")
        .trim_matches('\'')
        .to_owned()
}

/// (table, primary-key columns)
type Keys = BTreeSet<(String, String)>;
/// (table, column, bits) of integer columns
type Widths = BTreeSet<(String, String, u32)>;

/// Everything about a schema that must match, besides the columns.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    /// (table, columns in key order)
    primary_keys: BTreeSet<(String, String)>,
    /// (table, columns, unique)
    indexes: BTreeSet<(String, String, bool)>,
    /// (table, column, referenced table, referenced column, on delete)
    foreign_keys: BTreeSet<(String, String, String, String, String)>,
    /// (table, column, default)
    defaults: BTreeSet<(String, String, String)>,
    /// (table, column, bits) for integer columns
    integer_bits: BTreeSet<(String, String, u32)>,
}

#[derive(QueryableByName)]
struct SqliteColumnFull {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    type_: String,
    #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
    dflt_value: Option<String>,
    #[diesel(sql_type = Integer)]
    pk: i32,
}

#[derive(QueryableByName)]
struct SqliteIndex {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Integer)]
    unique: i32,
    #[diesel(sql_type = Text)]
    origin: String,
}

#[derive(QueryableByName)]
struct SqliteIndexColumn {
    #[diesel(sql_type = Text)]
    name: String,
}

#[derive(QueryableByName)]
struct SqliteForeignKey {
    #[diesel(sql_type = Text)]
    table: String,
    #[diesel(sql_type = Text)]
    from: String,
    #[diesel(sql_type = Text)]
    to: String,
    #[diesel(sql_type = Text)]
    on_delete: String,
}

fn sqlite_shape() -> Shape {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shape.sqlite");
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
    let mut shape = Shape::default();
    for TableName { name: table } in tables {
        let sql: TableName = diesel::sql_query(format!(
            "SELECT sql AS name FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
        ))
        .get_result(conn)
        .unwrap();
        let autoincrement = sql.name.to_ascii_uppercase().contains("AUTOINCREMENT");
        let mut columns: Vec<SqliteColumnFull> = diesel::sql_query(format!(
            "SELECT name, type AS type_, dflt_value, pk FROM pragma_table_info('{table}')"
        ))
        .load(conn)
        .unwrap();
        columns.sort_by_key(|c| c.pk);
        let pk: Vec<&str> = columns
            .iter()
            .filter(|c| c.pk > 0)
            .map(|c| c.name.as_str())
            .collect();
        shape.primary_keys.insert((table.clone(), pk.join(",")));
        for c in &columns {
            let default = if c.pk > 0 && autoincrement {
                "autoincrement".into()
            } else {
                normalise_default(c.dflt_value.as_deref())
            };
            shape
                .defaults
                .insert((table.clone(), c.name.clone(), default));
            if family(&c.type_) == "integer" {
                // SQLite stores every integer in up to 64 bits.
                shape
                    .integer_bits
                    .insert((table.clone(), c.name.clone(), 64));
            }
        }
        let indexes: Vec<SqliteIndex> = diesel::sql_query(format!(
            "SELECT name, \"unique\", origin FROM pragma_index_list('{table}')"
        ))
        .load(conn)
        .unwrap();
        for index in indexes.into_iter().filter(|i| i.origin != "pk") {
            let cols: Vec<SqliteIndexColumn> = diesel::sql_query(format!(
                "SELECT name FROM pragma_index_info('{}') ORDER BY seqno",
                index.name
            ))
            .load(conn)
            .unwrap();
            let cols: Vec<String> = cols.into_iter().map(|c| c.name).collect();
            shape
                .indexes
                .insert((table.clone(), cols.join(","), index.unique == 1));
        }
        let fks: Vec<SqliteForeignKey> = diesel::sql_query(format!(
            "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"
        ))
        .load(conn)
        .unwrap();
        for fk in fks {
            shape.foreign_keys.insert((
                table.clone(),
                fk.from,
                fk.table,
                fk.to,
                fk.on_delete.to_ascii_lowercase(),
            ));
        }
    }
    shape
}

#[derive(QueryableByName)]
struct PgColumnFull {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    data_type: String,
    #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
    column_default: Option<String>,
}

#[derive(QueryableByName)]
struct PgIndex {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    columns: String,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    is_unique: bool,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    is_primary: bool,
}

#[derive(QueryableByName)]
struct PgForeignKey {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    ref_table: String,
    #[diesel(sql_type = Text)]
    ref_column: String,
    #[diesel(sql_type = Text)]
    on_delete: String,
}

fn postgres_shape(url: &str) -> Shape {
    let db = common::PgDatabase::create(url);
    let mut conn =
        voices::storage::DbConnection::Postgres(PgConnection::establish(&db.url).unwrap());
    voices::storage::migrate(&mut conn).unwrap();
    let voices::storage::DbConnection::Postgres(conn) = &mut conn else {
        unreachable!()
    };
    let mut shape = Shape::default();
    let columns: Vec<PgColumnFull> = diesel::sql_query(
        "SELECT table_name::text, column_name::text, data_type::text, column_default::text \
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '__diesel%'",
    )
    .load(conn)
    .unwrap();
    for c in columns {
        shape.defaults.insert((
            c.table_name.clone(),
            c.column_name.clone(),
            normalise_default(c.column_default.as_deref()),
        ));
        let bits = match c.data_type.as_str() {
            "bigint" => Some(64),
            "integer" => Some(32),
            "smallint" => Some(16),
            _ => None,
        };
        if let Some(bits) = bits {
            shape
                .integer_bits
                .insert((c.table_name, c.column_name, bits));
        }
    }
    let indexes: Vec<PgIndex> = diesel::sql_query(
        "SELECT t.relname::text AS table_name, \
                string_agg(a.attname::text, ',' ORDER BY k.n) AS columns, \
                ix.indisunique AS is_unique, ix.indisprimary AS is_primary \
         FROM pg_index ix \
         JOIN pg_class t ON t.oid = ix.indrelid \
         JOIN pg_namespace ns ON ns.oid = t.relnamespace \
         CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n) \
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum \
         WHERE ns.nspname = 'public' AND t.relname NOT LIKE '__diesel%' \
         GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indisprimary",
    )
    .load(conn)
    .unwrap();
    for i in indexes {
        if i.is_primary {
            shape.primary_keys.insert((i.table_name, i.columns));
        } else {
            shape.indexes.insert((i.table_name, i.columns, i.is_unique));
        }
    }
    let fks: Vec<PgForeignKey> = diesel::sql_query(
        "SELECT cl.relname::text AS table_name, a.attname::text AS column_name, \
                rc.relname::text AS ref_table, ra.attname::text AS ref_column, \
                CASE c.confdeltype WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' \
                  WHEN 'd' THEN 'set default' WHEN 'r' THEN 'restrict' ELSE 'no action' END AS on_delete \
         FROM pg_constraint c \
         JOIN pg_class cl ON cl.oid = c.conrelid \
         JOIN pg_class rc ON rc.oid = c.confrelid \
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
         JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] \
         WHERE c.contype = 'f'",
    )
    .load(conn)
    .unwrap();
    for fk in fks {
        shape.foreign_keys.insert((
            fk.table_name,
            fk.column_name,
            fk.ref_table,
            fk.ref_column,
            fk.on_delete,
        ));
    }
    shape
}

#[test]
fn migrated_databases_have_the_same_keys_indexes_defaults_and_widths() {
    let sqlite = sqlite_shape();
    assert!(sqlite.primary_keys.len() >= 5, "{sqlite:?}");
    assert!(
        sqlite
            .indexes
            .iter()
            .any(|(t, c, u)| t == "staff" && c == "name" && *u),
        "UNIQUE constraints are seen: {sqlite:?}"
    );
    assert!(!sqlite.foreign_keys.is_empty(), "{sqlite:?}");
    match common::postgres_url() {
        Some(url) => {
            let postgres = postgres_shape(&url);
            assert_eq!(sqlite.primary_keys, postgres.primary_keys, "primary keys");
            assert_eq!(sqlite.indexes, postgres.indexes, "unique constraints and indexes");
            assert_eq!(sqlite.foreign_keys, postgres.foreign_keys, "foreign keys");
            assert_eq!(sqlite.defaults, postgres.defaults, "defaults");
            // Every integer is 64-bit on PostgreSQL too (Diesel's BigInt).
            assert_eq!(sqlite.integer_bits, postgres.integer_bits, "integer widths");
        }
        None => common::skip(
            "the PostgreSQL half of migrated_databases_have_the_same_keys_indexes_defaults_and_widths",
            common::Skip::PostgresOnly,
        ),
    }
}

/// `src/storage/schema.rs`, read as text: (table, column, family, not null) and
/// the primary key of each table, plus the bits of each integer column.
fn diesel_schema() -> (BTreeSet<Column>, Keys, Widths) {
    let text = std::fs::read_to_string("src/storage/schema.rs").unwrap();
    let table =
        regex::Regex::new(r"(?s)table!\s*\{\s*(\w+)\s*\(([^)]*)\)\s*\{(.*?)\}\s*\}").unwrap();
    let column = regex::Regex::new(r"(\w+)\s*->\s*([\w<>]+)\s*,").unwrap();
    let (mut columns, mut keys, mut bits) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for t in table.captures_iter(&text) {
        let name = t[1].to_owned();
        keys.insert((name.clone(), t[2].replace(' ', "")));
        for c in column.captures_iter(&t[3]) {
            let ty = c[2].to_owned();
            let nullable = ty.starts_with("Nullable<");
            let inner = ty.trim_start_matches("Nullable<").trim_end_matches('>');
            let (fam, width) = match inner {
                "BigInt" => ("integer", Some(64)),
                "Integer" => ("integer", Some(32)),
                "SmallInt" => ("integer", Some(16)),
                "Text" => ("text", None),
                "Binary" => ("binary", None),
                "Bool" => ("bool", None),
                other => panic!("schema.rs: a type this test does not know: {other}"),
            };
            columns.insert((name.clone(), c[1].to_owned(), fam.to_owned(), !nullable));
            if let Some(w) = width {
                bits.insert((name.clone(), c[1].to_owned(), w));
            }
        }
    }
    (columns, keys, bits)
}

#[test]
fn diesels_schema_describes_the_migrated_databases() {
    let (columns, keys, bits) = diesel_schema();
    assert!(columns.len() > 20, "parsed {} columns", columns.len());
    assert_eq!(columns, live_sqlite(), "schema.rs against migrated SQLite");
    assert_eq!(
        keys,
        sqlite_shape().primary_keys,
        "primary keys in schema.rs"
    );
    match common::postgres_url() {
        Some(url) => {
            assert_eq!(
                columns,
                live_postgres(&url),
                "schema.rs against migrated PostgreSQL"
            );
            // A Diesel BigInt must be bigint on PostgreSQL, or reads fail at run time.
            assert_eq!(bits, postgres_shape(&url).integer_bits, "integer widths");
        }
        None => common::skip(
            "the PostgreSQL half of diesels_schema_describes_the_migrated_databases",
            common::Skip::PostgresOnly,
        ),
    }
}

/// The "nothing stored in clear" checks (`TestEnv::stored_bytes`) read every
/// table the database's catalogue lists, on both engines: every table Diesel
/// knows, and one made after this test was written, which nobody listed.
#[test]
fn the_clear_text_checks_read_every_table_including_new_ones() {
    let app = common::TestApp::new();
    let mut conn = app.env.connect();
    let listed: BTreeSet<String> = app.env.tables(&mut conn).into_iter().collect();
    let (columns, _, _) = diesel_schema();
    let known: BTreeSet<String> = columns.into_iter().map(|(table, ..)| table).collect();
    assert!(known.len() > 15, "{known:?}");
    let missing: Vec<&String> = known.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "tables the dump would not read: {missing:?}"
    );

    let binary = if app.env.is_postgres() {
        "BYTEA"
    } else {
        "BLOB"
    };
    diesel::sql_query(format!(
        "CREATE TABLE a_table_added_later (note TEXT, data {binary})"
    ))
    .execute(&mut conn)
    .unwrap();
    let bytes: Vec<u8> = vec![0xC0, 0xFF, 0xEE, 0x00, 0x5A, 0xFE];
    diesel::sql_query("INSERT INTO a_table_added_later (note, data) VALUES ($1, $2)")
        .bind::<Text, _>("CanaryInALaterTable")
        .bind::<diesel::sql_types::Binary, _>(&bytes)
        .execute(&mut conn)
        .unwrap();
    // The rows as the dump reads them from the database, apart from the files.
    let dump = app.env.table_dump();
    assert!(dump.contains("a_table_added_later") && dump.contains("CanaryInALaterTable"));
    assert!(
        common::contains(dump.as_bytes(), &bytes),
        "binary columns as hex"
    );
    assert!(common::contains(
        &app.env.stored_bytes(),
        b"CanaryInALaterTable"
    ));
    // Rows of the tables Voices made are there too: the first admin's name.
    app.create_admin();
    assert!(app.env.table_dump().contains(common::ADMIN_NAME));
}

/// What a copy of the database shows about a submission without any key is
/// exactly what the threat model's "Moderation state" row names: every column
/// of `submissions` that is not encrypted (binary) is named there, and every
/// name there is such a column. A new clear column fails this test until the
/// threat model says it is there.
#[test]
fn the_clear_columns_of_a_submission_are_the_ones_named_here() {
    let (columns, _, _) = diesel_schema();
    let clear: BTreeSet<String> = columns
        .into_iter()
        .filter(|(table, column, family, _)| {
            table == "submissions" && family != "binary" && column != "id"
        })
        .map(|(_, column, ..)| column)
        .collect();
    assert!(clear.contains("publish_requested_by"), "{clear:?}");
    let model = std::fs::read_to_string("docs/THREAT_MODEL.md").unwrap();
    let row = model
        .lines()
        .find(|l| l.starts_with("| Moderation state |"))
        .expect("the threat model's Moderation state row");
    let named: BTreeSet<String> = regex::Regex::new(r"`([a-z_]+)`")
        .unwrap()
        .captures_iter(row)
        .map(|c| c[1].to_owned())
        .filter(|n| n != "submissions")
        .collect();
    assert_eq!(
        named, clear,
        "clear columns of submissions against the threat model"
    );
}
