package io.kontor.formats.invoices.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the invoice XML a hybrid PDF embeds, by the file names the standards fix: {@code factur-x.xml} (Factur-X,
 * ZUGFeRD 2.1+), {@code zugferd-invoice.xml} (ZUGFeRD 2.0), {@code ZUGFeRD-invoice.xml} (ZUGFeRD 1.0) and
 * {@code xrechnung.xml} (XRechnung in a PDF). It looks in the EmbeddedFiles name tree and in the catalog's
 * associated files (/AF), at the COS level and with limits, because the tree is the attacker's: kids may loop back
 * or nest without end, and PDFBox's own name-tree walk guards against neither.
 */
final class EmbeddedInvoiceFile {

    /** In order of preference; compared without case, as producers differ ("ZUGFeRD-invoice.xml"). */
    private static final List<String> INVOICE_FILE_NAMES = List.of("factur-x.xml", "zugferd-invoice.xml",
            "xrechnung.xml");
    private static final int MAX_TREE_DEPTH = 32;
    private static final int MAX_TREE_NODES = 1_000;
    private static final int MAX_FILE_SPECS = 1_000;

    /** The embedded file's name as the PDF gives it, and its still-encoded stream. */
    record Found(String name, COSStream stream) {
    }

    private record Candidate(String name, COSDictionary fileSpec) {
    }

    private EmbeddedInvoiceFile() {
    }

    static Optional<Found> in(PDDocument document) {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        List<Candidate> candidates = new ArrayList<>();
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null) {
            collectFromTree(names.getCOSDictionary(COSName.EMBEDDED_FILES), 0,
                    Collections.newSetFromMap(new IdentityHashMap<>()), candidates);
        }
        collectFromAssociatedFiles(catalog.getCOSArray(COSName.AF), candidates);
        for (String wanted : INVOICE_FILE_NAMES) {
            for (Candidate candidate : candidates) {
                Optional<Found> found = match(candidate, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static void collectFromTree(COSDictionary node, int depth, Set<COSDictionary> visited,
                                        List<Candidate> candidates) {
        if (node == null || depth > MAX_TREE_DEPTH || visited.size() >= MAX_TREE_NODES || !visited.add(node)) {
            return;
        }
        COSArray leaf = node.getCOSArray(COSName.NAMES);
        if (leaf != null) {
            for (int i = 0; i + 1 < leaf.size() && candidates.size() < MAX_FILE_SPECS; i += 2) {
                if (leaf.getObject(i + 1) instanceof COSDictionary fileSpec) {
                    candidates.add(new Candidate(leaf.getString(i), fileSpec));
                }
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    collectFromTree(kid, depth + 1, visited, candidates);
                }
            }
        }
    }

    private static void collectFromAssociatedFiles(COSArray associatedFiles, List<Candidate> candidates) {
        if (associatedFiles == null) {
            return;
        }
        for (int i = 0; i < associatedFiles.size() && i < MAX_FILE_SPECS; i++) {
            if (associatedFiles.getObject(i) instanceof COSDictionary fileSpec) {
                candidates.add(new Candidate(null, fileSpec));
            }
        }
    }

    /** The tree key, the Unicode file name (/UF) and the file name (/F) may each carry the standard name. */
    private static Optional<Found> match(Candidate candidate, String wanted) {
        for (String name : new String[]{candidate.name(), candidate.fileSpec().getString(COSName.UF),
                candidate.fileSpec().getString(COSName.F)}) {
            if (name != null && name.strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return stream(candidate.fileSpec()).map(stream -> new Found(name.strip(), stream));
            }
        }
        return Optional.empty();
    }

    private static Optional<COSStream> stream(COSDictionary fileSpec) {
        COSDictionary embedded = fileSpec.getCOSDictionary(COSName.EF);
        if (embedded == null) {
            return Optional.empty();
        }
        for (COSName key : new COSName[]{COSName.UF, COSName.F}) {
            COSBase value = embedded.getDictionaryObject(key);
            if (value instanceof COSStream stream) {
                return Optional.of(stream);
            }
        }
        return Optional.empty();
    }
}
