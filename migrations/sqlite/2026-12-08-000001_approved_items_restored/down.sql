-- Nothing to undo: the items restored were approved by their survivor.
SELECT 1;
