package io.kontor.sync.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "One page of deliveries.")
public record DeliveryList(
        List<DeliveryView> items,
        @Schema(description = "Pass as ?cursor= for the next page; absent on the last page.", nullable = true)
        String nextCursor) {
}
