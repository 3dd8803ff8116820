package io.kontor.documents.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadedOriginalTest {

    private static final Path FILE = Path.of("/tmp/upload-1234");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "C:\\Users\\anna\\Documents\\invoice.pdf | invoice.pdf",
            "\\\\server\\share\\scans\\scan 01.png   | scan 01.png",
            "/home/anna/Downloads/invoice.pdf        | invoice.pdf",
            "relative/dir/statement.cod              | statement.cod",
            "C:/mixed\\separators/receipt.jpg        | receipt.jpg",
            "invoice.pdf                             | invoice.pdf",
            "Rechnung März 2026.pdf                  | Rechnung März 2026.pdf"})
    void onlyTheLastSegmentOfAClientPathIsTheName(String sent, String kept) {
        assertThat(new UploadedOriginal(FILE, sent).fileName()).isEqualTo(kept);
    }

    @Test
    void controlCharactersAreRemoved() {
        assertThat(name("inv\u0000oice\r\n.pdf")).isEqualTo("invoice.pdf");
        assertThat(name("\tinvoice\u001b[31m.pdf\u007f")).isEqualTo("invoice[31m.pdf");
        assertThat(name("in\u0085voice\u009b.pdf")).isEqualTo("invoice.pdf");
    }

    @Test
    void surroundingWhitespaceIsTrimmedButInnerSpacesStay() {
        assertThat(name("   my  invoice.pdf  ")).isEqualTo("my  invoice.pdf");
        assertThat(name("C:\\Users\\anna\\ invoice.pdf ")).isEqualTo("invoice.pdf");
    }

    @Test
    void overlongNamesAreCutTo255Characters() {
        String name = "a".repeat(300) + ".pdf";

        assertThat(name(name)).hasSize(255).isEqualTo("a".repeat(255));
        assertThat(name("b".repeat(255))).isEqualTo("b".repeat(255));
        assertThat(name("/dir/" + "c".repeat(256))).isEqualTo("c".repeat(255));
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String name = "a".repeat(254) + "\uD83D\uDCC4.pdf";

        assertThat(name(name)).isEqualTo("a".repeat(254));
        assertThat(name("a".repeat(253) + "\uD83D\uDCC4.pdf")).isEqualTo("a".repeat(253) + "\uD83D\uDCC4");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\r\n", "\u0000\u0001", "C:\\Users\\anna\\", "/home/anna/", "dir/ \u0007 "})
    void withNothingUsableLeftTheNameIsDocument(String sent) {
        assertThat(new UploadedOriginal(FILE, sent).fileName()).isEqualTo("document")
                .isEqualTo(UploadedOriginal.FALLBACK_NAME);
    }

    @Test
    void anOriginalHasAFile() {
        assertThatThrownBy(() -> new UploadedOriginal(null, "invoice.pdf")).isInstanceOf(NullPointerException.class);
        assertThat(new UploadedOriginal(FILE, "invoice.pdf").file()).isEqualTo(FILE);
    }

    private static String name(String sent) {
        return new UploadedOriginal(FILE, sent).fileName();
    }
}
