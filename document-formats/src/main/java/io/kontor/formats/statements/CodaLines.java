package io.kontor.formats.statements;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Cuts a CODA file into its 128-character records, refusing any that is not one. */
final class CodaLines {

    private CodaLines() {
    }

    static List<CodaRecord> records(byte[] bytes) throws UnreadableStatement {
        if (bytes.length == 0) {
            throw new UnreadableStatement(FindingCodes.EMPTY, "The file is empty.");
        }
        if (bytes.length > StatementReader.MAX_BYTES) {
            throw new UnreadableStatement(FindingCodes.TOO_LARGE, "The file has " + bytes.length
                    + " bytes; Kontor reads statements of up to " + StatementReader.MAX_BYTES + " bytes.");
        }
        String text = decode(bytes);
        if (text.isEmpty() || text.charAt(0) != '0') {
            throw new UnreadableStatement(FindingCodes.NOT_CODA,
                    "The file does not start with a CODA header record (0).");
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        // A final line break, or a few, is how many files end; it is not a record.
        while (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<CodaRecord> records = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() != CodaRecord.LENGTH) {
                boolean last = i == lines.size() - 1;
                throw new UnreadableStatement(last && line.length() < CodaRecord.LENGTH ? FindingCodes.TRUNCATED
                        : FindingCodes.INVALID_RECORD, "Line " + (i + 1) + " has " + line.length()
                        + " characters; every CODA record has " + CodaRecord.LENGTH
                        + (last ? ": the file is cut short." : "."));
            }
            records.add(new CodaRecord(line, i + 1));
        }
        return records;
    }

    /**
     * Banks write CODA in ISO-8859-1; some now write UTF-8. A file that is valid UTF-8 is read as such (a Latin-1
     * file with accents almost never is); anything else as Latin-1, which maps every byte to one character, so
     * that a record's length is its length in bytes and no input fails to decode.
     */
    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
