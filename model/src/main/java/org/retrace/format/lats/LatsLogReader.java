package org.retrace.format.lats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadWarnings;
import org.retrace.format.LoadedTraces;
import org.retrace.format.TextLines;
import org.retrace.format.TraceFormatException;
import org.retrace.format.TraceReader;
import org.retrace.model.Trace;

/**
 * Reads the Python logging text of LATS (Language Agent Tree Search, lapisrocks): its WebShop and
 * HotpotQA searches and the Tree-of-Thoughts DFS of {@code hotpot/tot.py}, which every HotpotQA run
 * writes to, behind a few test lines. Records start with {@code 2023-10-10 01:49:05,791 - INFO - }
 * and may run over several lines. Each {@code Iteration 1...} or {@code DFS at node depth 0...}
 * starts a new search, a trace of its own; a start that created no node (a run that stopped at
 * once) is no search. Which node each {@code PROMPT} expands, and so the parent of the
 * {@code NEW NODE}s after it, is read from the path the prompt's task part spells out (see
 * {@link LatsSearch}).
 */
public final class LatsLogReader implements TraceReader {
    /** The detected-format name. */
    public static final String FORMAT = "lats";
    private static final Pattern RECORD = Pattern.compile(
            "^(\\d{4}-\\d\\d-\\d\\d \\d\\d):(\\d\\d):(\\d\\d),(\\d{3}) - [A-Z]+ - (.*)$");
    private static final Pattern SEARCH_START = Pattern.compile("^(Iteration 1(\\.\\.\\.)?|DFS at node depth 0\\.\\.\\.)$");

    @Override
    public boolean recognizes(String head) {
        return head.contains(" - INFO - ") && (head.contains("NEW NODE: Node(") || head.contains("INFO - Iteration ")
                || head.contains("INFO - DFS at node depth "));
    }

    @Override
    public LoadedTraces read(Path path, LoadProgress progress) throws IOException {
        String file = path.toString();
        String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        LoadWarnings warnings = new LoadWarnings(file);
        List<LatsSearch> searches = new ArrayList<>();
        LatsSearch search = null;
        try (TextLines lines = new TextLines(path, progress)) {
            StringBuilder message = null;
            int recordLine = 0;
            double recordTime = Double.NaN;
            for (String text = lines.next(); text != null; text = lines.next()) {
                Matcher record = RECORD.matcher(text);
                if (record.matches()) {
                    if (message != null && search != null) {
                        search.apply(message.toString(), recordLine, recordTime, false);
                    }
                    message = new StringBuilder(record.group(5));
                    recordLine = lines.lineNumber();
                    recordTime = Integer.parseInt(record.group(2)) * 60.0 + Integer.parseInt(record.group(3))
                            + Integer.parseInt(record.group(4)) / 1000.0;
                    if (SEARCH_START.matcher(record.group(5).strip()).matches()) {
                        search = new LatsSearch(file, warnings);
                        searches.add(search);
                    }
                } else if (message != null) {
                    message.append('\n').append(text);
                }
            }
            if (message != null && search != null) {
                search.apply(message.toString(), recordLine, recordTime, true);
            }
        }
        List<Trace> traces = new ArrayList<>();
        for (LatsSearch each : searches) {
            if (each.createdAny()) {
                traces.add(each.build(name + (searches.size() > 1 ? " #" + (traces.size() + 1) : "")));
            }
        }
        if (traces.isEmpty()) {
            throw new TraceFormatException(file, 1, 1, "no LATS search with a node: expected records such as "
                    + "'2023-10-10 01:49:05,791 - INFO - Iteration 1...' followed by 'NEW NODE: Node(...)'");
        }
        return new LoadedTraces(traces, FORMAT, warnings.toList());
    }
}
