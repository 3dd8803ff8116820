package io.kontor.documents.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontor.documents.DocumentDetails;
import io.kontor.documents.config.ExactJsonNumbers;
import io.kontor.problem.InvalidInput;
import io.kontor.problem.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MetadataPatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final DocumentDetails CURRENT = new DocumentDetails("INV-1", LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 2, 14), "Acme NV", "BE0123456749", "EUR", new BigDecimal("100.00"),
            new BigDecimal("21.00"), new BigDecimal("121.00"), "paid by card");

    @Test
    void anEmptyPatchLeavesEverythingAsItIs() {
        assertThat(patch("{}")).isEqualTo(CURRENT);
        assertThat(MetadataPatch.of(json("{}")).applyTo(DocumentDetails.NONE)).isEqualTo(DocumentDetails.NONE);
    }

    @Test
    void aMemberSetsItsFieldAndLeavesTheOthers() {
        DocumentDetails patched = patch("{\"dueDate\": \"2026-03-01\", \"counterpartyVat\": \"nl 1234.5678.9b01\"}");

        assertThat(CURRENT.fieldsChangedIn(patched)).containsExactly("dueDate", "counterpartyVat");
        assertThat(patched.dueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(patched.counterpartyVat()).isEqualTo("NL123456789B01");
    }

    @Test
    void aNullMemberClearsItsField() {
        DocumentDetails patched = patch("{\"note\": null, \"dueDate\": null, \"grossAmount\": null}");

        assertThat(CURRENT.fieldsChangedIn(patched)).containsExactly("dueDate", "grossAmount", "note");
        assertThat(patched.note()).isNull();
        assertThat(patched.dueDate()).isNull();
        assertThat(patched.grossAmount()).isNull();
    }

    @Test
    void anEmptyStringClearsItsFieldToo() {
        assertThat(patch("{\"note\": \"  \"}").note()).isNull();
    }

    @Test
    void amountsMayBeJsonNumbersOrStrings() {
        DocumentDetails patched = patch("{\"netAmount\": 200, \"taxAmount\": 42.0, \"grossAmount\": \"242\"}");

        assertThat(patched.netAmount()).isEqualTo(new BigDecimal("200.00"));
        assertThat(patched.taxAmount()).isEqualTo(new BigDecimal("42.00"));
        assertThat(patched.grossAmount()).isEqualTo(new BigDecimal("242.00"));
        assertThat(patch("{\"grossAmount\": 1E+2}").grossAmount()).isEqualTo(new BigDecimal("100.00"));
        assertThat(patch("{\"grossAmount\": 0.1234}").grossAmount()).isEqualTo(new BigDecimal("0.1234"));
    }

    @Test
    void theSameAmountWrittenDifferentlyIsNoChange() {
        assertThat(CURRENT.fieldsChangedIn(patch("{\"grossAmount\": 121, \"netAmount\": \"100.0\"}"))).isEmpty();
    }

    @Test
    void aNumberForATextFieldIsTakenAsText() {
        assertThat(patch("{\"documentNumber\": 20260042}").documentNumber()).isEqualTo("20260042");
    }

    @Test
    void aPatchFollowsTheUploadRules() {
        InvalidInput invalid = invalid(() -> patch("{\"currency\": \"eur\", \"grossAmount\": 1.23456, "
                + "\"issueDate\": \"2026-02-30\", \"colour\": \"red\"}"));

        assertThat(invalid.violations()).extracting(Violation::field)
                .containsExactly("issueDate", "currency", "grossAmount", "colour");
    }

    @Test
    void theRulesApplyToTheMergedResult() {
        InvalidInput invalid = invalid(() -> patch("{\"dueDate\": \"2026-01-01\"}"));

        assertThat(invalid.violations()).containsExactly(new Violation("dueDate", "must not be before issueDate"));
        assertThat(patch("{\"dueDate\": \"2026-01-01\", \"issueDate\": null}").dueDate())
                .isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void clearingAFieldThatDoesNotExistIsRefused() {
        InvalidInput invalid = invalid(() -> patch("{\"colour\": null}"));

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("colour");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"note\": \"x\"}]", "\"note\"", "42", "true", "null"})
    void aBodyThatIsNotAnObjectIsRefused(String body) {
        InvalidInput invalid = invalid(() -> MetadataPatch.of(json(body)));

        assertThat(invalid.violations()).containsExactly(new Violation("body", "must be a JSON object"));
    }

    @Test
    void noBodyAtAllIsRefused() {
        InvalidInput invalid = invalid(() -> MetadataPatch.of(null));

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("body");
    }

    @Test
    void membersThatAreArraysObjectsOrBooleansAreRefusedAllAtOnce() {
        InvalidInput invalid = invalid(() -> MetadataPatch.of(json("{\"note\": [\"a\"], \"grossAmount\": "
                + "{\"value\": 1}, \"documentNumber\": true, \"currency\": \"EUR\"}")));

        assertThat(invalid.violations()).containsExactly(
                new Violation("note", "must be a string, a number or null"),
                new Violation("grossAmount", "must be a string, a number or null"),
                new Violation("documentNumber", "must be a string, a number or null"));
    }

    @Test
    void anAmountIsNeverRoundedOnTheWayIn() throws JsonProcessingException {
        ObjectMapper service = new ObjectMapper();
        new ExactJsonNumbers().customize(service);
        JsonNode body = service.readTree("{\"grossAmount\": 123456789012345.6789, \"netAmount\": 0.10, "
                + "\"taxAmount\": 1234567890123.4567}");

        DocumentDetails patched = MetadataPatch.of(body).applyTo(CURRENT);

        assertThat(patched.grossAmount()).isEqualTo(new BigDecimal("123456789012345.6789"));
        assertThat(patched.netAmount()).isEqualTo(new BigDecimal("0.10"));
        assertThat(patched.taxAmount()).isEqualTo(new BigDecimal("1234567890123.4567"));
        assertThat(invalid(() -> MetadataPatch.of(service.readTree("{\"grossAmount\": 1.00000000000000001}"))
                .applyTo(CURRENT)).violations()).extracting(Violation::field).containsExactly("grossAmount");
    }

    private static DocumentDetails patch(String body) {
        return MetadataPatch.of(json(body)).applyTo(CURRENT);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static InvalidInput invalid(ThrowingCallable call) {
        InvalidInput invalid = catchThrowableOfType(InvalidInput.class, call);
        assertThat(invalid).as("should be refused").isNotNull();
        assertThat(invalid.status()).isEqualTo(422);
        return invalid;
    }
}
