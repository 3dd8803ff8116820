package io.kontor.sync;

import io.kontor.problem.NotFound;

import java.util.UUID;

public class DeliveryNotFound extends NotFound {

    public DeliveryNotFound(UUID deliveryId) {
        super("delivery-not-found", "Delivery not found", "There is no delivery " + deliveryId + " in your firm.");
    }
}
