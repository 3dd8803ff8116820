package io.kontor.sync;

/** Where one document stands with one integration (DESIGN.md §2). */
public enum DeliveryStatus {
    QUEUED,
    RETRYING,
    DELIVERED,
    FAILED,
    CANCELLED
}
