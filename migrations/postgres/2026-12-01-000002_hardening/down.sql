DROP TABLE sign_in_backoff;
