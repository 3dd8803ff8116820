package io.kontor.documents.service;

import io.kontor.documents.StoredFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OriginalInspectorTest {

    /** What tika-core's magic and root-element detection answers for any well-formed XML document. */
    private static final String XML = "application/xml";

    private final OriginalInspector inspector = new OriginalInspector();

    @TempDir
    Path dir;

    @Test
    void aPdfIsAPdfWhateverItIsCalled() throws IOException {
        Path pdf = sample("zugferd_invoice.pdf");

        assertThat(inspector.inspect(pdf, "zugferd_invoice.pdf").mediaType()).isEqualTo("application/pdf");
        assertThat(inspector.inspect(copy(pdf, "invoice.txt"), "invoice.txt").mediaType())
                .isEqualTo("application/pdf");
        assertThat(inspector.inspect(copy(pdf, "no-extension"), "no-extension").mediaType())
                .isEqualTo("application/pdf");
    }

    @Test
    void xmlInvoicesAndStatementsAreXmlWhateverTheyAreCalled() throws IOException {
        for (String name : new String[]{"base-example.xml", "camt053.v2.minimal.xml"}) {
            Path xml = sample(name);

            assertThat(inspector.inspect(xml, name).mediaType()).as(name).isEqualTo(XML);
            assertThat(inspector.inspect(copy(xml, name + ".pdf"), name + ".pdf").mediaType()).as(name)
                    .isEqualTo(XML);
        }
    }

    @Test
    void aCodaStatementIsPlainText() throws IOException {
        Path coda = sample("coda.cod");

        assertThat(inspector.inspect(coda, "coda.cod").mediaType()).isEqualTo("text/plain");
        assertThat(inspector.inspect(copy(coda, "statement.pdf"), "statement.pdf").mediaType())
                .isEqualTo("text/plain");
    }

    @Test
    void aPngIsRecognisedFromItsBytes() throws IOException {
        BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, Color.ORANGE.getRGB());
        Path png = dir.resolve("scan.pdf");
        assertThat(ImageIO.write(image, "png", png.toFile())).isTrue();

        StoredFile file = inspector.inspect(png, "scan.pdf");

        assertThat(file.mediaType()).isEqualTo("image/png");
        assertThat(file.fileName()).isEqualTo("scan.pdf");
        assertThat(file.sizeBytes()).isEqualTo(Files.size(png));
    }

    @Test
    void bytesWithoutAKnownSignatureAreAnOctetStream() throws IOException {
        byte[] noise = new byte[4096];
        new Random(20260301L).nextBytes(noise);
        Path random = Files.write(dir.resolve("invoice.pdf"), noise);

        assertThat(inspector.inspect(random, "invoice.pdf").mediaType()).isEqualTo(OriginalInspector.UNKNOWN)
                .isEqualTo("application/octet-stream");
    }

    @Test
    void aFileThatOnlyClaimsToBeAPdfIsNotOne() throws IOException {
        Path fake = Files.writeString(dir.resolve("invoice.pdf"), "Invoice INV-1, total EUR 121.00\n",
                StandardCharsets.UTF_8);

        assertThat(inspector.inspect(fake, "invoice.pdf").mediaType()).isEqualTo("text/plain");
    }

    @Test
    void theHashAndSizeOfTheSamplesAreTheKnownOnes() throws IOException {
        assertFacts("base-example.xml", 9228, "1b7cc3ff1834c8963f2c93f30f171b58002cbf0b2c52dc8765e7e83aebb9f7c9");
        assertFacts("zugferd_invoice.pdf", 76030,
                "0c6955ba818f3603e554e00f792cd16c49b8181f15eb6f20a2351fbf4395aa6f");
        assertFacts("coda.cod", 1805, "05e57bd4b7e84ce67531094e06cc9003d60bd05c3f600e9b5e6a9de4b428242a");
    }

    @Test
    void theHashIsLowerCaseHexOfTheBytes() throws IOException {
        Path abc = Files.writeString(dir.resolve("abc"), "abc", StandardCharsets.US_ASCII);
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);

        assertThat(OriginalInspector.sha256(abc))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(OriginalInspector.sha256(empty))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void anEmptyFileIsNoOriginal() throws IOException {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);

        assertThatThrownBy(() -> inspector.inspect(empty, "empty.pdf")).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertFacts(String name, long size, String sha256) throws IOException {
        StoredFile file = inspector.inspect(sample(name), name);

        assertThat(file.sha256()).as(name).isEqualTo(sha256);
        assertThat(file.sizeBytes()).as(name).isEqualTo(size).isEqualTo(Files.size(sample(name)));
        assertThat(file.fileName()).isEqualTo(name);
    }

    private Path copy(Path source, String name) throws IOException {
        return Files.copy(source, dir.resolve(name));
    }

    private static Path sample(String name) {
        try {
            return Path.of(OriginalInspectorTest.class.getResource("/samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
