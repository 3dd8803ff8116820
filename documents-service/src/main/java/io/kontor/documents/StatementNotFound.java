package io.kontor.documents;

import io.kontor.problem.NotFound;

import java.util.UUID;

public class StatementNotFound extends NotFound {

    public StatementNotFound(UUID documentId, int position) {
        super("statement-not-found", "Statement not found", "Document " + documentId + " has no statement at "
                + "position " + position + "; GET …/statements lists the ones it has.");
    }
}
