package io.kontor.documents.service;

import io.kontor.problem.InvalidInput;

import java.util.List;

/** Nothing to import: an empty body, or a header row and no client under it. */
public class ClientCsvEmpty extends InvalidInput {

    public ClientCsvEmpty() {
        super("no-rows", "No rows to import", "The file holds no client rows. Send a header row (line 1) followed by "
                + "one row per client.", List.of());
    }
}
