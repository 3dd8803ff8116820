package io.kontor.formats;

/**
 * Something a person should know about a read: input refused as unsafe ({@code unsafe-xml}), a file cut short
 * ({@code truncated}), an embedded invoice that could not be read, … {@code code} is stable, {@code message} says it
 * in a sentence.
 */
public record Finding(String code, String message) {
}
