package org.retrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvalidUtf8Test {
    @TempDir
    Path directory;

    @Test
    void saysWhereAChainOfThoughtStopsBeingUtf8() throws Exception {
        Path text = Files.write(directory.resolve("think.md"),
                bytes("Let me check.\n\nWait, that is wrong. \u00e9", 0xFF, "\n\nSo the answer is 3.\n"));

        TraceFormatException refused = assertThrows(TraceFormatException.class, () -> TraceFiles.load(text));

        assertEquals(text + ":3:23: not UTF-8 at byte offset 38: 0xFF starts no valid character; Retrace reads text "
                + "files as UTF-8", refused.getMessage());
    }

    @Test
    void saysWhereACsvTreeStopsBeingUtf8() throws Exception {
        Path csv = Files.write(directory.resolve("tree.csv"), bytes("id,parent,status\nr,,expanded\na,r,fa", 0x80,
                "iled\n"));

        TraceFormatException refused = assertThrows(TraceFormatException.class, () -> TraceFiles.load(csv));

        assertEquals(csv + ":3:7: not UTF-8 at byte offset 35: 0x80 continues no character; Retrace reads text files as "
                + "UTF-8", refused.getMessage());
    }

    private static byte[] bytes(String before, int bad, String after) {
        byte[] head = before.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) bad;
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        return all;
    }
}
