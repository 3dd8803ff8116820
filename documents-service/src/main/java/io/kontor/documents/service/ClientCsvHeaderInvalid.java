package io.kontor.documents.service;

import io.kontor.problem.InvalidInput;
import io.kontor.problem.Violation;

import java.util.List;

/**
 * The header row names columns the import does not know, lacks a required one or names one twice. Refused as a
 * whole: guessing what an unknown column means could put values into the wrong field of thousands of clients.
 */
public class ClientCsvHeaderInvalid extends InvalidInput {

    public ClientCsvHeaderInvalid(List<Violation> columns) {
        super("invalid-csv-header", "CSV header not accepted", "Fix the header row (line 1) and send the file again: "
                + String.join("; ", columns.stream().map(c -> c.field() + " " + c.message()).toList()) + ". "
                + "The columns are " + String.join(", ", ClientCsvParser.COLUMNS) + " (any case); "
                + String.join(", ", ClientCsvParser.REQUIRED) + " are required.", columns);
    }
}
