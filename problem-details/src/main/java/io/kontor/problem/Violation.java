package io.kontor.problem;

/**
 * One offending input: {@code field} is a path into the request (e.g. {@code name}, {@code settings.url},
 * {@code $.settings.url} for JSON Schema checks) and {@code message} says what a valid value looks like.
 */
public record Violation(String field, String message) {
}
