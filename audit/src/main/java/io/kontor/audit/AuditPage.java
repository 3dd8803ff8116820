package io.kontor.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** @param nextAfter pass as {@code after} for the next page; absent on the last */
public record AuditPage(List<AuditEntryView> items,
                        @Schema(nullable = true) Long nextAfter) {
}
