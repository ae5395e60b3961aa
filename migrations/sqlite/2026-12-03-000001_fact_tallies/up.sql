-- Running totals of the aggregation facts, one row per month and counter (a
-- language and kind, a theme, an age band, a region, a service, a service's
-- answer to one question). A fact adds one to each of its counters when it is
-- written and takes one away when a withdrawal removes it, in the same
-- transaction, so building a digest reads a few hundred rows however many facts
-- a month holds. Nothing here is finer than the facts themselves.
CREATE TABLE fact_tallies (
    month TEXT NOT NULL,
    slot TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (month, slot)
);
