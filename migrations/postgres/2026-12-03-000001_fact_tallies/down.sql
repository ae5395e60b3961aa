DROP TABLE fact_tallies;
