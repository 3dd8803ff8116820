-- The trace a delivery belongs to (W3C traceparent of the span that queued it: the consumed document event, or the
-- backfill request). Attempts run later on worker threads and continue it, so one trace shows a document from its
-- upload to every attempt. Null for deliveries queued before tracing, or outside any trace.
alter table delivery add column traceparent text;
