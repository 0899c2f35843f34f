package org.retrace.format.nativejson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFileFixture;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceFormatException;
import org.retrace.model.Bound;
import org.retrace.model.EventType;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class NativeTraceReaderTest {
    private static final String HEADER = "{\"format\":\"retrace\",\"version\":1}\n";

    @TempDir
    Path directory;
    private TraceFileFixture files;

    @BeforeEach
    void setUp() {
        files = new TraceFileFixture(directory);
    }

    @Test
    void readsEveryEventKindOfAnEventLog() throws Exception {
        Path log = files.write("search.jsonl", """
                {"format":"retrace","version":1,"name":"demo","search":"depth-first","problem":{"n":4}}
                {"ev":"node","id":"r","label":"root","metrics":{"value":1.5}}
                {"ev":"visit","id":"r","t":0.5}
                {"ev":"node","id":"a","parent":"r","kind":"thought","label":"try a","text":"Let me try a."}
                {"ev":"visit","id":"a"}
                {"ev":"status","id":"a","status":"failed"}
                {"ev":"backtrack","to":"r"}
                {"ev":"node","id":"b","parent":"r","span":[0,60],"sourceRange":[10,42]}
                {"ev":"metric","id":"b","metrics":{"visits":3,"value":0.25}}
                {"ev":"solution","id":"b"}
                {"ev":"bound","incumbent":7,"bestBound":9.5}
                {"ev":"note","text":"wait, let me check"}
                """);

        LoadedTraces loaded = TraceFiles.load(log);
        Trace trace = loaded.first();

        assertEquals(NativeFormat.EVENT_LOG, loaded.format());
        assertEquals(List.of(), loaded.warnings());
        assertEquals("demo", trace.info().name());
        assertEquals("depth-first", trace.info().searchKind());
        assertEquals(Map.of("n", 4L), trace.info().attributes().get("problem"));
        assertEquals(3, trace.nodeCount());
        assertEquals(List.of("r", "a", "b"), List.of(trace.id(0), trace.id(1), trace.id(2)));
        assertEquals(0, trace.parent(1));
        assertEquals(0, trace.parent(2));
        assertEquals("thought", trace.kind(1));
        assertEquals("state", trace.kind(0));
        assertEquals("Let me try a.", trace.text(1));
        assertEquals(NodeStatus.FAILED, trace.status(1));
        assertEquals(NodeStatus.SOLUTION, trace.status(2));
        assertEquals(1.5, trace.metric(0, "value"));
        assertEquals(0.25, trace.metric(2, "value"));
        assertEquals(3.0, trace.metric(2, "visits"));
        assertEquals(0.0, trace.spanStart(2));
        assertEquals(60.0, trace.spanEnd(2));
        assertEquals(10, trace.sourceStart(2));
        assertEquals(42, trace.sourceEnd(2));
        // Two metrics and two bounds each become an event of their own.
        assertEquals(13, trace.timeline().size());
        assertEquals(1, trace.timeline().backtrackCount());
        assertEquals(EventType.BACKTRACK, trace.timeline().type(5));
        assertEquals(1, trace.timeline().backtrackOrigin(5));
        assertEquals(0, trace.timeline().node(5));
        assertEquals(0.5, trace.timeline().time(1));
        assertEquals("wait, let me check", trace.timeline().note(12));
        assertEquals(9.5, trace.stateAt(12).bound(Bound.BEST_BOUND));
        assertEquals(7.0, trace.stateAt(12).bound(Bound.INCUMBENT));
    }

    @Test
    void readsADocumentWhoseNodesComeBeforeTheirParents() throws Exception {
        Path document = files.write("tree.json", """
                {"format":"retrace","version":1,"nodes":[
                  {"id":"c","parent":"b"},
                  {"id":"a"},
                  {"id":"b","parent":"a","status":"solution"}
                ]}
                """);

        LoadedTraces loaded = TraceFiles.load(document);
        Trace trace = loaded.first();

        assertEquals(NativeFormat.DOCUMENT, loaded.format());
        assertEquals(List.of("a", "b", "c"), List.of(trace.id(0), trace.id(1), trace.id(2)));
        assertArrayEquals(new int[] {0, 1, 2}, trace.pathFromRoot(2));
        assertTrue(trace.timeline().isSynthetic());
        assertEquals(3, trace.timeline().size());
        assertEquals(NodeStatus.SOLUTION, trace.status(1));
    }

    @Test
    void keepsUnknownFieldsAsAttributes() throws Exception {
        Path log = files.write("extra.jsonl", HEADER + """
                {"ev":"node","id":1,"info":{"depth":[1,2]},"attrs":{"tool":"search"},"score":0.5}
                {"ev":"visit","id":1,"why":"best prior"}
                """);

        Trace trace = TraceFiles.load(log).first();

        assertEquals("1", trace.id(0));
        assertEquals(Map.of("info", Map.of("depth", List.of(1L, 2L)), "tool", "search", "score", 0.5),
                trace.attributes(0));
        assertEquals(Map.of("why", "best prior"), trace.timeline().attributes(1));
    }

    @Test
    void skipsUnknownEventKindsAndStatusWordsWithAWarning() throws Exception {
        Path log = files.write("newer.jsonl", HEADER + """
                {"ev":"node","id":"r","status":"dreaming"}
                {"ev":"teleport","id":"r"}
                """);

        LoadedTraces loaded = TraceFiles.load(log);

        assertEquals(NodeStatus.UNKNOWN, loaded.first().status(0));
        assertEquals(1, loaded.first().timeline().size());
        assertEquals(2, loaded.warnings().size());
        assertTrue(loaded.warnings().get(0).startsWith(log + ":2:1: warning: status 'dreaming'"));
        assertTrue(loaded.warnings().get(1).startsWith(log + ":3:1: warning: unknown event kind 'teleport'"));
    }

    @Test
    void loadsATruncatedLogUpToItsLastCompleteLineWithAWarning() throws Exception {
        Path log = files.write("cut.jsonl", HEADER + """
                {"ev":"node","id":"r"}
                {"ev":"visit","id":"r"}
                {"ev":"node","id":"x","par""");

        LoadedTraces loaded = TraceFiles.load(log);

        assertEquals(1, loaded.first().nodeCount());
        assertEquals(2, loaded.first().timeline().size());
        assertEquals(1, loaded.warnings().size());
        assertTrue(loaded.warnings().get(0).startsWith(log + ":4:1: warning: the last line is incomplete"));
    }

    @Test
    void readsSeveralTracesFromOneDocument() throws Exception {
        Path document = files.write("two.json", """
                {"format":"retrace","version":1,"traces":[
                  {"name":"first","search":"bfs","nodes":[{"id":"a"},{"id":"b","parent":"a"}]},
                  {"name":"second","events":[{"ev":"node","id":"z"},{"ev":"visit","id":"z"}]}
                ]}
                """);

        LoadedTraces loaded = TraceFiles.load(document);

        assertEquals(2, loaded.traces().size());
        assertEquals("first", loaded.traces().get(0).info().name());
        assertEquals("bfs", loaded.traces().get(0).info().searchKind());
        assertEquals(2, loaded.traces().get(0).nodeCount());
        assertEquals("second", loaded.traces().get(1).info().name());
        assertEquals(2, loaded.traces().get(1).timeline().size());
    }

    @Test
    void readsSeveralTracesFromOneEventLog() throws Exception {
        Path log = files.write("two.jsonl", HEADER + """
                {"ev":"node","id":"a","trace":"left"}
                {"ev":"node","id":"a","trace":"right"}
                {"ev":"node","id":"b","parent":"a","trace":"right"}
                """);

        LoadedTraces loaded = TraceFiles.load(log);

        assertEquals(List.of("left", "right"), loaded.traces().stream().map(t -> t.info().name()).toList());
        assertEquals(1, loaded.traces().get(0).nodeCount());
        assertEquals(2, loaded.traces().get(1).nodeCount());
    }

    @Test
    void rejectsMalformedJsonAtItsLineAndColumn() {
        Path log = files.write("bad.jsonl", HEADER + """
                {"ev":"node","id":"r"}
                {"ev":"visit" "id":"r"}
                {"ev":"visit","id":"r"}
                """);

        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(log));

        assertEquals(3, error.line());
        assertEquals(15, error.column());
        assertTrue(error.reason().startsWith("malformed JSON: Unexpected character ('\"'"), error.reason());
    }

    @Test
    void rejectsADuplicateId() {
        assertRejected(HEADER + """
                {"ev":"node","id":"r"}
                {"ev":"node","id":"r","parent":"r"}
                """, 3, 1, "duplicate node id 'r'");
    }

    @Test
    void rejectsAnUnknownParent() {
        assertRejected(HEADER + """
                {"ev":"node","id":"r"}
                {"ev":"node","id":"x","parent":"ghost"}
                """, 3, 1, "unknown parent 'ghost' of node 'x': a node's parent must be created before it");
    }

    @Test
    void rejectsAnUnknownParentInANodesArray() {
        assertRejected("""
                {"format":"retrace","version":1,"nodes":[
                  {"id":"r"},
                  {"id":"x","parent":"ghost"}
                ]}
                """, 3, 3, "unknown parent 'ghost' of node 'x': no node has that id");
    }

    @Test
    void rejectsACycleOfParentLinks() {
        assertRejected("""
                {"format":"retrace","version":1,"nodes":[
                  {"id":"r"},
                  {"id":"a","parent":"c"},
                  {"id":"b","parent":"a"},
                  {"id":"c","parent":"b"}
                ]}
                """, 3, 3, "cycle in parent links: a -> c -> b -> a");
    }

    @Test
    void rejectsASecondRoot() {
        assertRejected(HEADER + """
                {"ev":"node","id":"r"}
                {"ev":"node","id":"s"}
                """, 3, 1, "second root 's': the root is already 'r'");
    }

    @Test
    void rejectsAnEventNamingANodeThatDoesNotExist() {
        assertRejected(HEADER + """
                {"ev":"node","id":"r"}
                {"ev":"status","id":"q","status":"failed"}
                """, 3, 1, "status event names node 'q', which does not exist"
                        + " (nodes must be created before events name them)");
    }

    @Test
    void rejectsABacktrackToANodeThatIsNotAnAncestor() {
        assertRejected(HEADER + """
                {"ev":"node","id":"r"}
                {"ev":"node","id":"a","parent":"r"}
                {"ev":"node","id":"b","parent":"r"}
                {"ev":"visit","id":"a"}
                {"ev":"backtrack","to":"b"}
                """, 6, 1, "backtrack to 'b', which is not an ancestor of 'a'");
    }

    @Test
    void rejectsABacktrackToTheNodeItStartsFrom() {
        assertRejected(HEADER + """
                {"ev":"node","id":"r"}
                {"ev":"visit","id":"r"}
                {"ev":"backtrack","to":"r"}
                """, 4, 1, "backtrack from 'r' to itself: a backtrack returns to an ancestor");
    }

    @Test
    void rejectsAFileWithoutFormatAndVersion() {
        assertRejected("{\"version\":1,\"nodes\":[{\"id\":\"r\"}]}\n", 1, 22,
                "the first object must give \"format\": \"retrace\" and \"version\" before any nodes or events");
    }

    @Test
    void rejectsAVersionNewerThanItReads() {
        assertRejected("{\"format\":\"retrace\",\"version\":2}\n{\"ev\":\"node\",\"id\":\"r\"}\n", 1, 31,
                "version 2 is not one this Retrace reads (1 to 1); a newer Retrace may read it");
    }

    @Test
    void rejectsAHeaderWithoutNodes() {
        assertRejected(HEADER, 1, 1, "no nodes: the header is there, but no node follows it");
    }

    @Test
    void rejectsAFieldOfTheWrongType() {
        assertRejected(HEADER + "{\"ev\":\"node\",\"id\":\"r\",\"metrics\":{\"value\":\"high\"}}\n", 2, 42,
                "\"metrics.value\" must be a number, found the string \"high\"");
    }

    @Test
    void readsNullHeaderFieldsAsAbsent() throws Exception {
        Path log = files.write("nulls.jsonl", """
                {"format":"retrace","version":1,"name":null,"search":null,"source":null,"extra":null,"b":1,"a":2}
                {"ev":"node","id":"r"}
                """);

        Trace trace = TraceFiles.load(log).first();

        assertEquals("", trace.info().name());
        assertEquals("", trace.info().searchKind());
        assertEquals(List.of("extra", "b", "a"), List.copyOf(trace.info().attributes().keySet()));
    }

    @Test
    void givesEveryEventOfASplitLineItsAttributes() throws Exception {
        Path log = files.write("split.jsonl", HEADER + """
                {"ev":"node","id":"r"}
                {"ev":"metric","id":"r","metrics":{"visits":1,"value":0.5},"iteration":3}
                """);

        Trace trace = TraceFiles.load(log).first();

        assertEquals(Map.of("iteration", 3L), trace.timeline().attributes(1));
        assertEquals(Map.of("iteration", 3L), trace.timeline().attributes(2));
    }

    @Test
    void rejectsAMalformedLineBeforeAnUnfinishedLastLine() {
        assertRejected(HEADER + "{\"ev\":\"node\",\"id\":\"0\"}\n{\"ev\":\"visit\",\"id\":\"0\"\n"
                + "{\"ev\":\"status\",\"id\":\"0\",\"status\":\"failed\"}", 4, 1,
                "malformed JSON: Unexpected character ('{' (code 123)): was expecting comma to separate Object entries");
    }

    @Test
    void rejectsEventsBeforeNodesInADocument() {
        assertRejected("{\"format\":\"retrace\",\"version\":1,\"events\":[{\"ev\":\"visit\",\"id\":\"0\"}],"
                + "\"nodes\":[{\"id\":\"0\"}]}\n", 1, 43,
                "visit event names node '0', which does not exist (a document's \"nodes\" must come before its "
                        + "\"events\")");
    }

    @Test
    void rejectsANumberTooLargeToBeFinite() {
        assertRejected(HEADER + "{\"ev\":\"node\",\"id\":\"r\",\"metrics\":{\"value\":1e400}}\n", 2, 42,
                "\"metrics.value\" must be a finite number, found 1e400");
    }

    @Test
    void rejectsATraceFieldInsideADocumentsEvents() {
        assertRejected("""
                {"format":"retrace","version":1,"traces":[
                  {"name":"a","events":[{"ev":"node","id":"r","trace":"b"}]}
                ]}
                """, 2, 25, "\"trace\": \"b\" inside a document's events: give each trace its own entry in \"traces\"");
    }

    @Test
    void rejectsTwoTracesWithTheSameName() {
        assertRejected("""
                {"format":"retrace","version":1,"traces":[
                  {"name":"a","nodes":[{"id":"r"}]},
                  {"name":"a","nodes":[{"id":"s"}]}
                ]}
                """, 3, 23, "two traces are named 'a'; names in \"traces\" must differ");
    }

    @Test
    void rejectsAnEmptyParent() {
        assertRejected(HEADER + "{\"ev\":\"node\",\"id\":\"r\",\"parent\":\"\"}\n", 2, 32,
                "\"parent\" must not be empty; the root has none, or null");
    }

    @Test
    void rejectsAnIdWithHalfASurrogatePair() {
        assertRejected(HEADER + "{\"ev\":\"node\",\"id\":\"\\ud800\"}\n", 2, 19,
                "\"id\" holds a broken character (half of a UTF-16 surrogate pair)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"ev\":\"visit\",\"id\":\"q\"}", "{\"ev\":\"backtrack\",\"to\":\"q\"}",
        "{\"ev\":\"backtrack\",\"from\":\"q\",\"to\":\"r\"}", "{\"ev\":\"solution\",\"id\":\"q\"}",
        "{\"ev\":\"metric\",\"id\":\"q\",\"metrics\":{\"v\":1}}", "{\"ev\":\"note\",\"id\":\"q\",\"text\":\"x\"}"})
    void rejectsAnyEventNamingANodeThatDoesNotExist(String line) {
        Path file = files.write("missing.jsonl", HEADER + "{\"ev\":\"node\",\"id\":\"r\"}\n{\"ev\":\"visit\",\"id\":\"r\"}\n"
                + line + "\n");
        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(file));
        assertEquals(4, error.line());
        assertTrue(error.reason().endsWith("names node 'q', which does not exist (nodes must be created before events "
                + "name them)"), error.reason());
    }

    @Test
    void rejectsADuplicateIdInANodesArrayEvenWhenOneWaitsForItsParent() {
        assertRejected("""
                {"format":"retrace","version":1,"nodes":[
                  {"id":"x","parent":"later"},
                  {"id":"x","parent":"r"},
                  {"id":"r"}
                ]}
                """, 3, 3, "duplicate node id 'x'");
    }

    @Test
    void rejectsASecondRootInANodesArray() {
        assertRejected("{\"format\":\"retrace\",\"version\":1,\"nodes\":[{\"id\":\"r\"},{\"id\":\"s\"}]}\n", 1, 53,
                "second root 's': the root is already 'r'");
    }

    @Test
    void rejectsAClipOutsideItsParentsSpan() {
        assertRejected(HEADER + """
                {"ev":"node","id":"video","span":[0,60]}
                {"ev":"node","id":"clip","parent":"video","span":[50,70]}
                """, 3, 1, "span [50.0, 70.0] of 'clip' lies outside its parent's span [0.0, 60.0]");
    }

    @Test
    void rejectsASpanEndingPastThirtyOneYears() {
        assertRejected(HEADER + """
                {"ev":"node","id":"video","span":[0,1e26]}
                """, 2, 1, "span [0.0, 1.0E26] ends past 1000000000 s (31 years), the longest media Retrace draws");
    }

    @Test
    void rejectsABacktrackBeforeAnyVisit() {
        assertRejected(HEADER + """
                {"ev":"node","id":"r"}
                {"ev":"node","id":"a","parent":"r"}
                {"ev":"backtrack","to":"r"}
                """, 4, 1, "backtrack before the cursor has visited any node");
    }

    private void assertRejected(String content, int line, int column, String reason) {
        Path file = files.write("rejected.jsonl", content);
        TraceFormatException error = assertThrows(TraceFormatException.class, () -> TraceFiles.load(file));
        assertEquals(reason, error.reason());
        assertEquals(line, error.line(), "line of: " + error.getMessage());
        assertEquals(column, error.column(), "column of: " + error.getMessage());
        assertEquals(file + ":" + line + ":" + column + ": " + reason, error.getMessage());
    }
}
