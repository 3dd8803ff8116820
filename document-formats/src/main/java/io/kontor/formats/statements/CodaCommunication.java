package io.kontor.formats.statements;

/**
 * A CODA movement's communication as remittance text. Its parts (53 characters in 2.1, 53 in 2.2, 43 in 2.3) are
 * one text cut at fixed widths, so they are joined without a separator: a word cut at a record's end is whole again.
 */
final class CodaCommunication {

    private final boolean structured;
    private final StringBuilder text = new StringBuilder();

    CodaCommunication(boolean structured) {
        this.structured = structured;
    }

    void append(String part) {
        text.append(part);
    }

    /**
     * Unstructured: the text. Structured: a 3-digit type, then the content; types 101 and 102 are the Belgian
     * structured creditor reference (OGM/VCS), shown as the +++123/4567/89012+++ everyone knows it by. Other
     * structured types (enclosure III of the standard) are passed on as the bank wrote them.
     */
    String remittance() {
        String raw = text.toString();
        if (!structured) {
            return StatementText.clean(raw, StatementText.MAX_REMITTANCE);
        }
        String type = raw.substring(0, 3);
        String content = raw.substring(3);
        if (("101".equals(type) || "102".equals(type)) && content.matches("\\d{12}.*")) {
            return "+++" + content.substring(0, 3) + "/" + content.substring(3, 7) + "/" + content.substring(7, 12)
                    + "+++";
        }
        return StatementText.clean(content, StatementText.MAX_REMITTANCE);
    }
}
