package io.kontor.documents.service;

import io.kontor.problem.Violation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a client list as spreadsheets and practice management systems export it: RFC 4180 CSV (quoted values may
 * hold delimiters, doubled quotes and line breaks; CRLF or LF), a header row naming the columns in any case and
 * order, {@code ,} or {@code ;} as the delimiter (Excel writes {@code ;} wherever the comma is the decimal
 * separator, so most of Europe), with or without a UTF-8 byte order mark.
 * <p>
 * Only reads: whether a value is valid is decided by the same rules as {@code POST /clients}, later. Pure (no I/O,
 * no framework) so that it is tested on its own.
 */
public final class ClientCsvParser {

    static final String NAME = "name";
    static final String VAT_NUMBER = "vatNumber";
    static final String COMPANY_NUMBER = "companyNumber";
    static final String COUNTRY = "country";
    static final String EXTERNAL_REFERENCE = "externalReference";
    static final String ACCOUNTANT_IDS = "accountantIds";

    static final List<String> COLUMNS = List.of(NAME, VAT_NUMBER, COMPANY_NUMBER, COUNTRY, EXTERNAL_REFERENCE,
            ACCOUNTANT_IDS);
    static final List<String> REQUIRED = List.of(NAME, VAT_NUMBER, COUNTRY);

    /** Separates several ids in the accountantIds cell; neither delimiter, so the cell needs no quotes. */
    private static final String ID_SEPARATOR = "\\|";
    private static final char BOM = '\uFEFF';

    private final int maxRows;

    /** @param maxRows more data rows than this are refused before the rest of the file is read */
    public ClientCsvParser(int maxRows) {
        this.maxRows = maxRows;
    }

    /**
     * @param charset the encoding the sender declared; bytes that are not valid in it are refused rather than
     *                replaced, so that a Windows-1252 file sent as UTF-8 cannot turn "Bäckerei" into "B?ckerei"
     * @throws MalformedCsv           not text in that encoding, or not CSV
     * @throws ClientCsvHeaderInvalid unknown, missing or repeated columns
     * @throws ClientCsvEmpty         no data row
     * @throws ClientCsvTooLarge      more than {@code maxRows} data rows
     */
    public List<ClientCsvRow> parse(byte[] content, Charset charset) {
        return parse(decode(content, charset));
    }

    public List<ClientCsvRow> parse(String text) {
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ClientCsvEmpty();
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(text))
                // Blank lines are kept (and skipped below) so that every record's start line can be told.
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            return read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ClientCsvRow> read(CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        Header header = new Header(next(records, 1).toList());
        List<ClientCsvRow> rows = new ArrayList<>();
        while (true) {
            // Asked before the record is read: it starts on the line after the one the previous record ended on.
            int line = Math.toIntExact(parser.getCurrentLineNumber() + 1);
            CSVRecord record = next(records, line);
            if (record == null) {
                break;
            }
            if (record.stream().allMatch(ClientCsvParser::isBlank)) {
                continue; // an empty line, or a row of empty cells as Excel writes below the data
            }
            if (rows.size() == maxRows) {
                throw new ClientCsvTooLarge(maxRows);
            }
            rows.add(header.row(line, record.toList()));
        }
        if (rows.isEmpty()) {
            throw new ClientCsvEmpty();
        }
        return rows;
    }

    /**
     * @param line where the record starts
     * @return the next record, null at the end
     */
    private static CSVRecord next(Iterator<CSVRecord> records, int line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            // commons-csv stops at the first record it cannot read. Its message is not passed on: it speaks of
            // tokens, not of what to fix. Running into the end of the input means a quote was never closed.
            boolean unclosed = e.getMessage() != null && e.getMessage().contains("EOF");
            throw new MalformedCsv(String.format(Locale.ROOT, unclosed
                    ? "The row starting on line %d has a quoted value whose closing quote (\") is missing, so the "
                    + "rest of the file would be read as one value. Close the quote, and write a quote inside a "
                    + "quoted value as two quotes (\"\")."
                    : "The row starting on line %d has text after the closing quote of a quoted value. A quoted "
                    + "value must end at a delimiter or at the end of the line; write a quote inside a quoted "
                    + "value as two quotes (\"\").", line));
        }
    }

    /**
     * The delimiter is the one of {@code ;} and {@code ,} that occurs more often in the header line outside
     * quotes: column names contain neither, so the header line is a reliable sample.
     */
    private static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String decode(byte[] content, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate((int) (content.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new MalformedCsv(String.format(Locale.ROOT, "Line %d is not valid %s text. Save the file as "
                            + "\"CSV UTF-8\", or name its encoding in the Content-Type header, e.g. "
                            + "'text/csv; charset=windows-1252'.", lineAt(content, in.position()), charset.name()));
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String cell(String value) {
        return isBlank(value) ? null : value.strip();
    }

    /** Which column holds which field; a blank column name leaves that column out (Excel pads with {@code ;;}). */
    private static final class Header {

        private final String[] fields;

        Header(List<String> names) {
            Map<String, String> known = new HashMap<>();
            COLUMNS.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
            fields = new String[names.size()];
            Map<String, Violation> problems = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).strip();
                if (name.isEmpty()) {
                    continue;
                }
                String field = known.get(name.toLowerCase(Locale.ROOT));
                if (field == null) {
                    problems.put(name, new Violation(name, "is not a known column"));
                } else if (Arrays.asList(fields).contains(field)) {
                    problems.put(field, new Violation(field, "appears more than once"));
                } else {
                    fields[i] = field;
                }
            }
            for (String required : REQUIRED) {
                if (!Arrays.asList(fields).contains(required) && !problems.containsKey(required)) {
                    problems.put(required, new Violation(required, "is a required column and is missing"));
                }
            }
            if (!problems.isEmpty()) {
                throw new ClientCsvHeaderInvalid(List.copyOf(problems.values()));
            }
        }

        ClientCsvRow row(int line, List<String> values) {
            Map<String, String> cells = new HashMap<>();
            List<Violation> layout = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                String field = i < fields.length ? fields[i] : null;
                if (field != null) {
                    cells.put(field, cell(values.get(i)));
                } else if (!isBlank(values.get(i))) {
                    layout.add(new Violation("column " + (i + 1), "holds a value, but the header row names no column "
                            + "there; remove the value or name the column"));
                }
            }
            String ids = cells.get(ACCOUNTANT_IDS);
            // Kept with empty pieces ("a||b"), so that they fail like an empty id in a JSON list does.
            List<String> accountantIds = ids == null ? null
                    : Arrays.stream(ids.split(ID_SEPARATOR, -1)).map(String::strip).toList();
            return new ClientCsvRow(line, cells.get(NAME), cells.get(VAT_NUMBER), cells.get(COMPANY_NUMBER),
                    cells.get(COUNTRY), cells.get(EXTERNAL_REFERENCE), accountantIds, layout);
        }
    }
}
