//! The one Diesel schema both backends share. Kept by hand in step with
//! `migrations/sqlite` and `migrations/postgres`; `tests/schema.rs` proves the two
//! migration sets create the same tables, columns, keys, unique constraints,
//! indexes, foreign keys, defaults and integer widths, and that this file
//! describes what they create.
//! It never changes without both migration sets changing with it.

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
        languages -> Text,
        ui_language -> Nullable<Text>,
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
        priority -> BigInt,
        version -> BigInt,
        claimed_by -> Nullable<BigInt>,
        claim_expires_at -> Nullable<BigInt>,
        changed_on -> Nullable<Text>,
        declined_by -> Nullable<BigInt>,
        second_look_used -> Bool,
        publish_requested_by -> Nullable<BigInt>,
        survivor_waiting -> Bool,
        review -> Nullable<Binary>,
        data_key_era -> Nullable<BigInt>,
        queue_group -> BigInt,
    }
}

diesel::table! {
    messages (id) {
        id -> BigInt,
        submission_id -> BigInt,
        author -> Text,
        sent_on -> Text,
        body -> Binary,
        position -> BigInt,
    }
}

diesel::table! {
    proposals (id) {
        id -> BigInt,
        submission_id -> BigInt,
        status -> Text,
        proposed_on -> Text,
        body -> Binary,
    }
}

diesel::table! {
    staff_notes (id) {
        id -> BigInt,
        submission_id -> BigInt,
        staff_id -> BigInt,
        written_at -> Text,
        body -> Binary,
    }
}

diesel::table! {
    published_stories (id) {
        id -> BigInt,
        language -> Text,
        kind -> Text,
        month -> Text,
        content_warnings -> Text,
        body -> Text,
    }
}

diesel::table! {
    published_themes (story_id, theme) {
        story_id -> BigInt,
        theme -> Text,
        language -> Text,
        month -> Text,
    }
}

diesel::table! {
    invitations (id) {
        id -> BigInt,
        token_hash -> Binary,
        name -> Text,
        role -> Text,
        languages -> Text,
        wrapped_org_secret -> Nullable<Binary>,
        expires_at -> BigInt,
        invited_by -> BigInt,
    }
}

diesel::table! {
    settings (key) {
        key -> Text,
        value -> Text,
    }
}

diesel::table! {
    job_leases (job) {
        job -> Text,
        holder -> Text,
        until_at -> BigInt,
    }
}

diesel::table! {
    staff_events (id) {
        id -> BigInt,
        at -> Text,
        staff_id -> Nullable<BigInt>,
        action -> Text,
        submission_id -> Nullable<BigInt>,
        detail -> Text,
        prev_hash -> Binary,
        hash -> Binary,
    }
}

diesel::table! {
    survivor_events (id) {
        id -> BigInt,
        day -> Text,
        action -> Text,
        submission_id -> BigInt,
        detail -> Text,
        prev_hash -> Binary,
        hash -> Binary,
        chain -> Text,
        position -> BigInt,
    }
}

diesel::table! {
    receipt_tickets (id_hash) {
        id_hash -> Binary,
        sealed -> Binary,
        made_on -> Text,
    }
}

diesel::table! {
    audit_heads (chain) {
        chain -> Text,
        last_id -> BigInt,
        last_hash -> Binary,
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

diesel::table! {
    facts (id) {
        id -> BigInt,
        month -> Text,
        language -> Text,
        kind -> Text,
        service -> Nullable<Text>,
        region -> Nullable<Text>,
        age_band -> Nullable<Text>,
        themes -> Text,
        answers -> Text,
    }
}

diesel::table! {
    fact_tallies (month, slot) {
        month -> Text,
        slot -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    digest_quotes (id) {
        id -> BigInt,
        month -> Text,
        language -> Text,
        themes -> Text,
        content_warnings -> Text,
        body -> Text,
    }
}

diesel::table! {
    digests (period) {
        period -> Text,
        kind -> Text,
        released_on -> Text,
        body -> Text,
        content_hash -> Binary,
    }
}

diesel::table! {
    digest_responses (id) {
        id -> BigInt,
        period -> Text,
        theme -> Text,
        language -> Text,
        body -> Text,
        written_on -> Text,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> BigInt,
        name -> Text,
        token_hash -> Binary,
        created_on -> Text,
        revoked -> Bool,
    }
}

diesel::table! {
    lead_alerts (channel) {
        channel -> Text,
        pending -> Bool,
        sending -> Bool,
        last_slot -> BigInt,
        failures -> BigInt,
        failure -> Nullable<Text>,
        failure_day -> Nullable<Text>,
        gave_up -> Bool,
    }
}

diesel::table! {
    lead_alert_addresses (staff_id) {
        staff_id -> BigInt,
        sealed_address -> Binary,
    }
}

diesel::joinable!(lead_alert_addresses -> staff (staff_id));
diesel::joinable!(staff_sessions -> staff (staff_id));
diesel::joinable!(messages -> submissions (submission_id));
diesel::joinable!(proposals -> submissions (submission_id));
diesel::joinable!(published_themes -> published_stories (story_id));
diesel::joinable!(digest_responses -> digests (period));
diesel::allow_tables_to_appear_in_same_query!(
    organisation_keys,
    setup_claims,
    staff,
    staff_sessions,
    submissions,
    messages,
    proposals,
    staff_notes,
    published_stories,
    published_themes,
    invitations,
    settings,
    job_leases,
    staff_events,
    survivor_events,
    receipt_tickets,
    audit_heads,
    sign_in_backoff,
    pending_maintenance,
    facts,
    fact_tallies,
    digest_quotes,
    digests,
    digest_responses,
    api_tokens,
    lead_alerts,
    lead_alert_addresses
);
