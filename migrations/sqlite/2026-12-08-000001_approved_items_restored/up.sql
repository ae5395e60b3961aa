-- Builds before 2026-12-07 moved an item from "Survivor said yes" (approved)
-- back to "Being read" (in_review) when a moderator took it, and from there
-- Publish was never offered. A claim now keeps the approval; this puts back the
-- items an older build moved: those being read whose latest edited version the
-- survivor approved (a newer version, or the survivor's other answer, would be
-- the latest instead). Both states are on the same queue list, and the claim,
-- if any, stays with its holder, as a claim on an approved item does now.
UPDATE submissions SET state = 'approved'
WHERE state = 'in_review'
  AND (
    SELECT proposals.status FROM proposals
    WHERE proposals.submission_id = submissions.id
    ORDER BY proposals.id DESC
    LIMIT 1
  ) = 'approved';
