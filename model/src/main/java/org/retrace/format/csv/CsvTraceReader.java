package org.retrace.format.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.retrace.format.LoadWarnings;
import org.retrace.format.LoadedTraces;
import org.retrace.format.NodeOrdering;
import org.retrace.format.LoadProgress;
import org.retrace.format.NodeRecord;
import org.retrace.format.ProgressInputStream;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

/**
 * Reads a plain CSV tree: a header row naming at least {@code id} and {@code parent} (an empty
 * parent marks the root), optionally {@code status}, {@code label}, {@code value} and
 * {@code visits}; every other column becomes an attribute. Row order is creation order. Rows are
 * streamed through Jackson's CSV parser (quoting as RFC 4180 has it), one row held at a time.
 */
public final class CsvTraceReader implements TraceReader {
    /** The detected-format name. */
    public static final String FORMAT = "csv";
    private static final CsvFactory FACTORY = new CsvFactory();

    @Override
    public boolean recognizes(String head) {
        int end = head.indexOf('\n');
        String header = (end < 0 ? head : head.substring(0, end)).strip().toLowerCase(Locale.ROOT);
        List<String> names = List.of(header.replace("\"", "").split("\\s*,\\s*"));
        return names.contains("id") && names.contains("parent");
    }

    @Override
    public LoadedTraces read(Path path, LoadProgress progress) throws IOException {
        String file = path.toString();
        LoadWarnings warnings = new LoadWarnings(file);
        String name = path.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        TraceBuilder builder = new TraceBuilder(TraceInfo.named(name));
        NodeOrdering ordering = new NodeOrdering(builder, file, warnings);
        try (InputStream in = new ProgressInputStream(new FileInputStream(path.toFile()), file, Files.size(path),
                progress); CsvParser parser = FACTORY.createParser(in)) {
            List<String> row = new ArrayList<>();
            if (readRow(parser, row) < 0 || row.isEmpty()) {
                throw new TraceFormatException(file, 1, 1, "empty file: expected a header row with id,parent");
            }
            CsvColumns columns = CsvColumns.fromHeader(row, file);
            NodeRecord record = new NodeRecord();
            for (int line = readRow(parser, row); line >= 0; line = readRow(parser, row)) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                record.clear();
                record.line = line;
                record.column = 1;
                columns.fill(record, row, file);
                ordering.offer(record);
            }
        } catch (JsonProcessingException malformed) {
            JsonLocation where = malformed.getLocation();
            throw new TraceFormatException(file, where == null ? 1 : where.getLineNr(),
                    where == null ? 1 : where.getColumnNr(), "malformed CSV: " + malformed.getOriginalMessage());
        }
        ordering.finish();
        if (builder.nodeCount() == 0) {
            throw new TraceFormatException(file, 2, 1, "no rows: the header is there, but no node follows it");
        }
        return new LoadedTraces(List.of(builder.build()), FORMAT, warnings.toList());
    }

    /** Reads the next row into {@code row}; returns its line number, or -1 at the end of the file. */
    private static int readRow(CsvParser parser, List<String> row) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return -1;
        }
        // A row's START_ARRAY carries the previous row's position; its first value has the right line.
        int line = 0;
        row.clear();
        for (token = parser.nextToken(); token == JsonToken.VALUE_STRING; token = parser.nextToken()) {
            if (row.isEmpty()) {
                line = parser.currentTokenLocation().getLineNr();
            }
            row.add(parser.getText());
        }
        return line;
    }
}
