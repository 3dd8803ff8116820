package io.kontor.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "An account whose statements have a hole: the sequence numbers between the lowest and the "
        + "highest the client has that no uploaded statement carries.")
public record StatementGapView(String iban, List<Long> missingSequenceNumbers) {
}
