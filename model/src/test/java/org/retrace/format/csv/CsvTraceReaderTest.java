package org.retrace.format.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TraceFileFixture;
import org.retrace.format.TraceFiles;
import org.retrace.format.TraceFormatException;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class CsvTraceReaderTest {
    @TempDir
    Path directory;
    private TraceFileFixture files;

    @BeforeEach
    void setUp() {
        files = new TraceFileFixture(directory);
    }

    @Test
    void readsTheKnownColumnsAndKeepsTheOthersAsAttributes() throws Exception {
        Path csv = files.write("tree.csv", """
                id,parent,status,label,value,visits,operator
                1,,expanded,start,0.5,10,
                2,1,failed,"x = 1, y = 2",0.1,4,plus
                3,1,solution,x = 3,0.9,6,times
                """);

        LoadedTraces loaded = TraceFiles.load(csv);
        Trace trace = loaded.first();

        assertEquals(CsvTraceReader.FORMAT, loaded.format());
        assertEquals("tree", trace.info().name());
        assertEquals(3, trace.nodeCount());
        assertEquals("x = 1, y = 2", trace.label(1));
        assertEquals(NodeStatus.EXPANDED, trace.status(0));
        assertEquals(NodeStatus.FAILED, trace.status(1));
        assertEquals(NodeStatus.SOLUTION, trace.status(2));
        assertEquals(0.9, trace.metric(2, "value"));
        assertEquals(6.0, trace.metric(2, "visits"));
        assertEquals(Map.of(), trace.attributes(0));
        assertEquals(Map.of("operator", "times"), trace.attributes(2));
        assertTrue(trace.timeline().isSynthetic());
        assertEquals(3, trace.timeline().size());
    }

    @Test
    void createsAChildListedBeforeItsParentOnceTheParentExists() throws Exception {
        Path csv = files.write("sorted.csv", """
                id,parent
                b,a
                a,
                c,b
                d,a
                """);

        Trace trace = TraceFiles.load(csv).first();

        assertEquals(List.of("a", "b", "c", "d"),
                List.of(trace.id(0), trace.id(1), trace.id(2), trace.id(3)));
        assertEquals(trace.findNode("a"), trace.parent(trace.findNode("d")));
    }

    @Test
    void rejectsAHeaderWithoutIdAndParent() {
        assertRejected("name,parent\nx,\n", 1, 1,
                "the header row must name the columns id and parent, found name,parent");
    }

    @Test
    void rejectsADuplicateId() {
        assertRejected("id,parent\na,\nb,a\nb,a\n", 4, 1, "duplicate node id 'b'");
    }

    @Test
    void rejectsAnUnknownParent() {
        assertRejected("id,parent\na,\nb,zz\n", 3, 1, "unknown parent 'zz' of node 'b': no node has that id");
    }

    @Test
    void rejectsACycle() {
        assertRejected("id,parent\nroot,\nx,y\ny,x\n", 3, 1, "cycle in parent links: x -> y -> x");
    }

    @Test
    void rejectsASecondRoot() {
        assertRejected("id,parent\na,\nb,\n", 3, 1, "second root 'b': the root is already 'a'");
    }

    @Test
    void rejectsAValueThatIsNotANumber() {
        assertRejected("id,parent,value\na,,0.5\nb,a,lots\n", 3, 5, "value must be a finite decimal number, found \"lots\"");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfColumns() {
        assertRejected("id,parent,label\na,,root\nb,a\n", 3, 1, "expected 3 columns as in the header, found 2");
    }

    @Test
    void rejectsNumbersThatAreNotPlainDecimals() {
        assertRejected("id,parent,value\na,,NaN\n", 2, 4, "value must be a finite decimal number, found \"NaN\"");
    }

    @Test
    void readsMarkedMetricAndAttributeColumns() throws Exception {
        Path csv = files.write("marked.csv", "id,parent,metric:bound,attr:label,note\nr,,7.5,shadow,{\"a\":1}\n");

        Trace trace = TraceFiles.load(csv).first();

        assertEquals(7.5, trace.metric(0, "bound"));
        assertEquals("", trace.label(0));
        assertEquals(Map.of("label", "shadow", "note", "{\"a\":1}"), trace.attributes(0));
    }

    @Test
    void readsAByteOrderMarkWindowsLineEndsAndBlankLines() throws Exception {
        Path csv = files.write("windows.csv", "\uFEFFid,parent\r\na,\r\n\r\nb,a\r\n");

        Trace trace = TraceFiles.load(csv).first();

        assertEquals(2, trace.nodeCount());
        assertEquals("b", trace.id(1));
    }

    @Test
    void rejectsANodeThatIsItsOwnParent() {
        assertRejected("id,parent\nr,\nx,x\n", 3, 1, "cycle in parent links: x -> x");
    }

    private void assertRejected(String content, int line, int column, String reason) {
        Path file = files.write("bad.csv", content);
        TraceFormatException error = assertThrows(TraceFormatException.class,
                () -> new CsvTraceReader().read(file, LoadProgress.NONE));
        assertEquals(reason, error.reason());
        assertEquals(line, error.line(), error.getMessage());
        assertEquals(column, error.column(), error.getMessage());
    }
}
