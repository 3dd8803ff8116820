package io.kontor.problem;

import java.util.List;

/**
 * A domain failure that the caller can act on. Services subclass it with a name that says what happened
 * ({@code ClientNotFound}, {@code SettingsInvalid}); the shared mapper turns it into problem+json.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Violation> violations;

    protected ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    protected ProblemException(int status, String slug, String title, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, violations);
    }

    public int status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }
}
