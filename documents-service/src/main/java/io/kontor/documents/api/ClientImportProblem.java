package io.kontor.documents.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kontor.documents.service.ImportRowErrors;
import io.kontor.problem.Problem;
import io.kontor.problem.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * The RFC 9457 problem of a refused import: the members of every {@link Problem}, and {@code rows} where a
 * single-object validation problem has {@code errors}, because a field name alone does not say which client.
 */
@Schema(name = "ClientImportProblem", description = "A validation problem (RFC 9457) listing every invalid row.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClientImportProblem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        @Schema(description = "Every invalid row, in file order, with each of its errors") List<Row> rows) {

    static ClientImportProblem of(Problem problem, List<ImportRowErrors> rows) {
        return new ClientImportProblem(problem.type(), problem.title(), problem.status(), problem.detail(),
                problem.instance(), rows.stream().map(row -> new Row(row.row(), row.errors())).toList());
    }

    @Schema(name = "ClientImportRowErrors")
    public record Row(
            @Schema(description = "Line of the file the row starts on; the header is row 1") int row,
            @Schema(description = "field: a column name (or 'column N' for a value outside any named column)")
            List<Violation> errors) {
    }
}
