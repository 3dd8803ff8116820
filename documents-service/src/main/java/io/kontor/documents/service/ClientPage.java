package io.kontor.documents.service;

import io.kontor.documents.Client;

import java.util.List;

/** One page of the client list; {@code nextCursor} is null on the last page. */
public record ClientPage(List<Client> items, String nextCursor) {
}
