package io.kontor.documents.service;

/**
 * What a caller asks of the client list.
 *
 * @param text     free text; null or blank for every client
 * @param archived false for the active directory, true for the archived clients
 * @param limit    page size; null for the configured default
 * @param cursor   the {@code nextCursor} of the previous page; null for the first
 * @param assignedTo only the clients assigned to this user (an accountant's list); null for every client
 */
public record ClientQuery(String text, boolean archived, Integer limit, String cursor, String assignedTo) {
}
