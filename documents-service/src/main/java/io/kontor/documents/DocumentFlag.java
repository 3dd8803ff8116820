package io.kontor.documents;

/**
 * Something about a document a person should look at, e.g. {@code type-contradicts-file} (uploaded as a sales
 * invoice, but the client is the buyer), {@code field-contradicts-file} (the uploader's gross amount is not the
 * file's), {@code unreadable} (refused as unsafe or broken). {@code code} is stable; {@code message} says it.
 */
public record DocumentFlag(String code, String message) {
}
