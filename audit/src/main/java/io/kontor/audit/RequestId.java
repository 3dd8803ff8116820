package io.kontor.audit;

import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request being served: the caller's {@code X-Request-Id} when it is a sensible one (a gateway's, so
 * that a trail entry can be found in its logs too), otherwise a new one. {@link RequestIdFilter} sets it and echoes
 * it in the response.
 */
@RequestScoped
public class RequestId {

    static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private String value;

    public String value() {
        if (value == null) {
            value = UUID.randomUUID().toString();
        }
        return value;
    }

    void adopt(String offered) {
        value = offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
