package io.kontor.documents.service;

import io.kontor.problem.Violation;

import java.util.List;

/** What is wrong with one row of an import; {@code row} is the line of the file it starts on (header = 1). */
public record ImportRowErrors(int row, List<Violation> errors) {

    public ImportRowErrors {
        errors = List.copyOf(errors);
    }
}
