package io.kontor.sync.connector;

/**
 * A delivery channel behind extensions (DESIGN.md §6): hands one delivery to its destination, once, and says how
 * that went. Retrying, scheduling and recording are the delivery engine's; a connector never throws for a failed
 * delivery, it reports it.
 *
 * <p>{@link #deliver} blocks until the attempt is over (bounded by the connector's own timeout), so it is called
 * from a worker thread, never from an event loop.
 */
public interface Connector {

    /** The channel this connector serves, as the extension catalog names it, e.g. {@code WEBHOOK}. */
    String channel();

    DeliveryOutcome deliver(OutboundDelivery delivery);
}
