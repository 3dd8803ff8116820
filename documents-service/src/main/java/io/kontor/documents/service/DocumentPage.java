package io.kontor.documents.service;

import io.kontor.documents.Document;
import io.kontor.events.documents.DocumentType;

import java.util.List;
import java.util.Map;

/**
 * One page of a folder view, and how many documents each of the five folders holds under the same filter.
 *
 * @param nextCursor where the next page starts; null on the last page
 */
public record DocumentPage(List<Document> documents, String nextCursor, Map<DocumentType, Long> counts) {
}
