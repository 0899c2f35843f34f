package org.retrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.retrace.annotation.InterventionRecord;
import org.retrace.annotation.NotesFile;
import org.retrace.annotation.NotesLocation;
import org.retrace.annotation.TraceNotes;
import org.retrace.io.AtomicFiles;
import org.retrace.io.SettingsFolder;
import org.retrace.model.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code retrace interventions DIR|FILE... -o sft.jsonl}: a training record for each annotated
 * trace with a first error and an intervention on it.
 */
@Command(name = "interventions", mixinStandardHelpOptions = true,
        description = "Write a JSON Lines record {prompt, prefix, intervention, source} for each trace whose notes "
                + "mark a first error and hold an intervention on it: the trace cut at its first error, then the "
                + "corrected step. Folders are searched for annotated traces.")
final class InterventionsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Annotated trace files, or folders holding them.")
    private List<Path> inputs;

    @Option(names = "-o", required = true, paramLabel = "OUT.jsonl", description = "The records' file.")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path settings = SettingsFolder.standard();
        List<InterventionRecord> records = new ArrayList<>();
        int annotated = 0;
        for (Path traceFile : annotatedFiles(settings)) {
            NotesFile notes = NotesFile.read(NotesLocation.of(traceFile, settings));
            for (Trace trace : TraceArguments.load(spec.commandLine(), traceFile).traces()) {
                TraceNotes traceNotes = notes.notes(trace.info().name());
                if (!traceNotes.isEmpty()) {
                    annotated++;
                    InterventionRecord.of(trace, traceNotes, traceFile.getFileName().toString()).ifPresent(records::add);
                }
            }
        }
        AtomicFiles.write(output, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (InterventionRecord record : records) {
                Map<String, String> line = new LinkedHashMap<>();
                line.put("prompt", record.prompt());
                line.put("prefix", record.prefix());
                line.put("intervention", record.intervention());
                line.put("source", record.source());
                writer.write(JSON.writeValueAsString(line));
                writer.write('\n');
            }
            writer.flush();
        });
        spec.commandLine().getOut().println("wrote " + output + ": " + records.size() + " record(s) from " + annotated
                + " annotated trace(s)" + (annotated > records.size() ? "; " + (annotated - records.size())
                + " lack a first error or an intervention on it" : "") + " (" + Files.size(output) + " bytes)");
        return 0;
    }

    /** The trace files named, and in folders those whose notes exist, in name order. */
    private List<Path> annotatedFiles(Path settings) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> listed = Files.walk(input)) {
                listed.filter(Files::isRegularFile).filter(file -> NotesLocation.traceOf(file) == null)
                        .filter(file -> Files.exists(NotesLocation.of(file, settings))).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
