DROP TABLE digest_quotes;
DROP TABLE facts;
