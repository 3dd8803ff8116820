package io.kontor.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details object. {@code errors} lists each offending field for validation problems, so a
 * form can put the message next to the field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Where the problem types are documented; a type is this base plus a slug such as {@code client-not-found}. */
    public static final String TYPE_BASE = "https://kontor.dev/problems/";

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
