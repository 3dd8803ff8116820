package io.kontor.tenancy;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.List;

/**
 * Documents the two refusals every secured operation of every service shares, once, instead of on every resource:
 * 401 for a missing or refused token and 403 for a role that may not, both as problem+json. Operations whose security requirement is empty
 * ({@code security: [{}]}, e.g. a signed download link) get neither.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecuredOperationProblems implements OASFilter {

    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        openApi.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().stream()
                .filter(SecuredOperationProblems::needsAToken)
                .forEach(SecuredOperationProblems::documentRefusals));
    }

    private static boolean needsAToken(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security != null && !security.isEmpty()
                && security.stream().noneMatch(requirement -> requirement.getSchemes() == null
                || requirement.getSchemes().isEmpty());
    }

    private static void documentRefusals(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        document(responses, "401", "No bearer token, or a token that is expired, from another issuer or badly "
                + "signed");
        document(responses, "403", "The caller's role does not allow this operation");
    }

    /** An operation may describe its refusal more precisely; it keeps its words and gains the problem shape. */
    private static void document(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(problem()));
        } else if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                || existing.getContent().getMediaTypes().isEmpty()) {
            existing.setContent(problem());
        }
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }
}
