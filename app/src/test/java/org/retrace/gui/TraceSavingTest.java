package org.retrace.gui;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.Demos;
import org.retrace.format.TraceFiles;
import org.retrace.format.nativejson.TraceAssertions;
import org.retrace.model.Trace;

class TraceSavingTest {
    @TempDir
    Path directory;

    @Test
    void savesAsAnEventLogOrADocumentThatReadsBackTheSame() throws Exception {
        Trace demo = Demos.named("mcts").run(new DemoSettings(20, 2, 1000, ""));
        for (String name : new String[] {"saved.jsonl", "saved.json"}) {
            Path file = directory.resolve(name);
            TraceSaving.save(demo, file);
            TraceAssertions.assertSameTrace(demo, TraceFiles.load(file).first());
        }
    }
}
