package io.kontor.sync;

/** Why a delivery exists. */
public enum DeliveryKind {
    /** Routed when its document arrived, inside one of the integration's activation periods. */
    LIVE,
    /** Asked for explicitly, for a document from before the integration was active (DESIGN.md §5). */
    BACKFILL
}
