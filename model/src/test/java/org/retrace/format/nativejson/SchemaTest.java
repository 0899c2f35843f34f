package org.retrace.format.nativejson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.demo.Demo;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.Demos;
import org.retrace.generate.SyntheticSearch;
import org.retrace.model.Trace;

/** The JSON Schema shipped in resources/ accepts what the writer writes and the samples hold. */
class SchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path directory;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/org/retrace/schema/retrace-trace.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void acceptsEveryLineTheWriterWritesAsAnEventLog() throws IOException {
        Path log = directory.resolve("g.jsonl");
        try (OutputStream out = Files.newOutputStream(log)) {
            new NativeTraceWriter().writeEventLog(List.of(SyntheticSearch.generate(500, 4)), out);
        }
        assertEquals(List.of(), violations(Files.readAllLines(log)));
    }

    @Test
    void acceptsADocumentTheWriterWrites() throws IOException {
        Path document = directory.resolve("g.json");
        try (OutputStream out = Files.newOutputStream(document)) {
            new NativeTraceWriter().writeDocument(List.of(SyntheticSearch.generate(200, 4)), out);
        }
        assertEquals(List.of(), violations(List.of(Files.readString(document))));
    }

    @Test
    void acceptsEveryLineOfTheBundledSamples() throws IOException {
        try (var samples = Files.list(Path.of("..", "samples"))) {
            // Samples in other formats (chains of thought as records) are not the native format's to judge.
            for (Path sample : samples.filter(file -> file.toString().endsWith(".jsonl") && isNative(file)).toList()) {
                assertEquals(List.of(), violations(Files.readAllLines(sample)), sample.toString());
            }
        }
    }

    @Test
    void acceptsEveryLineOfEveryDemo() throws IOException {
        for (Demo demo : Demos.all()) {
            for (String variant : demo.variants()) {
                DemoSettings defaults = demo.defaults();
                Trace trace = demo.run(new DemoSettings(defaults.size(), defaults.seed(), defaults.nodeLimit(), variant));
                Path log = directory.resolve(demo.name() + "-" + variant + ".jsonl");
                try (OutputStream out = Files.newOutputStream(log)) {
                    new NativeTraceWriter().writeEventLog(List.of(trace), out);
                }
                assertEquals(List.of(), violations(Files.readAllLines(log)), demo.name() + " " + variant);
            }
        }
    }

    @Test
    void describesTheRoundsOfTheMemorySample() throws IOException {
        JsonNode full;
        try (InputStream in = SchemaTest.class.getResourceAsStream("/org/retrace/schema/retrace-trace.schema.json")) {
            full = MAPPER.readTree(in);
        }
        JsonNode roundsOnly = MAPPER.createObjectNode().put("$schema", full.get("$schema").asText())
                .put("$ref", "#/$defs/roundAttrs").set("$defs", full.get("$defs"));
        JsonSchema rounds = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(roundsOnly);
        int checked = 0;
        for (String line : Files.readAllLines(Path.of("..", "samples", "videolucy-memory-rounds.jsonl"))) {
            JsonNode event = MAPPER.readTree(line);
            if (event.path("attrs").has("round")) {
                assertEquals(Set.of(), rounds.validate(event.get("attrs")), line);
                checked++;
            }
        }
        assertEquals(4, checked);
    }

    @Test
    void rejectsAVisitWithoutANode() throws IOException {
        assertFalse(schema.validate(MAPPER.readTree("{\"ev\":\"visit\"}")).isEmpty());
    }

    @Test
    void acceptsASamplersDecodingEventsAndRejectsAnUnmaskWithoutItsToken() throws IOException {
        List<String> log = List.of("{\"ev\":\"sequence\",\"length\":3,\"mask\":\"[MASK]\",\"t\":0}",
                "{\"ev\":\"unmask\",\"pos\":1,\"token\":\"cat\",\"confidence\":0.4,\"t\":2}",
                "{\"ev\":\"remask\",\"pos\":1,\"t\":3}", "{\"ev\":\"replace\",\"pos\":0,\"token\":\"A\",\"t\":4}");

        assertEquals(List.of(), violations(log));
        assertFalse(schema.validate(MAPPER.readTree("{\"ev\":\"unmask\",\"pos\":1}")).isEmpty());
    }

    private static boolean isNative(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().orElse("").contains("\"format\":\"retrace\"");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static List<String> violations(List<String> lines) throws IOException {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = MAPPER.readTree(lines.get(i));
            Set<ValidationMessage> messages = schema.validate(line);
            for (ValidationMessage message : messages) {
                problems.add("line " + (i + 1) + ": " + message.getMessage());
            }
        }
        return problems;
    }
}
