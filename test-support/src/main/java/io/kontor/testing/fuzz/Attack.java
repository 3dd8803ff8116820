package io.kontor.testing.fuzz;

import java.util.Map;

/**
 * One hostile request, as it goes on the wire.
 *
 * @param mustRefuse true when no service could sensibly accept it (malformed JSON, a Content-Type lie, a garbage
 *                   id): it must be answered with a 4xx problem; false when it is odd but may be valid (an emoji in
 *                   a name): it must not be a 5xx, and if refused, must be refused properly
 * @param refusedBelowTheService why the request is refused before any service code runs, with a bare 4xx instead of a
 *                               problem (docs/security.md, "Hostile input"); null for every other request
 */
record Attack(String description, String method, String target, Map<String, String> headers, byte[] body,
              boolean chunked, boolean mustRefuse, String refusedBelowTheService) {

    Attack(String description, String method, String target, Map<String, String> headers, byte[] body,
           boolean chunked, boolean mustRefuse) {
        this(description, method, target, headers, body, chunked, mustRefuse,
                HostileInputs.hasInvalidEscape(target) ? "the HTTP codec refuses an invalid percent-escape" : null);
    }
}
