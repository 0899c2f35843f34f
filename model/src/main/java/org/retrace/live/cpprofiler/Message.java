package org.retrace.live.cpprofiler;

/**
 * One message of CP-Profiler's protocol, version 3, as its body says: the type, and for a node
 * its solver id (node, restart, thread), its parent's, which of the parent's child slots it fills,
 * how many child slots it opens, its status and the optional label, nogood and info.
 */
record Message(Type type, int nid, int rid, int tid, int parentNid, int parentRid, int parentTid, int alt, int kids,
        Status status, String label, String nogood, String info, int version, String warning) {
    enum Type { NODE, DONE, START, RESTART }

    /** A node's status on the wire, numbered as the protocol numbers it. */
    enum Status { SOLVED, FAILED, BRANCH, SKIPPED }
}
