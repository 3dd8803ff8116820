package io.kontor.documents;

import io.kontor.events.documents.DocumentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentTest {

    private static final Instant UPLOADED = Instant.parse("2026-01-15T09:30:00.123456Z");
    private static final Instant LATER = Instant.parse("2026-02-01T10:00:00Z");
    private static final UUID CLIENT = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001");
    private static final StoredFile FILE = new StoredFile("invoice.pdf", "application/pdf", 76030,
            "0c6955ba818f3603e554e00f792cd16c49b8181f15eb6f20a2351fbf4395aa6f");

    @Test
    void anUploadIsVersionOneCreatedAndUpdatedAtTheSameMomentBySameUser() {
        DocumentDetails details = details("INV-1", "121");

        Document document = upload(details);

        assertThat(document.id()).isNotNull();
        assertThat(document.partnerId()).isEqualTo("partner-1");
        assertThat(document.clientId()).isEqualTo(CLIENT);
        assertThat(document.type()).isEqualTo(DocumentType.PURCHASE_INVOICE);
        assertThat(document.version()).isEqualTo(1);
        assertThat(document.createdAt()).isEqualTo(UPLOADED);
        assertThat(document.updatedAt()).isEqualTo(document.createdAt());
        assertThat(document.createdBy()).isEqualTo("user-anna");
        assertThat(document.updatedBy()).isEqualTo("user-anna");
        assertThat(document.file()).isEqualTo(FILE);
        assertThat(document.details()).isEqualTo(details);
        assertThat(document.possibleDuplicateOf()).isNull();
    }

    @Test
    void everyUploadIsANewDocument() {
        assertThat(upload(DocumentDetails.NONE).id()).isNotEqualTo(upload(DocumentDetails.NONE).id());
    }

    @Test
    void anUploadNamesItsPartnerClientAndFolder() {
        assertThatThrownBy(() -> Document.upload(null, CLIENT, DocumentType.OTHER, FILE, DocumentDetails.NONE,
                "user-anna", UPLOADED)).isInstanceOf(NullPointerException.class).hasMessageContaining("partnerId");
        assertThatThrownBy(() -> Document.upload("partner-1", null, DocumentType.OTHER, FILE, DocumentDetails.NONE,
                "user-anna", UPLOADED)).isInstanceOf(NullPointerException.class).hasMessageContaining("clientId");
        assertThatThrownBy(() -> Document.upload("partner-1", CLIENT, null, FILE, DocumentDetails.NONE,
                "user-anna", UPLOADED)).isInstanceOf(NullPointerException.class).hasMessageContaining("type");
    }

    @Test
    void aRevisionReturnsTheChangedFieldsAndBumpsTheVersion() {
        Document document = upload(details("INV-1", "121"));
        DocumentDetails revised = details("INV-2", "242");

        assertThat(document.revise(revised, "user-bert", LATER)).containsExactly("documentNumber", "grossAmount");

        assertThat(document.version()).isEqualTo(2);
        assertThat(document.details()).isEqualTo(revised);
        assertThat(document.updatedAt()).isEqualTo(LATER);
        assertThat(document.updatedBy()).isEqualTo("user-bert");
        assertThat(document.createdAt()).isEqualTo(UPLOADED);
        assertThat(document.createdBy()).isEqualTo("user-anna");
        assertThat(document.file()).isEqualTo(FILE);
    }

    @Test
    void aRevisionThatChangesNothingLeavesVersionAndAuthorAlone() {
        Document document = upload(details("INV-1", "121"));

        assertThat(document.revise(details(" INV-1 ", "121.00"), "user-bert", LATER)).isEmpty();

        assertThat(document.version()).isEqualTo(1);
        assertThat(document.updatedAt()).isEqualTo(UPLOADED);
        assertThat(document.updatedBy()).isEqualTo("user-anna");
    }

    @Test
    void eachRevisionThatChangesSomethingIsOneMoreVersion() {
        Document document = upload(DocumentDetails.NONE);

        document.revise(details("INV-1", null), "user-bert", LATER);
        document.revise(details("INV-1", null), "user-carla", LATER.plusSeconds(60));
        document.revise(DocumentDetails.NONE, "user-dora", LATER.plusSeconds(120));

        assertThat(document.version()).isEqualTo(3);
        assertThat(document.details()).isEqualTo(DocumentDetails.NONE);
        assertThat(document.updatedBy()).isEqualTo("user-dora");
        assertThat(document.updatedAt()).isEqualTo(LATER.plusSeconds(120));
    }

    @Test
    void aDocumentCanBeMarkedAsPossibleDuplicateOfAnotherAndUnmarked() {
        Document document = upload(DocumentDetails.NONE);
        UUID earlier = UUID.randomUUID();

        document.markPossibleDuplicateOf(earlier);
        assertThat(document.possibleDuplicateOf()).isEqualTo(earlier);

        document.markPossibleDuplicateOf(null);
        assertThat(document.possibleDuplicateOf()).isNull();
    }

    @Test
    void aDocumentCannotDuplicateItself() {
        Document document = upload(DocumentDetails.NONE);

        assertThatThrownBy(() -> document.markPossibleDuplicateOf(document.id()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(document.possibleDuplicateOf()).isNull();
    }

    @Test
    void aRevisionRecordsTheDocumentsNewVersion() {
        Document document = upload(details("INV-1", "121"));
        List<String> changed = document.revise(details("INV-1", "150"), "user-bert", LATER);

        DocumentRevision revision = DocumentRevision.of(document, changed);

        assertThat(revision.version()).isEqualTo(2);
        assertThat(revision.changedAt()).isEqualTo(LATER);
        assertThat(revision.changedBy()).isEqualTo("user-bert");
        assertThat(revision.changedFields()).containsExactly("grossAmount");
        assertThat(revision.metadata()).isEqualTo(details("INV-1", "150.00"));
    }

    private static Document upload(DocumentDetails details) {
        return Document.upload("partner-1", CLIENT, DocumentType.PURCHASE_INVOICE, FILE, details, "user-anna",
                UPLOADED);
    }

    private static DocumentDetails details(String number, String gross) {
        return new DocumentDetails(number, LocalDate.of(2026, 1, 15), null, "Acme NV", "BE0123456749", "EUR", null,
                null, gross == null ? null : new BigDecimal(gross), null);
    }
}
