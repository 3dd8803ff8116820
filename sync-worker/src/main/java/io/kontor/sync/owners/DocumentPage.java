package io.kontor.sync.owners;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of a client's documents from documents-service; {@code nextCursor} is absent on the last. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentPage(List<ListedDocument> items, String nextCursor) {
}
