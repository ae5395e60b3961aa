DROP TABLE api_tokens;
DROP TABLE digest_responses;
DROP TABLE digests;
