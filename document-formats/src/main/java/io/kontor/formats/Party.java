package io.kontor.formats;

/** A seller or buyer as the invoice names it; either field may be absent. */
public record Party(String name, String vatId) {
}
