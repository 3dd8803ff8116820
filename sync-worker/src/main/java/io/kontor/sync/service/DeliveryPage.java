package io.kontor.sync.service;

import io.kontor.sync.Delivery;

import java.util.List;

/** @param nextCursor null on the last page */
public record DeliveryPage(List<Delivery> items, String nextCursor) {
}
