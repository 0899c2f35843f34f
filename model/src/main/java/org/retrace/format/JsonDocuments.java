package org.retrace.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a whole JSON file as a tree, for the formats whose writers produce small documents
 * (Tree of Thoughts, llm-reasoners, WebOperator); malformed JSON is reported at its line and column.
 */
public final class JsonDocuments {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonDocuments() {
    }

    /** The file's JSON, or null for an empty file. */
    public static JsonNode read(Path path, LoadProgress progress) throws IOException {
        String file = path.toString();
        try (InputStream in = new ProgressInputStream(new FileInputStream(path.toFile()), file, Files.size(path),
                progress)) {
            return MAPPER.readTree(in);
        } catch (JsonProcessingException malformed) {
            JsonLocation where = malformed.getLocation();
            throw new TraceFormatException(file, where == null ? 1 : where.getLineNr(),
                    where == null ? 1 : where.getColumnNr(), "malformed JSON: " + malformed.getOriginalMessage());
        }
    }
}
