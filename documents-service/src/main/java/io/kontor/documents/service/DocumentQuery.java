package io.kontor.documents.service;

import io.kontor.documents.DocumentFilter;
import io.kontor.documents.DocumentSort;

/**
 * One page of a folder view as asked for.
 *
 * @param limit  page size; null for the default
 * @param cursor the nextCursor of the previous page; null for the first
 */
public record DocumentQuery(DocumentFilter filter, DocumentSort sort, Integer limit, String cursor) {
}
