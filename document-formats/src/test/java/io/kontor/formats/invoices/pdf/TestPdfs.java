package io.kontor.formats.invoices.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import java.util.zip.DeflaterOutputStream;

/**
 * Builds the PDFs the tests need — plain, hybrid, hostile — at the COS level, so a test can put exactly the bytes
 * and structures an attacker would into the file.
 */
public final class TestPdfs {

    private TestPdfs() {
    }

    public static byte[] plain() {
        return build((document, catalog) -> {
        });
    }

    /** A PDF with one file in its EmbeddedFiles name tree, Flate-compressed as invoice producers do. */
    public static byte[] withEmbeddedFile(String name, byte[] content) {
        return withRawEmbeddedFile(name, deflate(content), COSName.FLATE_DECODE);
    }

    /** A PDF whose embedded file's stream holds exactly these (already encoded) bytes under this filter. */
    public static byte[] withRawEmbeddedFile(String name, byte[] encoded, COSBase filter) {
        return build((document, catalog) -> {
            COSDictionary fileSpec = fileSpec(document, name, encoded, filter);
            catalog.setItem(COSName.NAMES, namesWith(leaf(name, fileSpec)));
        });
    }

    /** A PDF that lists its invoice only among the catalog's associated files (/AF), as some PDF/A-3 writers do. */
    public static byte[] withAssociatedFileOnly(String name, byte[] content) {
        return build((document, catalog) -> {
            COSArray associatedFiles = new COSArray();
            associatedFiles.add(fileSpec(document, name, deflate(content), COSName.FLATE_DECODE));
            catalog.setItem(COSName.AF, associatedFiles);
        });
    }

    /** A PDF with the given EmbeddedFiles name tree, whatever shape it has. */
    public static byte[] withNameTree(BiConsumer<PDDocument, COSDictionary> treeBuilder) {
        return build((document, catalog) -> {
            COSDictionary tree = new COSDictionary();
            treeBuilder.accept(document, tree);
            catalog.setItem(COSName.NAMES, namesWith(tree));
        });
    }

    public static COSDictionary fileSpec(PDDocument document, String name, byte[] encoded, COSBase filter) {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(encoded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream.setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
        if (filter != null) {
            stream.setItem(COSName.FILTER, filter);
        }
        COSDictionary embedded = new COSDictionary();
        embedded.setItem(COSName.F, stream);
        embedded.setItem(COSName.UF, stream);
        COSDictionary fileSpec = new COSDictionary();
        fileSpec.setItem(COSName.TYPE, COSName.FILESPEC);
        fileSpec.setString(COSName.F, name);
        fileSpec.setString(COSName.UF, name);
        fileSpec.setItem(COSName.EF, embedded);
        return fileSpec;
    }

    public static COSDictionary leaf(String name, COSDictionary fileSpec) {
        COSArray names = new COSArray();
        names.add(new COSString(name));
        names.add(fileSpec);
        COSDictionary leaf = new COSDictionary();
        leaf.setItem(COSName.NAMES, names);
        return leaf;
    }

    /** Zlib-deflated bytes, as a FlateDecode stream holds them. */
    public static byte[] deflate(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Deflated zeros that expand to the given size: the classic compression bomb, a few hundred KB per 256 MB. */
    public static byte[] deflatedZeros(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            for (long written = 0; written < size; written += zeros.length) {
                deflater.write(zeros, 0, (int) Math.min(zeros.length, size - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static COSDictionary namesWith(COSDictionary embeddedFilesTree) {
        COSDictionary names = new COSDictionary();
        names.setItem(COSName.EMBEDDED_FILES, embeddedFilesTree);
        return names;
    }

    private static byte[] build(BiConsumer<PDDocument, COSDictionary> catalogBuilder) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            catalogBuilder.accept(document, document.getDocumentCatalog().getCOSObject());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
