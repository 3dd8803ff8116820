package io.kontor.documents.intake;

import io.kontor.events.documents.DocumentType;
import io.kontor.formats.DocumentFormat;
import io.kontor.problem.InvalidInput;
import io.kontor.problem.Violation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** No folder was given, and the file (read as {@code format}) does not decide one. */
public class TypeRequired extends InvalidInput {

    public TypeRequired(DocumentFormat format) {
        super("type-required", "Document type required",
                "This file (read as " + format + ") does not say which folder it belongs in: send a type, one "
                        + "of " + Arrays.stream(DocumentType.values()).map(Enum::name).collect(Collectors.joining(", "))
                        + ". E-invoices naming the client as buyer or seller and bank statements need none.",
                List.of(new Violation("type", "required for this file")));
    }
}
