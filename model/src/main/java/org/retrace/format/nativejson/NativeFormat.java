package org.retrace.format.nativejson;

/** Names and numbers of Retrace's own format, shared by its reader and writer. */
public final class NativeFormat {
    /** The value of {@code "format"} in the first object. */
    public static final String NAME = "retrace";
    /** The newest version this build reads and the one it writes. */
    public static final int VERSION = 1;
    /** The detected-format name of a file with one JSON document. */
    public static final String DOCUMENT = "retrace-json";
    /** The detected-format name of a header line followed by one event per line. */
    public static final String EVENT_LOG = "retrace-jsonl";

    private NativeFormat() {
    }
}
