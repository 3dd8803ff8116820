package io.kontor.problem;

import java.util.List;
import java.util.stream.Collectors;

/** 400: query or form parameters that cannot be read as what they stand for; {@code violations} names each one. */
public class InvalidParameters extends ProblemException {

    public InvalidParameters(List<Violation> violations) {
        super(400, "invalid-parameters", "Invalid parameters",
                "Fix these parameters and send the request again: " + violations.stream()
                        .map(v -> v.field() + " " + v.message())
                        .collect(Collectors.joining("; ")) + ".",
                violations);
    }
}
