package io.kontor.documents.intake;

import io.kontor.documents.DocumentDetails;
import io.kontor.documents.DocumentFlag;
import io.kontor.events.documents.DocumentType;
import io.kontor.formats.Finding;
import io.kontor.formats.ReadDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an upload becomes once its file has been read (issue 7): the folder (the uploader's, else the one the file
 * decides), the metadata (the uploader's, completed by the file's) and the flags — a folder or a field that
 * contradicts the file, and whatever the reading itself found. Contradictions are flagged, never silently resolved.
 */
public record IntakeDecision(DocumentType type, DocumentDetails details, List<DocumentFlag> flags) {

    public IntakeDecision {
        flags = List.copyOf(flags);
    }

    /**
     * @param uploadedType the uploader's folder, or null to let the file decide
     * @throws TypeRequired no folder was given and the file does not decide one
     */
    public static IntakeDecision decide(DocumentType uploadedType, DocumentDetails uploaded, ReadDocument read,
                                        String clientVat) {
        Optional<DocumentType> suggested = FolderSuggestion.of(read, clientVat);
        DocumentType type = uploadedType != null ? uploadedType
                : suggested.orElseThrow(() -> new TypeRequired(read.format()));
        List<DocumentFlag> flags = new ArrayList<>();
        suggested.filter(folder -> folder != type).ifPresent(folder -> flags.add(new DocumentFlag(
                "type-contradicts-file", "Uploaded as " + type + ", but the file says " + folder + ".")));
        DocumentDetails details = uploaded;
        if (read.invoice().isPresent()) {
            DocumentDetails fromFile = ReadDetails.of(read.invoice().get(), type);
            MergedDetails merged = MergedDetails.of(uploaded, fromFile);
            details = merged.details();
            for (String field : merged.disagreements()) {
                flags.add(new DocumentFlag("field-contradicts-file", field + " was given as "
                        + valueOf(uploaded, field) + ", but the file says " + valueOf(fromFile, field) + "."));
            }
        }
        for (Finding finding : read.findings()) {
            flags.add(new DocumentFlag(finding.code(), finding.message()));
        }
        return new IntakeDecision(type, details, flags);
    }

    private static Object valueOf(DocumentDetails details, String field) {
        return switch (field) {
            case "documentNumber" -> details.documentNumber();
            case "issueDate" -> details.issueDate();
            case "dueDate" -> details.dueDate();
            case "counterpartyName" -> details.counterpartyName();
            case "counterpartyVat" -> details.counterpartyVat();
            case "currency" -> details.currency();
            case "netAmount" -> details.netAmount();
            case "taxAmount" -> details.taxAmount();
            case "grossAmount" -> details.grossAmount();
            default -> throw new IllegalArgumentException("no such field " + field);
        };
    }
}
