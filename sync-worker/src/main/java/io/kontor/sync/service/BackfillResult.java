package io.kontor.sync.service;

/**
 * What a backfill found and did.
 *
 * @param matched          documents in the range whose type the integration takes
 * @param alreadyDelivered of those, the ones with a delivery to the integration already (live or backfilled)
 * @param queued           deliveries queued, or that a dry run would queue
 */
public record BackfillResult(boolean dryRun, int matched, int alreadyDelivered, int queued) {
}
