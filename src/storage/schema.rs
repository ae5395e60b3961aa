//! The one Diesel schema both backends share. Kept by hand in step with
//! `migrations/sqlite` and `migrations/postgres`; `tests/schema.rs` proves the two
//! migration sets create the same tables, columns, keys, unique constraints,
//! indexes, foreign keys, defaults and integer widths, and that this file
//! describes what they create.

diesel::table! {
    organisation_keys (id) {
        id -> BigInt,
        public_key -> Binary,
        created_on -> Text,
        retired -> Bool,
        secret_sealed_to_previous -> Nullable<Binary>,
    }
}

diesel::table! {
    setup_claims (id) {
        id -> BigInt,
        token_hash -> Binary,
        wrapped_org_secret -> Binary,
        expires_at -> BigInt,
    }
}

diesel::table! {
    staff (id) {
        id -> BigInt,
        name -> Text,
        role -> Text,
        key_wrap -> Nullable<Binary>,
        disabled -> Bool,
        created_on -> Text,
    }
}

diesel::table! {
    staff_sessions (id) {
        id -> Binary,
        staff_id -> BigInt,
        wrapped_org_secret -> Nullable<Binary>,
        created_at -> BigInt,
        last_seen_at -> BigInt,
    }
}

diesel::table! {
    submissions (id) {
        id -> BigInt,
        receipt_hash -> Binary,
        kind -> Text,
        language -> Text,
        state -> Text,
        received_on -> Text,
        org_sealed_key -> Nullable<Binary>,
        receipt_wrapped_key -> Nullable<Binary>,
        payload -> Nullable<Binary>,
        org_key_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    sign_in_backoff (name_hash) {
        name_hash -> Binary,
        failures -> BigInt,
        last_failure_at -> BigInt,
    }
}

diesel::table! {
    pending_maintenance (task) {
        task -> Text,
        due -> Bool,
    }
}

diesel::joinable!(staff_sessions -> staff (staff_id));
diesel::allow_tables_to_appear_in_same_query!(
    organisation_keys,
    setup_claims,
    staff,
    staff_sessions,
    submissions,
    sign_in_backoff,
    pending_maintenance
);
