package jp.madoguchi.kiosk.privacy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why is a byte string still in a heap dump? Reads an HPROF file (as HotSpot writes it: 8-byte
 * IDs, one file under 2 GB), finds the arrays holding the bytes, and walks back from each along
 * the references that keep it alive to a GC root, naming each class and field on the way. A
 * privacy test that finds a resident's data after their session can then say what holds it,
 * which no second run may reproduce.
 */
final class HeapDumpPaths {
    private static final int ID = 8;
    private static final int[] SIZE = new int[12];

    static {
        SIZE[2] = ID; // object
        SIZE[4] = 1; // boolean
        SIZE[5] = 2; // char
        SIZE[6] = 4; // float
        SIZE[7] = 8; // double
        SIZE[8] = 1; // byte
        SIZE[9] = 2; // short
        SIZE[10] = 4; // int
        SIZE[11] = 8; // long
    }

    private record ClassInfo(long superId, long[] fieldNames, byte[] fieldTypes, long[] staticNames, int[] staticAt) {
    }

    private final ByteBuffer dump;
    private final Map<Long, String> utf8 = new HashMap<>();
    private final Map<Long, Long> classNames = new HashMap<>();
    private final Map<Long, ClassInfo> classes = new HashMap<>();
    private final Map<Long, String> roots = new HashMap<>();
    private final Map<Integer, Long> threads = new HashMap<>();
    /** Sub-records of the heap dump: where each starts, its tag and its object's ID (sorted by start). */
    private int[] starts = new int[1 << 16];
    private byte[] tags = new byte[1 << 16];
    private long[] ids = new long[1 << 16];
    private int count;
    private final Map<Long, Integer> recordOf = new HashMap<>();

    private HeapDumpPaths(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new IOException("heap dump over 2 GB");
            }
            dump = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
        index();
    }

    /**
     * One line per array holding {@code needle}, then the chain of referrers from it to a GC
     * root, or "no path found" when none is within {@code maxDepth} steps.
     */
    static String explain(Path hprof, byte[] needle, int maxDepth) {
        try {
            return new HeapDumpPaths(hprof).paths(needle, maxDepth);
        } catch (IOException | RuntimeException e) {
            return "(the heap dump could not be read to say what holds it: " + e + ")";
        }
    }

    private void index() throws IOException {
        int at = 0;
        while (dump.get(at) != 0) {
            at++;
        }
        at++;
        if (dump.getInt(at) != ID) {
            throw new IOException("heap dump with " + dump.getInt(at) + "-byte IDs");
        }
        at += 4 + 8;
        while (at < dump.limit()) {
            int tag = dump.get(at) & 0xFF;
            int length = dump.getInt(at + 5);
            int body = at + 9;
            switch (tag) {
                case 0x01 -> {
                    byte[] text = new byte[length - ID];
                    dump.get(body + ID, text);
                    utf8.put(dump.getLong(body), new String(text, java.nio.charset.StandardCharsets.UTF_8));
                }
                case 0x02 -> classNames.put(dump.getLong(body + 4), dump.getLong(body + 4 + ID + 4));
                case 0x0C, 0x1C -> heap(body, body + length);
                default -> {
                }
            }
            at = body + length;
        }
    }

    private void heap(int at, int end) throws IOException {
        while (at < end) {
            int tag = dump.get(at) & 0xFF;
            long id = dump.getLong(at + 1);
            switch (tag) {
                case 0xFF, 0x05, 0x07 -> {
                    root(id, "a " + rootName(tag));
                    at += 1 + ID;
                }
                case 0x01 -> {
                    root(id, "a JNI global reference");
                    at += 1 + 2 * ID;
                }
                case 0x02, 0x03 -> {
                    int thread = dump.getInt(at + 1 + ID);
                    root(id, (tag == 0x03 ? "a local variable" : "a JNI local") + " of thread #" + thread);
                    at += 1 + ID + 8;
                }
                case 0x04, 0x06 -> {
                    root(id, (tag == 0x04 ? "native code" : "a thread block") + " of thread #" + dump.getInt(at + 1 + ID));
                    at += 1 + ID + 4;
                }
                case 0x08 -> {
                    threads.put(dump.getInt(at + 1 + ID), id);
                    root(id, "a live thread");
                    at += 1 + ID + 8;
                }
                case 0x20 -> at = classDump(at);
                case 0x21 -> {
                    add(at, tag, id);
                    at += 1 + ID + 4 + ID + 4 + dump.getInt(at + 1 + ID + 4 + ID);
                }
                case 0x22 -> {
                    add(at, tag, id);
                    at += 1 + ID + 4 + 4 + ID + dump.getInt(at + 1 + ID + 4) * ID;
                }
                case 0x23 -> {
                    add(at, tag, id);
                    at += 1 + ID + 4 + 4 + 1 + dump.getInt(at + 1 + ID + 4) * SIZE[dump.get(at + 1 + ID + 4 + 4)];
                }
                default -> throw new IOException("unknown heap dump record 0x" + Integer.toHexString(tag) + " at " + at);
            }
        }
    }

    private static String rootName(int tag) {
        return switch (tag) {
            case 0x05 -> "system class";
            case 0x07 -> "monitor in use";
            default -> "root of unknown kind";
        };
    }

    private void root(long id, String kind) {
        roots.putIfAbsent(id, kind);
    }

    private int classDump(int at) {
        long id = dump.getLong(at + 1);
        long superId = dump.getLong(at + 1 + ID + 4);
        add(at, 0x20, id);
        int p = at + 1 + ID + 4 + 6 * ID + 4;
        int constants = dump.getShort(p) & 0xFFFF;
        p += 2;
        for (int i = 0; i < constants; i++) {
            p += 2 + 1 + SIZE[dump.get(p + 2)];
        }
        int statics = dump.getShort(p) & 0xFFFF;
        p += 2;
        long[] staticNames = new long[statics];
        int[] staticAt = new int[statics];
        for (int i = 0; i < statics; i++) {
            staticNames[i] = dump.getLong(p);
            staticAt[i] = p + ID + 1;
            p += ID + 1 + SIZE[dump.get(p + ID)];
        }
        int fields = dump.getShort(p) & 0xFFFF;
        p += 2;
        long[] names = new long[fields];
        byte[] types = new byte[fields];
        for (int i = 0; i < fields; i++) {
            names[i] = dump.getLong(p);
            types[i] = dump.get(p + ID);
            p += ID + 1;
        }
        classes.put(id, new ClassInfo(superId, names, types, staticNames, staticAt));
        return p;
    }

    private void add(int at, int tag, long id) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            tags = Arrays.copyOf(tags, count * 2);
            ids = Arrays.copyOf(ids, count * 2);
        }
        starts[count] = at;
        tags[count] = (byte) tag;
        ids[count] = id;
        recordOf.put(id, count);
        count++;
    }

    private String paths(byte[] needle, int maxDepth) {
        StringBuilder out = new StringBuilder();
        Set<Long> holders = new java.util.LinkedHashSet<>();
        for (int at = indexOf(needle, 0); at >= 0; at = indexOf(needle, at + 1)) {
            int r = Arrays.binarySearch(starts, 0, count, at);
            r = r >= 0 ? r : -r - 2;
            if (r >= 0 && holders.add(ids[r])) {
                out.append("held in ").append(describe(r)).append('\n');
            }
        }
        // each holder's own shortest path: one kept by a stray local must not hide one kept by a cache
        holders.stream().limit(3).forEach(holder -> out.append(path(holder, maxDepth)).append('\n'));
        return out.toString();
    }

    /** The shortest chain of references from a GC root (or a static field) to {@code holder}. */
    private String path(long holder, int maxDepth) {
        Map<Long, String> via = new HashMap<>();
        Map<Long, Long> parent = new HashMap<>();
        Set<Long> frontier = Set.of(holder);
        Set<Long> seen = new HashSet<>(frontier);
        for (int depth = 0; depth <= maxDepth && !frontier.isEmpty(); depth++) {
            for (long id : frontier) {
                if (id < 0 || roots.containsKey(id)) {
                    List<String> chain = new ArrayList<>();
                    for (long step = id; parent.containsKey(step); step = parent.get(step)) {
                        chain.add(via.get(step));
                    }
                    return "kept alive by " + (id < 0 ? "a static field" : rootDescription(id)) + ": "
                        + String.join(" -> ", chain);
                }
            }
            if (depth == maxDepth) {
                break;
            }
            Set<Long> next = new HashSet<>();
            for (int r = 0; r < count; r++) {
                // a class's statics get keys of their own (~id, negative), apart from the class object's
                long from = tags[r] == 0x20 ? ~ids[r] : ids[r];
                for (Ref ref : referencesFrom(r, frontier)) {
                    if (seen.add(from)) {
                        via.put(from, ref.field());
                        parent.put(from, ref.target());
                        next.add(from);
                    }
                }
            }
            frontier = next;
        }
        return "no path to a GC root within " + maxDepth + " references";
    }

    private record Ref(long target, String field) {
    }

    /** The references of record {@code r} to objects in {@code targets}, each with the field that holds it. */
    private List<Ref> referencesFrom(int r, Set<Long> targets) {
        List<Ref> found = new ArrayList<>();
        int at = starts[r];
        switch (tags[r]) {
            case 0x21 -> eachReference(r, (declaring, name, target) -> {
                if (targets.contains(target)) {
                    found.add(new Ref(target, className(declaring) + "." + utf8.get(name)));
                }
            });
            case 0x22 -> {
                int length = dump.getInt(at + 1 + ID + 4);
                long cls = dump.getLong(at + 1 + ID + 4 + 4);
                int p = at + 1 + ID + 4 + 4 + ID;
                for (int i = 0; i < length; i++) {
                    long target = dump.getLong(p + i * ID);
                    if (target != 0 && targets.contains(target)) {
                        found.add(new Ref(target, className(cls) + "[" + i + "]"));
                    }
                }
            }
            case 0x20 -> {
                ClassInfo info = classes.get(ids[r]);
                for (int i = 0; i < info.staticAt().length; i++) {
                    if (dump.get(info.staticAt()[i] - 1) == 2) {
                        long target = dump.getLong(info.staticAt()[i]);
                        if (target != 0 && targets.contains(target)) {
                            found.add(new Ref(target, "static " + className(ids[r]) + "." + utf8.get(info.staticNames()[i])));
                        }
                    }
                }
            }
            default -> {
            }
        }
        return found;
    }

    private String rootDescription(long id) {
        String kind = roots.get(id);
        int hash = kind.indexOf("thread #");
        if (hash < 0) {
            return kind;
        }
        Long thread = threads.get(Integer.parseInt(kind.substring(hash + "thread #".length())));
        String name = thread == null ? null : stringField(thread, "name");
        return name == null ? kind : kind.substring(0, hash) + "thread \"" + name + "\"";
    }

    /** The text of instance {@code id}'s String field {@code field} (Latin-1 strings only), or null. */
    private String stringField(long id, String field) {
        Integer string = recordOf.get(referenceIn(recordOf.get(id), field));
        Integer value = string == null ? null : recordOf.get(referenceIn(string, "value"));
        if (value == null || tags[value] != 0x23) {
            return null;
        }
        byte[] bytes = new byte[dump.getInt(starts[value] + 1 + ID + 4)];
        dump.get(starts[value] + 1 + ID + 4 + 4 + 1, bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The object that field {@code field} of instance record {@code r} refers to, or 0. */
    private long referenceIn(Integer r, String field) {
        long[] target = {0};
        if (r != null) {
            eachReference(r, (declaring, name, to) -> {
                if (target[0] == 0 && field.equals(utf8.get(name))) {
                    target[0] = to;
                }
            });
        }
        return target[0];
    }

    @FunctionalInterface
    private interface FieldReference {
        void to(long declaringClass, long fieldName, long target);
    }

    /** Each non-null reference field of instance record {@code r}, from its own class up through its superclasses. */
    private void eachReference(int r, FieldReference each) {
        if (tags[r] != 0x21) {
            return;
        }
        int p = starts[r] + 1 + ID + 4 + ID + 4;
        for (long c = dump.getLong(starts[r] + 1 + ID + 4); classes.containsKey(c); c = classes.get(c).superId()) {
            ClassInfo info = classes.get(c);
            for (int i = 0; i < info.fieldTypes().length; i++) {
                if (info.fieldTypes()[i] == 2 && dump.getLong(p) != 0) {
                    each.to(c, info.fieldNames()[i], dump.getLong(p));
                }
                p += SIZE[info.fieldTypes()[i]];
            }
        }
    }

    private String describe(int r) {
        int at = starts[r];
        return switch (tags[r]) {
            case 0x23 -> "a primitive array of " + dump.getInt(at + 1 + ID + 4) + " elements";
            case 0x22 -> className(dump.getLong(at + 1 + ID + 4 + 4)) + " (object array)";
            case 0x21 -> "an instance of " + className(dump.getLong(at + 1 + ID + 4)) + " (its fields' bytes)";
            default -> "a class's constants";
        };
    }

    private String className(long classId) {
        String name = utf8.get(classNames.getOrDefault(classId, 0L));
        return name == null ? "class#" + Long.toHexString(classId) : name.replace('/', '.');
    }

    private int indexOf(byte[] needle, int from) {
        int last = dump.limit() - needle.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (dump.get(i) != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (dump.get(i + j) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
