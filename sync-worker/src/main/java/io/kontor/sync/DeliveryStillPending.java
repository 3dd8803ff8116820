package io.kontor.sync;

import io.kontor.problem.Conflict;

import java.util.UUID;

public class DeliveryStillPending extends Conflict {

    public DeliveryStillPending(UUID deliveryId, DeliveryStatus status) {
        super("delivery-still-pending", "Delivery still pending",
                "Delivery " + deliveryId + " is " + status + ": it will be attempted without being asked. Retry "
                        + "it once it is DELIVERED, FAILED or CANCELLED.");
    }
}
