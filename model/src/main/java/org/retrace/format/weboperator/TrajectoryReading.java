package org.retrace.format.weboperator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retrace.model.NodeStatus;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

/**
 * One {@code full_trajectory.json}, entry by entry, as {@code tree_search_agent.py} writes it: an
 * entry is the page the agent stood on and the action it chose there. The root is entry 0's page
 * (WebOperator's level 0, position 0); each ordinary entry's action is a child of the node the
 * cursor is on. Three writer versions show a backtrack three ways, and all three are read:
 * <ul>
 * <li>since 2025-12-04, one entry {@code backtrack(L,P)} (with {@code n_bt_steps} since 2026-01-06)
 * names the target, the node at level L and position P ({@code parent.position * 3 + child
 * index}); the replay is not logged, and the next entry, the target's own action, is taken on the
 * page of the target's parent, the node at level L-1 of its path, which is where the cursor goes;
 * <li>before, a reset of "Jump action" entries ending in a "Jump Action" goto, then the replayed
 * actions as copies of the nodes' own entries, then the target: the cursor goes back to the node at
 * the goto's URL from which the copies walk down furthest, and walks down with them.
 * </ul>
 * A {@code stop} is the answer, so a solution; a step with an {@code action_error} (WebOperator's
 * recovery hint: a 404, a loop, a read-only field) failed. An entry with no action (the page after
 * the last one) is no step.
 */
final class TrajectoryReading {
    private static final Pattern BACKTRACK = Pattern.compile("^backtrack\\((\\d+),\\s*(\\d+)\\)$");
    private static final Pattern GOTO = Pattern.compile("^goto\\('(.*)'\\)$");
    private static final String GIVE_UP = "N/A. Agent failed";

    private final JsonNode entries;
    private final TraceBuilder builder;
    /** Per node, by index: its depth (WebOperator's level), the page the agent stood on there, its first URL. */
    private final List<Integer> depths = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    private final List<String> actions = new ArrayList<>();
    private final List<Long> positions = new ArrayList<>();
    private final List<Integer> lastVisits = new ArrayList<>();
    private int visits;
    private long pendingPosition = -1;
    private boolean replaying;

    TrajectoryReading(JsonNode entries, String name) {
        this.entries = entries;
        this.builder = new TraceBuilder(new TraceInfo(name, "best-first web agent", "", Map.of()));
    }

    TraceBuilder run() {
        JsonNode first = entries.get(0);
        int root = builder.addNode("start", -1, "state", NodeStatus.EXPANDED, title(first), url(first), Double.NaN);
        remember(root, 0, page(first), url(first), "");
        positions.set(root, 0L);
        visit(root);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode action = entries.get(i).get("action");
            if (action == null || action.isNull()) {
                continue;
            }
            Matcher backtrack = BACKTRACK.matcher(action.path("code").asText(""));
            if ("backtrack".equals(action.path("type").asText()) || backtrack.matches()) {
                backtrack(i, backtrack);
            } else if (isJump(action)) {
                i = jump(i);
            } else if (!replayed(i)) {
                step(i);
            }
        }
        return builder;
    }

    /** {@code backtrack(L,P)}: the cursor goes to the target's parent, at level L-1 of the target's path. */
    private void backtrack(int entry, Matcher code) {
        if (!code.matches()) {
            throw new IllegalArgumentException("entry " + entry + ": a backtrack whose code is not backtrack(L,P): '"
                    + entries.get(entry).path("action").path("code").asText() + "'");
        }
        int level = Integer.parseInt(code.group(1));
        long position = Long.parseLong(code.group(2));
        String nextPage = entry + 1 < entries.size() ? page(entries.get(entry + 1)) : null;
        int parent = targetParent(level, position, nextPage);
        for (int node = parent, depth = level - 1; node >= 0 && positions.get(node) < 0; node = builder.parent(node),
                depth--) {
            positions.set(node, position / pow3(level - depth));
        }
        moveTo(parent);
        int event = builder.eventCount() - 1;
        builder.setEventAttribute(event, "level", (long) level);
        builder.setEventAttribute(event, "position", position);
        JsonNode replayed = entries.get(entry).get("n_bt_steps");
        if (replayed != null && replayed.isNumber()) {
            builder.setEventAttribute(event, "n_bt_steps", replayed.asLong());
        }
        pendingPosition = position;
    }

    /**
     * Among the nodes at level L-1: the one whose page the next entry was taken on (the writer copies
     * the parent's stored page), then the one whose path fits P in base 3, then the last visited.
     */
    private int targetParent(int level, long position, String nextPage) {
        List<Integer> candidates = new ArrayList<>();
        for (int node = 0; node < depths.size(); node++) {
            if (depths.get(node) == level - 1) {
                candidates.add(node);
            }
        }
        if (candidates.isEmpty()) {
            return builder.cursor();
        }
        List<Integer> samePage = candidates.stream().filter(node -> pages.get(node) != null
                && pages.get(node).equals(nextPage)).toList();
        if (samePage.size() == 1) {
            return samePage.get(0);
        }
        List<Integer> remaining = samePage.isEmpty() ? candidates : samePage;
        List<Integer> fitting = remaining.stream().filter(node -> fits(node, level - 1, position / 3)).toList();
        return latestVisited(fitting.isEmpty() ? remaining : fitting);
    }

    /** True when no known position on the path to {@code node} contradicts {@code position} at {@code depth}. */
    private boolean fits(int node, int depth, long position) {
        for (int at = node, d = depth; at >= 0; at = builder.parent(at), d--) {
            long known = positions.get(at);
            if (known >= 0 && known != position / pow3(depth - d)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJump(JsonNode action) {
        return action.path("thought").asText("").equalsIgnoreCase("jump action");
    }

    /**
     * The oldest writer's reset: any "Jump action" entries, then a "Jump Action" goto; returns the
     * last entry of the group. The cursor goes back to the node at the goto's URL from which the
     * entries that follow, copies of existing steps, walk down furthest. When no node is at that URL,
     * or no step follows, the goto was itself the target (the writer's shortcut): a step whose
     * parent the log does not name, put under the root.
     */
    private int jump(int entry) {
        int last = entry;
        while (last + 1 < entries.size() && isJump(entries.get(last + 1).path("action"))
                && !"goto".equals(entries.get(last).path("action").path("type").asText())) {
            last++;
        }
        JsonNode jumpAction = entries.get(last).path("action");
        Matcher target = GOTO.matcher(jumpAction.path("code").asText(""));
        String url = jumpAction.path("args").path("url").asText(target.matches() ? target.group(1) : "");
        int anchor = anchorAt(url, last + 1);
        if (anchor < 0) {
            moveTo(0);
            step(last);
            builder.setAttribute(builder.cursor(), "parentUnknown", true);
        } else {
            moveTo(anchor);
            builder.setEventAttribute(builder.eventCount() - 1, "jumpUrl", url);
            replaying = true;
        }
        return last;
    }

    private int anchorAt(String url, int next) {
        boolean stepFollows = next < entries.size() && !entries.get(next).path("action").isNull()
                && !entries.get(next).path("action").isMissingNode() && !isJump(entries.get(next).path("action"))
                && !"backtrack".equals(entries.get(next).path("action").path("type").asText());
        if (!stepFollows) {
            return -1;
        }
        List<Integer> best = new ArrayList<>();
        int longest = -1;
        for (int node = 0; node < urls.size(); node++) {
            if (!url.equals(urls.get(node))) {
                continue;
            }
            int chain = replayChain(node, next);
            if (chain > longest) {
                longest = chain;
                best.clear();
            }
            if (chain == longest) {
                best.add(node);
            }
        }
        if (best.isEmpty()) {
            return -1;
        }
        String nextPage = page(entries.get(next));
        List<Integer> samePage = best.stream().filter(node -> nextPage.equals(pages.get(node))).toList();
        return latestVisited(samePage.isEmpty() ? best : samePage);
    }

    /** How many entries from {@code next} on copy the actions of a path down from {@code node}. */
    private int replayChain(int node, int next) {
        int length = 0;
        for (int entry = next, at = node; entry < entries.size(); entry++) {
            int child = childWithAction(at, canonical(entries.get(entry).path("action")));
            if (child < 0) {
                break;
            }
            length++;
            at = child;
        }
        return length;
    }

    /** While the oldest writer replays, an entry that copies a child's action walks down to that child. */
    private boolean replayed(int entry) {
        if (!replaying) {
            return false;
        }
        int child = childWithAction(builder.cursor(), canonical(entries.get(entry).path("action")));
        if (child < 0) {
            replaying = false;
            return false;
        }
        moveTo(child);
        builder.setEventAttribute(builder.eventCount() - 1, "replay", true);
        return true;
    }

    private int childWithAction(int parent, String action) {
        for (int child = builder.firstChild(parent); child >= 0; child = builder.nextSibling(child)) {
            if (action.equals(actions.get(child))) {
                return child;
            }
        }
        return -1;
    }

    private void step(int entry) {
        JsonNode current = entries.get(entry);
        JsonNode action = current.path("action");
        int parent = builder.cursor();
        if (builder.currentStatus(parent) == NodeStatus.OPEN) {
            builder.status(parent, NodeStatus.EXPANDED, Double.NaN);
        }
        int node = builder.addNode("step " + (entry + 1), parent, "action", NodeStatus.OPEN, describe(action),
                text(current), Double.NaN);
        JsonNode next = entry + 1 < entries.size() ? entries.get(entry + 1) : null;
        remember(node, depths.get(parent) + 1, next == null ? null : page(next), next == null ? null : url(next),
                canonical(action));
        builder.setAttribute(node, "url", url(current));
        if (pendingPosition >= 0) {
            positions.set(node, pendingPosition);
            builder.setAttribute(node, "position", pendingPosition);
            pendingPosition = -1;
        }
        visit(node);
        String error = current.path("action_error").asText("");
        if ("stop".equals(action.path("type").asText()) || describe(action).startsWith("stop(")) {
            if (action.path("args").path("text").asText("").startsWith(GIVE_UP)) {
                builder.setAttribute(node, "giveUp", true);
            }
            builder.solution(node, Double.NaN);
        } else if (!error.isEmpty()) {
            builder.setAttribute(node, "error", error);
            builder.status(node, NodeStatus.FAILED, Double.NaN);
        }
    }

    private void remember(int node, int depth, String page, String url, String action) {
        depths.add(depth);
        pages.add(page);
        urls.add(url);
        actions.add(action);
        positions.add(-1L);
        lastVisits.add(-1);
        if (node != depths.size() - 1) {
            throw new IllegalStateException("node " + node + " remembered out of order");
        }
    }

    private void visit(int node) {
        builder.visit(node, Double.NaN);
        lastVisits.set(node, ++visits);
    }

    private void moveTo(int node) {
        builder.moveCursorTo(node, Double.NaN);
        lastVisits.set(node, ++visits);
    }

    private int latestVisited(List<Integer> nodes) {
        int latest = nodes.get(0);
        for (int node : nodes) {
            if (lastVisits.get(node) > lastVisits.get(latest)) {
                latest = node;
            }
        }
        return latest;
    }

    private static long pow3(int exponent) {
        long power = 1;
        for (int i = 0; i < exponent; i++) {
            power *= 3;
        }
        return power;
    }

    /** {@code click('22')} from the action's code, or its type and arguments. */
    static String describe(JsonNode action) {
        if (action.path("code").isTextual()) {
            return action.path("code").asText();
        }
        return action.path("type").asText("action") + " " + action.path("args");
    }

    private static String text(JsonNode entry) {
        String thought = entry.path("action").path("thought").asText("");
        String observation = entry.path("obs_description").asText("");
        return (thought.isEmpty() ? "" : "Thought: " + thought + "\n") + (observation.isEmpty() ? "" : "Page: "
                + observation);
    }

    static String title(JsonNode entry) {
        return entry.path("open_pages_titles").path(entry.path("active_page_index").asInt(0)).asText("start");
    }

    static String url(JsonNode entry) {
        return entry.path("open_pages_urls").path(entry.path("active_page_index").asInt(0)).asText("");
    }

    /** The page an entry was taken on, as one digest: its tabs, their titles, the active one, its tree and requests. */
    private static String page(JsonNode entry) {
        StringBuilder page = new StringBuilder();
        for (String field : List.of("open_pages_urls", "open_pages_titles", "active_page_index", "axtree_txt",
                "http_requests")) {
            page.append(entry.path(field)).append('\u0000');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(page.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java has SHA-256", missing);
        }
    }

    /** An action as JSON: the oldest writer logs a replay with the node's own action object, so its copy is identical. */
    private static String canonical(JsonNode action) {
        return action.toString();
    }
}
